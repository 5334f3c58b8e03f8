<?xml version="1.0" encoding="UTF-8"?>
<!--
  CUSRES D.96B (customs response, e.g. from a clearance back end or a partner administration)
  -> canonical CustomsResponse. The reverse of cusres-d96b-from-canonical.

  The first message-level GIS gives Status (UNCL 7365: 1 accepted, 2/3 rejected, 4 released...);
  further GIS are Indicators. SG3 RFF (+DTM, LOC) are the references the response answers. Each
  ERC of a SG4 is one Error whose Pointer is the group's ERP (C701 section/item/sub-item, C853
  segment tag/position/source) with the group's RFFs; the group's FTX are its description. SG5
  TAX-MOA-GIS are duties. TDT, EQD, SG6 (document details), SG12 and CNT are reported as Unmapped.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="urn:unipass:canonical:1">

  <xsl:include href="edifact-common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:template match="/">
    <xsl:variable name="msg" select="((/Interchange/Message | /Interchange/Group/Message)[(@type | UNH/S009/D0065) = 'CUSRES'])[1]"/>
    <UnipassDocument version="1">
      <xsl:call-template name="envelope">
        <xsl:with-param name="documentType" select="'CustomsResponse'"/>
        <xsl:with-param name="mappingId" select="'cusres-d96b-to-canonical'"/>
        <xsl:with-param name="msg" select="$msg"/>
      </xsl:call-template>
      <xsl:apply-templates select="$msg"/>
    </UnipassDocument>
  </xsl:template>

  <xsl:template match="Message">
    <CustomsResponse documentType="CustomsResponse">
      <xsl:apply-templates select="BGM" mode="header"/>
      <xsl:choose>
        <xsl:when test="GIS">
          <xsl:for-each select="GIS[1]">
            <xsl:call-template name="code">
              <xsl:with-param name="element" select="'Status'"/>
              <xsl:with-param name="code" select="string(C529/D7365)"/>
              <xsl:with-param name="list" select="'7365'"/>
              <xsl:with-param name="listName" select="'UNCL 7365'"/>
              <xsl:with-param name="qualifier" select="string(C529/D1131)"/>
              <xsl:with-param name="agency" select="string(C529/D3055)"/>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:when>
        <!-- no GIS: the response type of BGM (4343: AP accepted, RE rejected, CA conditionally accepted) -->
        <xsl:when test="string(BGM/D4343)">
          <Status list="UNCL 4343">
            <xsl:attribute name="name">
              <xsl:call-template name="lookup"><xsl:with-param name="list" select="'4343'"/><xsl:with-param name="code" select="string(BGM/D4343)"/></xsl:call-template>
            </xsl:attribute>
            <xsl:value-of select="BGM/D4343"/>
          </Status>
        </xsl:when>
        <xsl:otherwise><Status name="Unspecified"/></xsl:otherwise>
      </xsl:choose>
      <xsl:apply-templates select="GIS[position() &gt; 1]" mode="canonical"/>
      <xsl:apply-templates select="DTM" mode="canonical"/>
      <xsl:apply-templates select="LOC" mode="canonical"/>
      <xsl:for-each select="SG3">
        <xsl:apply-templates select="RFF" mode="canonical">
          <xsl:with-param name="dates" select="DTM"/>
          <xsl:with-param name="locations" select="LOC"/>
        </xsl:apply-templates>
      </xsl:for-each>
      <xsl:for-each select="SG1">
        <xsl:apply-templates select="NAD" mode="canonical">
          <xsl:with-param name="contacts" select="SG2/CTA"/>
          <xsl:with-param name="coms" select="SG2/COM"/>
        </xsl:apply-templates>
      </xsl:for-each>
      <xsl:apply-templates select="FTX" mode="canonical"/>
      <xsl:apply-templates select="SG4/ERC" mode="error"/>
      <xsl:for-each select="SG5">
        <xsl:apply-templates select="TAX" mode="canonical">
          <xsl:with-param name="amounts" select="MOA"/>
          <xsl:with-param name="indicators" select="GIS"/>
        </xsl:apply-templates>
      </xsl:for-each>
      <xsl:apply-templates select="BGM | GIS | DTM | LOC | SG3/* | FTX | SG4[ERC]/* | SG5/*" mode="leftover"/>
      <xsl:apply-templates select="SG4[not(ERC)]" mode="unmapped"/>
      <xsl:apply-templates select="*[not(self::UNH or self::UNT or self::BGM or self::GIS or self::DTM or self::LOC or self::SG3
                                   or self::SG1 or self::FTX or self::SG4 or self::SG5)]" mode="unmapped"/>
      <xsl:call-template name="other-messages"><xsl:with-param name="msg" select="."/></xsl:call-template>
    </CustomsResponse>
  </xsl:template>

  <!-- One Error per ERC; the pointer and texts come from its SG4. -->
  <xsl:template match="ERC" mode="error">
    <xsl:variable name="erp" select="../ERP"/>
    <Error>
      <Code>
        <xsl:if test="string(C901/D1131)"><xsl:attribute name="listQualifier"><xsl:value-of select="C901/D1131"/></xsl:attribute></xsl:if>
        <xsl:if test="string(C901/D3055)"><xsl:attribute name="listAgency"><xsl:value-of select="C901/D3055"/></xsl:attribute></xsl:if>
        <xsl:value-of select="C901/D9321"/>
      </Code>
      <xsl:for-each select="../FTX">
        <Description><xsl:value-of select="normalize-space(C108/D4440[1])"/>
          <xsl:for-each select="C108/D4440[position() &gt; 1]"><xsl:value-of select="."/></xsl:for-each>
        </Description>
      </xsl:for-each>
      <xsl:if test="$erp/*/*[string(.)] or ../RFF">
        <Pointer>
          <xsl:call-template name="code">
            <xsl:with-param name="element" select="'Section'"/>
            <xsl:with-param name="code" select="string($erp/C701/D1049)"/>
            <xsl:with-param name="list" select="'1049'"/>
            <xsl:with-param name="listName" select="'UNCL 1049'"/>
          </xsl:call-template>
          <xsl:if test="string($erp/C701/D1052)"><ItemNumber><xsl:value-of select="$erp/C701/D1052"/></ItemNumber></xsl:if>
          <xsl:if test="string($erp/C701/D1054)"><SubItemNumber><xsl:value-of select="$erp/C701/D1054"/></SubItemNumber></xsl:if>
          <xsl:if test="string($erp/C853/D9166)"><SegmentTag><xsl:value-of select="$erp/C853/D9166"/></SegmentTag></xsl:if>
          <xsl:if test="string($erp/C853/D1050)"><SegmentPosition><xsl:value-of select="$erp/C853/D1050"/></SegmentPosition></xsl:if>
          <xsl:call-template name="code">
            <xsl:with-param name="element" select="'SequenceSource'"/>
            <xsl:with-param name="code" select="string($erp/C853/D1159)"/>
            <xsl:with-param name="list" select="'1159'"/>
            <xsl:with-param name="listName" select="'UNCL 1159'"/>
          </xsl:call-template>
          <xsl:apply-templates select="../RFF" mode="canonical"/>
        </Pointer>
      </xsl:if>
    </Error>
  </xsl:template>

  <xsl:template match="ERP" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|C701/D1049|C701/D1052|C701/D1054|C853/D9166|C853/D1050|C853/D1159|'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="ERC" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|C901/D9321|C901/D1131|C901/D3055|'"/></xsl:call-template>
  </xsl:template>
  <!-- SG4 FTX: the error description (subject and text lines are read) -->
  <xsl:template match="SG4/FTX" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D4451|C108/D4440|'"/></xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
