<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:u="urn:unipass:canonical:1" xmlns:s="urn:test:summary" exclude-result-prefixes="u">
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:param name="messageId"/>
  <xsl:param name="receivedAt"/>
  <xsl:param name="partnerCountry"/>
  <xsl:template match="/u:UnipassDocument">
    <s:Summary>
      <s:MessageId><xsl:value-of select="$messageId"/></s:MessageId>
      <s:ReceivedAt><xsl:value-of select="$receivedAt"/></s:ReceivedAt>
      <s:Partner><xsl:value-of select="$partnerCountry"/></s:Partner>
      <s:Order><xsl:value-of select="u:Envelope/u:MessageId"/></s:Order>
      <s:Lines><xsl:value-of select="count(u:CertificateOfOrigin/u:Item)"/></s:Lines>
      <s:Quantity>0</s:Quantity>
    </s:Summary>
  </xsl:template>
</xsl:stylesheet>
