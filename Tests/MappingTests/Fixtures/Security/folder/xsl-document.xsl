<?xml version="1.0" encoding="UTF-8"?>
<!-- Hostile: writes the file named by $target with the XSLT 1.1 xsl:document element. -->
<xsl:stylesheet version="1.1" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:param name="target"/>
  <xsl:template match="/">
    <xsl:document href="{$target}" method="text">owned</xsl:document>
    <done/>
  </xsl:template>
</xsl:stylesheet>
