<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mapping wco-declaration-to-canonical: a goods declaration in the UNI-PASS profile of the WCO
  data model (urn:unipass:wco:declaration:1) to the canonical ImportDeclaration or
  ExportDeclaration (chosen by Declaration/TypeCode). The work is done by
  wco-declaration-core.xsl; this file only names the source.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:d="urn:unipass:wco:declaration:1"
                exclude-result-prefixes="d">

  <xsl:include href="wco-declaration-core.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- what surrounds the Declaration in the source, for the paths written into Unmapped -->
  <xsl:variable name="pathPrefix" select="''"/>

  <xsl:template match="/">
    <xsl:call-template name="canonical-document">
      <xsl:with-param name="decl" select="d:Declaration"/>
      <xsl:with-param name="mappingId" select="'wco-declaration-to-canonical'"/>
      <xsl:with-param name="sourceVersion" select="'urn:unipass:wco:declaration:1'"/>
      <xsl:with-param name="association" select="''"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
