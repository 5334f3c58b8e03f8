<?xml version="1.0" encoding="UTF-8"?>
<!-- Shared library stylesheet (Mappings/lib): the summary envelope fields. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:s="urn:test:summary">
  <xsl:template name="envelope">
    <xsl:param name="id"/>
    <xsl:param name="at"/>
    <xsl:param name="partner"/>
    <s:MessageId><xsl:value-of select="$id"/></s:MessageId>
    <s:ReceivedAt><xsl:value-of select="$at"/></s:ReceivedAt>
    <s:Partner><xsl:value-of select="$partner"/></s:Partner>
  </xsl:template>
</xsl:stylesheet>
