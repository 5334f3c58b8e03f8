<?xml version="1.0" encoding="UTF-8"?>
<!--
  CUSDEC D.96B (goods declaration) -> canonical ImportDeclaration or ExportDeclaration.

  The body is ExportDeclaration when BGM C002 1001 is 830 (goods declaration for exportation) or a
  message-level CST carries a customs declaration type (1131 = 105) starting with "EX"; otherwise
  ImportDeclaration (929, 930, 913-915, national codes...).

  Header section -> Declaration header data; SG10 (DMS, commercial detail) -> GoodsShipment/Invoice with
  its SG21 lines; SG30 (CST, customs item detail) -> GoodsShipment/GoodsItem (WCO
  GovernmentAgencyGoodsItem): CST C246 classifications with their scheme, LOC 27/106 origin,
  SG37/SG48 documents, where certificates of origin (1001 = 861, 862, 864, 865, 17) become
  Origin/Certificate (the link to the CertificateOfOrigin), SG41 duties, SG33 amounts. Summary
  section: CNT, SG49 duty totals, SG50 authentication.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="urn:unipass:canonical:1">

  <xsl:include href="edifact-common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:variable name="originCertificates" select="'|861|862|864|865|17|'"/>

  <xsl:template match="/">
    <xsl:variable name="msg" select="((/Interchange/Message | /Interchange/Group/Message)[(@type | UNH/S009/D0065) = 'CUSDEC'])[1]"/>
    <xsl:variable name="documentType">
      <xsl:choose>
        <xsl:when test="$msg/BGM/C002/D1001 = '830' or $msg/CST/C246[D1131 = '105'][starts-with(D7361, 'EX')]">ExportDeclaration</xsl:when>
        <xsl:otherwise>ImportDeclaration</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <UnipassDocument version="1">
      <xsl:call-template name="envelope">
        <xsl:with-param name="documentType" select="$documentType"/>
        <xsl:with-param name="mappingId" select="'cusdec-d96b-to-canonical'"/>
        <xsl:with-param name="msg" select="$msg"/>
      </xsl:call-template>
      <xsl:element name="{$documentType}" namespace="urn:unipass:canonical:1">
        <xsl:attribute name="documentType"><xsl:value-of select="$documentType"/></xsl:attribute>
        <xsl:apply-templates select="$msg"/>
      </xsl:element>
    </UnipassDocument>
  </xsl:template>

  <xsl:template match="Message">
    <xsl:apply-templates select="BGM" mode="header"/>
    <xsl:apply-templates select="CST" mode="classifications"><xsl:with-param name="element" select="'CustomsStatus'"/></xsl:apply-templates>
    <xsl:apply-templates select="DTM" mode="canonical"/>
    <xsl:apply-templates select="LOC" mode="canonical"/>
    <xsl:apply-templates select="GIS" mode="canonical"/>
    <xsl:apply-templates select="MEA" mode="canonical"/>
    <xsl:for-each select="SG1">
      <xsl:apply-templates select="RFF" mode="canonical"><xsl:with-param name="dates" select="DTM"/></xsl:apply-templates>
    </xsl:for-each>
    <xsl:for-each select="SG6">
      <xsl:apply-templates select="NAD" mode="canonical">
        <xsl:with-param name="contacts" select="CTA"/>
        <xsl:with-param name="coms" select="COM"/>
        <xsl:with-param name="references" select="RFF"/>
      </xsl:apply-templates>
    </xsl:for-each>
    <xsl:apply-templates select="FTX" mode="canonical"/>
    <xsl:for-each select="SG4">
      <xsl:apply-templates select="TDT" mode="canonical"><xsl:with-param name="unmapped" select="TPL"/></xsl:apply-templates>
    </xsl:for-each>
    <xsl:apply-templates select="EQD" mode="canonical"/>
    <xsl:apply-templates select="SEL" mode="canonical"/>
    <xsl:for-each select="SG5">
      <xsl:apply-templates select="DOC" mode="canonical">
        <xsl:with-param name="element" select="'AdditionalDocument'"/>
        <xsl:with-param name="dates" select="DTM"/>
        <xsl:with-param name="locations" select="LOC"/>
      </xsl:apply-templates>
    </xsl:for-each>
    <xsl:for-each select="SG7[1]">
      <xsl:apply-templates select="TOD" mode="canonical">
        <xsl:with-param name="locations" select="LOC"/>
        <xsl:with-param name="texts" select="FTX"/>
      </xsl:apply-templates>
    </xsl:for-each>
    <xsl:apply-templates select="SG8/MOA" mode="canonical"/>
    <xsl:for-each select="SG8/SG9">
      <xsl:apply-templates select="CUX" mode="canonical"><xsl:with-param name="dates" select="DTM"/></xsl:apply-templates>
    </xsl:for-each>
    <GoodsShipment>
      <!-- in D.96B the package group SG2 (PAC-SG3 PCI-FTX) is nested in the reference group SG1 -->
      <xsl:for-each select="SG1/SG2">
        <xsl:apply-templates select="PAC" mode="canonical"><xsl:with-param name="marks" select="SG3/PCI"/></xsl:apply-templates>
      </xsl:for-each>
      <xsl:apply-templates select="SG10" mode="invoice"/>
      <xsl:apply-templates select="SG30" mode="goods-item"/>
    </GoodsShipment>
    <xsl:apply-templates select="CNT" mode="canonical"/>
    <xsl:for-each select="SG49">
      <xsl:apply-templates select="TAX" mode="canonical">
        <xsl:with-param name="amounts" select="MOA"/>
        <xsl:with-param name="indicators" select="GIS"/>
      </xsl:apply-templates>
    </xsl:for-each>
    <xsl:for-each select="SG50[1]">
      <xsl:apply-templates select="AUT" mode="canonical"><xsl:with-param name="dates" select="DTM"/></xsl:apply-templates>
    </xsl:for-each>
    <!-- the net -->
    <xsl:apply-templates select="BGM | CST | DTM | LOC | GIS | MEA | SG1/RFF | SG1/DTM | FTX | SEL | SG7[1]/* | SG8/MOA | SG8/SG9/*
                                 | SG1/SG2/PAC | SG1/SG2/SG3/* | CNT | SG49/* | SG50[1]/*" mode="leftover"/>
    <xsl:apply-templates select="SG7[position() &gt; 1] | SG50[position() &gt; 1]" mode="unmapped"/>
    <xsl:apply-templates select="*[not(self::UNH or self::UNT or self::UNS or self::BGM or self::CST or self::DTM or self::LOC
                                 or self::GIS or self::MEA or self::SG1 or self::SG6 or self::FTX or self::SG4 or self::EQD
                                 or self::SEL or self::SG5 or self::SG7 or self::SG8 or self::SG10 or self::SG30
                                 or self::CNT or self::SG49 or self::SG50)]" mode="unmapped"/>
    <xsl:call-template name="other-messages"><xsl:with-param name="msg" select="."/></xsl:call-template>
  </xsl:template>

  <!-- ============================ commercial detail (SG10 DMS) ============================ -->

  <xsl:template match="SG10" mode="invoice">
    <Invoice>
      <xsl:if test="string(DMS/D1004)"><Identifier><xsl:value-of select="DMS/D1004"/></Identifier></xsl:if>
      <xsl:call-template name="code"><xsl:with-param name="element" select="'DocumentName'"/><xsl:with-param name="code" select="string(DMS/D1001)"/><xsl:with-param name="list" select="'1001'"/><xsl:with-param name="listName" select="'UNCL 1001'"/></xsl:call-template>
      <xsl:if test="string(DMS/D7240)"><TotalItems><xsl:value-of select="DMS/D7240"/></TotalItems></xsl:if>
      <xsl:apply-templates select="DTM" mode="canonical"/>
      <xsl:apply-templates select="MEA" mode="canonical"/>
      <xsl:apply-templates select="SG11/MOA" mode="canonical"/>
      <xsl:for-each select="SG11/SG12">
        <xsl:apply-templates select="CUX" mode="canonical"><xsl:with-param name="dates" select="DTM"/></xsl:apply-templates>
      </xsl:for-each>
      <xsl:for-each select="SG13[1]">
        <xsl:apply-templates select="TOD" mode="canonical">
          <xsl:with-param name="locations" select="LOC"/>
          <xsl:with-param name="texts" select="FTX"/>
        </xsl:apply-templates>
      </xsl:for-each>
      <xsl:for-each select="SG14">
        <xsl:apply-templates select="NAD" mode="canonical"><xsl:with-param name="unmapped" select="SG15"/></xsl:apply-templates>
      </xsl:for-each>
      <xsl:for-each select="SG16">
        <xsl:apply-templates select="PAC" mode="canonical"><xsl:with-param name="marks" select="SG17/PCI"/></xsl:apply-templates>
      </xsl:for-each>
      <xsl:apply-templates select="SG21" mode="line"/>
      <xsl:apply-templates select="DMS | DTM | MEA | SG11/MOA | SG11/SG12/* | SG13[1]/* | SG16/PAC | SG16/SG17/*" mode="leftover"/>
      <xsl:apply-templates select="SG13[position() &gt; 1] | SG18 | SG19 | SG20" mode="unmapped"/>
      <xsl:apply-templates select="*[not(self::DMS or self::DTM or self::MEA or self::SG11 or self::SG13 or self::SG14
                                   or self::SG16 or self::SG18 or self::SG19 or self::SG20 or self::SG21)]" mode="unmapped"/>
    </Invoice>
  </xsl:template>
  <xsl:template match="DMS" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D1004|D1001|D7240|'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="SG21" mode="line">
    <Line>
      <xsl:if test="string(LIN/D1082)"><xsl:attribute name="sequence"><xsl:value-of select="LIN/D1082"/></xsl:attribute></xsl:if>
      <xsl:for-each select="LIN/C212[string(D7140)] | PIA/C212[string(D7140)]">
        <ItemIdentification>
          <xsl:attribute name="scheme">
            <xsl:call-template name="lookup"><xsl:with-param name="list" select="'7143'"/><xsl:with-param name="code" select="string(D7143)"/></xsl:call-template>
          </xsl:attribute>
          <xsl:if test="string(D7143)"><xsl:attribute name="schemeCode"><xsl:value-of select="D7143"/></xsl:attribute></xsl:if>
          <xsl:if test="string(D3055)"><xsl:attribute name="agency"><xsl:value-of select="D3055"/></xsl:attribute></xsl:if>
          <xsl:value-of select="D7140"/>
        </ItemIdentification>
      </xsl:for-each>
      <xsl:apply-templates select="QTY" mode="canonical"/>
      <xsl:apply-templates select="MEA" mode="canonical"/>
      <xsl:apply-templates select="MOA" mode="canonical"/>
      <xsl:for-each select="SG27">
        <xsl:apply-templates select="IMD" mode="description"/>
        <xsl:apply-templates select="FTX" mode="canonical"><xsl:with-param name="element" select="'Description'"/></xsl:apply-templates>
      </xsl:for-each>
      <xsl:apply-templates select="NAD" mode="canonical"/>
      <xsl:for-each select="SG22">
        <xsl:apply-templates select="DOC" mode="canonical"><xsl:with-param name="dates" select="DTM"/></xsl:apply-templates>
      </xsl:for-each>
      <xsl:apply-templates select="LIN | PIA | QTY | MEA | MOA | SG27/*" mode="leftover"/>
      <xsl:apply-templates select="*[not(self::LIN or self::PIA or self::QTY or self::MEA or self::MOA or self::SG27
                                   or self::NAD or self::SG22)]" mode="unmapped"/>
    </Line>
  </xsl:template>
  <xsl:template match="LIN" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D1082|C212/D7140|C212/D7143|C212/D1131|C212/D3055|'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="PIA" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D4347|C212/D7140|C212/D7143|C212/D1131|C212/D3055|'"/></xsl:call-template>
  </xsl:template>

  <!-- IMD -> Description (a FreeText typed by the item description type 7077). -->
  <xsl:template match="IMD" mode="description">
    <Description>
      <xsl:call-template name="type-attributes">
        <xsl:with-param name="list" select="'7077'"/>
        <xsl:with-param name="code" select="string(D7077)"/>
      </xsl:call-template>
      <xsl:if test="string(C273/D3453)"><xsl:attribute name="language"><xsl:value-of select="C273/D3453"/></xsl:attribute></xsl:if>
      <xsl:call-template name="code">
        <xsl:with-param name="element" select="'TextReference'"/>
        <xsl:with-param name="code" select="string(C273/D7009)"/>
        <xsl:with-param name="qualifier" select="string(C273/D1131)"/>
        <xsl:with-param name="agency" select="string(C273/D3055)"/>
      </xsl:call-template>
      <xsl:for-each select="C273/D7008[string(.)]"><Text><xsl:value-of select="."/></Text></xsl:for-each>
    </Description>
  </xsl:template>
  <xsl:template match="IMD" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D7077|C273/D7009|C273/D1131|C273/D3055|C273/D7008|C273/D3453|'"/></xsl:call-template>
  </xsl:template>

  <!-- ============================ customs items (SG30) ============================ -->

  <xsl:template match="SG30" mode="goods-item">
    <xsl:variable name="docs" select="SG37/DOC | SG48/DOC"/>
    <xsl:variable name="certificates" select="$docs[contains($originCertificates, concat('|', C002/D1001, '|'))]"/>
    <GoodsItem>
      <xsl:if test="string(CST/D1496)"><xsl:attribute name="sequence"><xsl:value-of select="CST/D1496"/></xsl:attribute></xsl:if>
      <xsl:apply-templates select="CST" mode="classifications"/>
      <xsl:apply-templates select="FTX[D4451 = 'AAA']" mode="canonical"><xsl:with-param name="element" select="'Description'"/></xsl:apply-templates>
      <xsl:for-each select="SG36">
        <xsl:apply-templates select="IMD" mode="description"/>
        <xsl:apply-templates select="FTX" mode="canonical"><xsl:with-param name="element" select="'Description'"/></xsl:apply-templates>
      </xsl:for-each>
      <xsl:apply-templates select="FTX[not(D4451 = 'AAA')]" mode="canonical"/>
      <xsl:if test="LOC[D3227 = '27' or D3227 = '106'] or $certificates">
        <Origin>
          <xsl:if test="string(LOC[D3227 = '27'][1]/C517/D3225)"><Country><xsl:value-of select="LOC[D3227 = '27'][1]/C517/D3225"/></Country></xsl:if>
          <xsl:if test="string(LOC[D3227 = '106'][1]/C517/D3225)"><Region><xsl:value-of select="LOC[D3227 = '106'][1]/C517/D3225"/></Region></xsl:if>
          <xsl:for-each select="$certificates">
            <xsl:apply-templates select="." mode="canonical">
              <xsl:with-param name="element" select="'Certificate'"/>
              <xsl:with-param name="dates" select="following-sibling::DTM"/>
              <xsl:with-param name="locations" select="following-sibling::LOC"/>
              <xsl:with-param name="unmapped" select="following-sibling::NAD"/>
            </xsl:apply-templates>
          </xsl:for-each>
        </Origin>
      </xsl:if>
      <!-- origin LOCs beyond the first of each kind stay Locations -->
      <xsl:apply-templates select="LOC[not((D3227 = '27' or D3227 = '106') and not(preceding-sibling::LOC[D3227 = current()/D3227]))]" mode="canonical"/>
      <xsl:apply-templates select="DTM" mode="canonical"/>
      <xsl:apply-templates select="MEA" mode="canonical"/>
      <xsl:apply-templates select="NAD" mode="canonical"/>
      <xsl:apply-templates select="TDT" mode="canonical"/>
      <xsl:for-each select="SG31">
        <xsl:apply-templates select="PAC" mode="canonical"><xsl:with-param name="marks" select="SG32/PCI"/></xsl:apply-templates>
      </xsl:for-each>
      <xsl:apply-templates select="SG33/MOA" mode="canonical"/>
      <xsl:for-each select="SG33/SG34">
        <xsl:apply-templates select="CUX" mode="canonical"><xsl:with-param name="dates" select="DTM"/></xsl:apply-templates>
      </xsl:for-each>
      <xsl:for-each select="SG35">
        <xsl:apply-templates select="RFF" mode="canonical"><xsl:with-param name="dates" select="DTM"/></xsl:apply-templates>
      </xsl:for-each>
      <xsl:for-each select="$docs[not(contains($originCertificates, concat('|', C002/D1001, '|')))]">
        <xsl:apply-templates select="." mode="canonical">
          <xsl:with-param name="element" select="'AdditionalDocument'"/>
          <xsl:with-param name="dates" select="following-sibling::DTM"/>
          <xsl:with-param name="locations" select="following-sibling::LOC"/>
          <xsl:with-param name="unmapped" select="following-sibling::NAD"/>
        </xsl:apply-templates>
      </xsl:for-each>
      <xsl:for-each select="SG38[1]">
        <xsl:apply-templates select="TOD" mode="canonical">
          <xsl:with-param name="locations" select="LOC"/>
          <xsl:with-param name="texts" select="FTX"/>
        </xsl:apply-templates>
      </xsl:for-each>
      <xsl:for-each select="SG39[1]">
        <NatureOfCargo>
          <xsl:call-template name="code">
            <xsl:with-param name="element" select="'Code'"/>
            <xsl:with-param name="code" select="string(GDS/C703/D7085)"/>
            <xsl:with-param name="list" select="'7085'"/>
            <xsl:with-param name="listName" select="'UNCL 7085'"/>
            <xsl:with-param name="qualifier" select="string(GDS/C703/D1131)"/>
            <xsl:with-param name="agency" select="string(GDS/C703/D3055)"/>
          </xsl:call-template>
          <xsl:for-each select="FTX/C108/D4440[string(.)]"><Text><xsl:value-of select="."/></Text></xsl:for-each>
        </NatureOfCargo>
      </xsl:for-each>
      <xsl:apply-templates select="SG40/GIS" mode="canonical"/>
      <xsl:for-each select="SG41">
        <xsl:apply-templates select="TAX" mode="canonical">
          <xsl:with-param name="amounts" select="MOA"/>
          <xsl:with-param name="indicators" select="GIS"/>
        </xsl:apply-templates>
      </xsl:for-each>
      <xsl:apply-templates select="CST | FTX | LOC[(D3227 = '27' or D3227 = '106') and not(preceding-sibling::LOC[D3227 = current()/D3227])]
                                   | DTM | MEA | SG31/PAC | SG31/SG32/* | SG33/MOA | SG33/SG34/* | SG35/RFF | SG35/DTM | SG36/*
                                   | SG38[1]/* | SG39[1]/FTX | SG40/GIS | SG41/*" mode="leftover"/>
      <xsl:for-each select="SG39[1]/GDS">
        <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|C703/D7085|C703/D1131|C703/D3055|'"/></xsl:call-template>
      </xsl:for-each>
      <xsl:apply-templates select="SG35/GIN | SG35/MOA | SG40/PCD | SG40/DTM | SG40/RFF | SG38[position() &gt; 1]
                                   | SG39[position() &gt; 1] | SG42 | SG44" mode="unmapped"/>
      <xsl:apply-templates select="*[not(self::CST or self::FTX or self::LOC or self::DTM or self::MEA or self::NAD or self::TDT
                                   or self::SG31 or self::SG33 or self::SG35 or self::SG36 or self::SG37 or self::SG38 or self::SG39
                                   or self::SG40 or self::SG41 or self::SG42 or self::SG44 or self::SG48)]" mode="unmapped"/>
    </GoodsItem>
  </xsl:template>

</xsl:stylesheet>
