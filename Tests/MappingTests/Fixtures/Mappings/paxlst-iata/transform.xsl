<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:o="urn:test:order" xmlns:s="urn:test:summary" exclude-result-prefixes="o">
  <xsl:include href="../lib/summary.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:param name="messageId"/>
  <xsl:param name="receivedAt"/>
  <xsl:param name="partnerCountry"/>
  <xsl:template match="/o:Order">
    <s:Summary>
      <xsl:call-template name="envelope">
        <xsl:with-param name="id" select="$messageId"/>
        <xsl:with-param name="at" select="$receivedAt"/>
        <xsl:with-param name="partner" select="$partnerCountry"/>
      </xsl:call-template>
      <s:Order><xsl:value-of select="o:Number"/></s:Order>
      <s:Lines><xsl:value-of select="count(o:Line)"/></s:Lines>
      <s:Quantity><xsl:value-of select="sum(o:Line/o:Quantity)"/></s:Quantity>
    </s:Summary>
  </xsl:template>
</xsl:stylesheet>
