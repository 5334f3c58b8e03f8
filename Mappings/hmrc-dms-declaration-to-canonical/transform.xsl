<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mapping hmrc-dms-declaration-to-canonical: a goods declaration in HMRC's CDS profile of the
  WCO data model (Declaration in urn:wco:datamodel:WCO:DEC-DMS:2, wrapped in the
  md:MetaData envelope of urn:wco:datamodel:WCO:DocumentMetaData-DMS:2) to the canonical
  ImportDeclaration or ExportDeclaration.

  Two passes:
  1. the Declaration is copied with every DEC-DMS element renamed into the UNI-PASS profile
     namespace (the class and attribute names are the WCO ones in both; data-type elements such
     as p1:DateTimeString keep their namespace and are read by local name);
  2. the shared core (wco-declaration-core.xsl, identical to the one of wco-declaration-to-canonical)
     maps the result. Everything HMRC sends that the core has no place for (Freight, Amendment,
     Pointer, ...) lands in Unmapped, with its path.
  The MetaData envelope names the profile: Source/Version = WCODataModelVersionCode,
  Source/Association = responsible country, agency and customization version.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:md="urn:wco:datamodel:WCO:DocumentMetaData-DMS:2"
                xmlns:dms="urn:wco:datamodel:WCO:DEC-DMS:2"
                xmlns:d="urn:unipass:wco:declaration:1"
                xmlns:exsl="http://exslt.org/common"
                extension-element-prefixes="exsl"
                exclude-result-prefixes="md dms d exsl">

  <xsl:include href="wco-declaration-core.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- what surrounds the Declaration in the source, for the paths written into Unmapped -->
  <xsl:variable name="pathPrefix" select="'/MetaData'"/>

  <xsl:template match="/">
    <xsl:variable name="source" select="md:MetaData/dms:Declaration | dms:Declaration"/>
    <xsl:if test="not($source)">
      <xsl:message terminate="yes">MetaData: expected a Declaration in namespace urn:wco:datamodel:WCO:DEC-DMS:2 (WCOTypeName DEC), found <xsl:for-each select="/*/*[last()]"><xsl:value-of select="name()"/></xsl:for-each></xsl:message>
    </xsl:if>
    <xsl:variable name="renamed"><xsl:apply-templates select="$source" mode="rename"/></xsl:variable>
    <xsl:variable name="meta" select="md:MetaData"/>
    <xsl:call-template name="canonical-document">
      <xsl:with-param name="decl" select="exsl:node-set($renamed)/d:Declaration"/>
      <xsl:with-param name="mappingId" select="'hmrc-dms-declaration-to-canonical'"/>
      <xsl:with-param name="sourceVersion">
        <xsl:if test="$meta/md:WCODataModelVersionCode">WCO DM <xsl:value-of select="normalize-space($meta/md:WCODataModelVersionCode)"/></xsl:if>
      </xsl:with-param>
      <xsl:with-param name="association" select="normalize-space(concat($meta/md:ResponsibleCountryCode, ' ', $meta/md:ResponsibleAgencyName, ' ', $meta/md:AgencyAssignedCustomizationCode, ' ', $meta/md:AgencyAssignedCustomizationVersionCode))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- pass 1: DEC-DMS elements into the profile namespace; comments dropped, text and attributes kept -->
  <xsl:template match="dms:*" mode="rename">
    <xsl:element name="{local-name()}" namespace="urn:unipass:wco:declaration:1">
      <xsl:copy-of select="@*[namespace-uri() = '']"/>
      <xsl:apply-templates select="node()" mode="rename"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="*" mode="rename">
    <xsl:element name="{name()}" namespace="{namespace-uri()}">
      <xsl:copy-of select="@*[namespace-uri() = '']"/>
      <xsl:apply-templates select="node()" mode="rename"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="text()" mode="rename"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="comment() | processing-instruction()" mode="rename"/>
</xsl:stylesheet>
