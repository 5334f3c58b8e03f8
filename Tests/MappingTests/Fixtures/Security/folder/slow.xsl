<?xml version="1.0" encoding="UTF-8"?>
<!-- Hostile: a cubic loop over the input's items (10^9 steps for 1,000 items). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <r>
      <xsl:for-each select="//i"><xsl:for-each select="//i"><xsl:for-each select="//i">
        <xsl:if test="false()">x</xsl:if>
      </xsl:for-each></xsl:for-each></xsl:for-each>
    </r>
  </xsl:template>
</xsl:stylesheet>
