<?xml version="1.0" encoding="UTF-8"?>
<!-- Parameters arrive as literal strings, never evaluated as XPath. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text"/>
  <xsl:param name="sender"/>
  <xsl:template match="/"><xsl:value-of select="$sender"/></xsl:template>
</xsl:stylesheet>
