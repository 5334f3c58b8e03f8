<?xml version="1.0" encoding="UTF-8"?>
<!-- HMRC publishes its DMS notification examples without namespaces; the schemas want them.
     This puts every element into the namespace its schema declares it in: MetaData and its
     envelope fields in DocumentMetaData-DMS, the Response subtree in RES-DMS, DateTimeString in
     the Response data types, and a DEC-DMS Declaration appended to a Response (the second
     Declaration child, as in DMSRES) in DEC-DMS. Comments are dropped. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="xml" encoding="UTF-8"/>
  <xsl:variable name="md" select="'urn:wco:datamodel:WCO:DocumentMetaData-DMS:2'"/>
  <xsl:variable name="res" select="'urn:wco:datamodel:WCO:RES-DMS:2'"/>
  <xsl:variable name="resds" select="'urn:wco:datamodel:WCO:Response_DS:DMS:2'"/>
  <xsl:variable name="dec" select="'urn:wco:datamodel:WCO:DEC-DMS:2'"/>
  <xsl:variable name="decds" select="'urn:wco:datamodel:WCO:Declaration_DS:DMS:2'"/>
  <xsl:template match="*">
    <xsl:variable name="inDec" select="ancestor-or-self::Declaration[parent::Response][preceding-sibling::Declaration]"/>
    <xsl:variable name="ns">
      <xsl:choose>
        <xsl:when test="$inDec and local-name() = 'DateTimeString'"><xsl:value-of select="$decds"/></xsl:when>
        <xsl:when test="$inDec"><xsl:value-of select="$dec"/></xsl:when>
        <xsl:when test="local-name() = 'DateTimeString'"><xsl:value-of select="$resds"/></xsl:when>
        <xsl:when test="ancestor-or-self::Response"><xsl:value-of select="$res"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$md"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{local-name()}" namespace="{$ns}">
      <xsl:copy-of select="@*"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="comment()"/>
</xsl:stylesheet>
