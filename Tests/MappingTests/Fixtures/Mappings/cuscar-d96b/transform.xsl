<?xml version="1.0" encoding="UTF-8"?>
<!-- Engine fixture: reads the XML rendering of a CUSCAR interchange (INTERFACES.md section 3). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:s="urn:test:summary">
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:param name="messageId"/>
  <xsl:param name="receivedAt"/>
  <xsl:param name="sender"/>
  <xsl:param name="sourceReference"/>
  <xsl:template match="/Interchange">
    <xsl:variable name="message" select="Message[1]"/>
    <s:Summary>
      <s:MessageId><xsl:value-of select="$messageId"/></s:MessageId>
      <s:ReceivedAt><xsl:value-of select="$receivedAt"/></s:ReceivedAt>
      <s:Partner><xsl:value-of select="concat($sender, '/', $sourceReference)"/></s:Partner>
      <s:Order><xsl:value-of select="$message/BGM/C106/D1004"/></s:Order>
      <s:Lines><xsl:value-of select="count($message//CNI)"/></s:Lines>
      <s:Quantity><xsl:value-of select="sum($message//GID/C213/D7224)"/></s:Quantity>
    </s:Summary>
  </xsl:template>
</xsl:stylesheet>
