<?xml version="1.0" encoding="UTF-8"?>
<!--
  PAXLST D.02B / D.05B in the IATA/WCO/ICAO API guide dialect (UNH 0057 = IATA) -> canonical PassengerList.

  D.02B and D.05B share the group structure: SG1 reporting party (NAD-CTA-COM), SG2 flight legs
  (TDT-DTM-SG3 LOC-DTM), SG4 travellers (NAD-ATT-DTM-MEA-GEI-FTX-LOC-COM-EMP-NAT-RFF with SG5 travel
  documents DOC-DTM-GEI-RFF-LOC-CPI-QTY, SG6 baggage GID-FTX-QTY and SG7 TDT-FTX), CNT, AUT.
  API guide conventions used here: NAD C080 3036 = family name, then given names; ATT 9017 = 2 carries
  the gender (M, F, U, X) in C956 9019; DOC C002 1001 = P passport, V visa (IATA codes, 1131 = 110,
  3055 = 111); LOC 178/179 embarkation/debarkation, 174 residence, 180 birth place; DTM 329 birth date,
  36 document expiry.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="urn:unipass:canonical:1">

  <xsl:include href="edifact-common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- IATA API travel document codes first, then UNCL 1001 (39 passport, 36 identity card...). -->
  <xsl:variable name="travelDocumentCodes" select="'|P=Passport|V=Visa|'"/>

  <xsl:template match="/">
    <xsl:variable name="msg" select="((/Interchange/Message | /Interchange/Group/Message)[(@type | UNH/S009/D0065) = 'PAXLST'])[1]"/>
    <UnipassDocument version="1">
      <xsl:call-template name="envelope">
        <xsl:with-param name="documentType" select="'PassengerList'"/>
        <xsl:with-param name="mappingId" select="'paxlst-iata-to-canonical'"/>
        <xsl:with-param name="msg" select="$msg"/>
      </xsl:call-template>
      <xsl:apply-templates select="$msg"/>
    </UnipassDocument>
  </xsl:template>

  <xsl:template match="Message">
    <PassengerList documentType="PassengerList">
      <xsl:apply-templates select="BGM" mode="header"/>
      <xsl:apply-templates select="RFF" mode="canonical"/>
      <xsl:apply-templates select="DTM" mode="canonical"/>
      <xsl:for-each select="SG1">
        <xsl:apply-templates select="NAD" mode="canonical">
          <xsl:with-param name="contacts" select="CTA"/>
          <xsl:with-param name="coms" select="COM"/>
        </xsl:apply-templates>
      </xsl:for-each>
      <xsl:for-each select="SG2">
        <xsl:apply-templates select="TDT" mode="canonical">
          <xsl:with-param name="element" select="'Leg'"/>
          <xsl:with-param name="sequence" select="position()"/>
          <xsl:with-param name="dates" select="DTM"/>
          <xsl:with-param name="locationGroups" select="SG3"/>
        </xsl:apply-templates>
      </xsl:for-each>
      <xsl:apply-templates select="SG4"/>
      <xsl:apply-templates select="CNT" mode="canonical"/>
      <xsl:apply-templates select="AUT" mode="canonical"/>
      <xsl:apply-templates select="BGM | RFF | DTM | CNT | AUT" mode="leftover"/>
      <xsl:apply-templates select="*[not(self::UNH or self::UNT or self::BGM or self::RFF or self::DTM or self::SG1 or self::SG2
                                   or self::SG4 or self::CNT or self::AUT)]" mode="unmapped"/>
      <xsl:call-template name="other-messages"><xsl:with-param name="msg" select="."/></xsl:call-template>
    </PassengerList>
  </xsl:template>

  <!-- ============================ travellers (SG4) ============================ -->

  <xsl:template match="SG4">
    <Traveller>
      <xsl:for-each select="NAD">
        <xsl:call-template name="type-attributes">
          <xsl:with-param name="list" select="'3035'"/>
          <xsl:with-param name="code" select="string(D3035)"/>
        </xsl:call-template>
        <xsl:call-template name="identifier">
          <xsl:with-param name="element" select="'Identification'"/>
          <xsl:with-param name="value" select="C082/D3039"/>
          <xsl:with-param name="qualifier" select="C082/D1131"/>
          <xsl:with-param name="agency" select="C082/D3055"/>
        </xsl:call-template>
        <xsl:if test="C080/*[string(.)]">
          <Name>
            <xsl:if test="string(C080/D3036[1])"><FamilyName><xsl:value-of select="C080/D3036[1]"/></FamilyName></xsl:if>
            <xsl:for-each select="C080/D3036[position() &gt; 1][string(.)]"><GivenName><xsl:value-of select="."/></GivenName></xsl:for-each>
            <xsl:if test="string(C080/D3045)"><NameFormat><xsl:value-of select="C080/D3045"/></NameFormat></xsl:if>
          </Name>
        </xsl:if>
        <xsl:call-template name="nad-address"/>
      </xsl:for-each>
      <xsl:apply-templates select="ATT" mode="traveller"/>
      <xsl:apply-templates select="DTM" mode="canonical"/>
      <xsl:apply-templates select="MEA" mode="canonical"/>
      <xsl:apply-templates select="GEI | GIS" mode="canonical"/>
      <xsl:apply-templates select="FTX" mode="canonical"/>
      <xsl:apply-templates select="LOC" mode="canonical"/>
      <xsl:for-each select="COM/C076"><xsl:call-template name="communication"/></xsl:for-each>
      <xsl:apply-templates select="EMP" mode="traveller"/>
      <xsl:apply-templates select="NAT" mode="traveller"/>
      <xsl:apply-templates select="RFF" mode="canonical"/>
      <xsl:for-each select="SG5">
        <xsl:apply-templates select="DOC" mode="canonical">
          <xsl:with-param name="element" select="'TravelDocument'"/>
          <xsl:with-param name="codes" select="$travelDocumentCodes"/>
          <xsl:with-param name="fallback" select="'1001'"/>
          <xsl:with-param name="dates" select="DTM"/>
          <xsl:with-param name="locations" select="LOC"/>
          <xsl:with-param name="indicators" select="GEI | GIS"/>
          <xsl:with-param name="references" select="RFF"/>
          <xsl:with-param name="quantities" select="QTY"/>
          <xsl:with-param name="unmapped" select="CPI"/>
        </xsl:apply-templates>
      </xsl:for-each>
      <xsl:for-each select="SG6">
        <Baggage>
          <xsl:if test="string(GID/D1496)"><xsl:attribute name="sequence"><xsl:value-of select="GID/D1496"/></xsl:attribute></xsl:if>
          <xsl:for-each select="GID/C213[*[string(.)]]">
            <Package>
              <xsl:if test="string(D7224)"><Quantity><xsl:call-template name="decimal"><xsl:with-param name="value" select="D7224"/></xsl:call-template></Quantity></xsl:if>
              <xsl:call-template name="code-with-text">
                <xsl:with-param name="element" select="'Type'"/>
                <xsl:with-param name="code" select="string(D7065)"/>
                <xsl:with-param name="texts" select="D7064"/>
                <xsl:with-param name="listName" select="'UNECE Rec 21'"/>
                <xsl:with-param name="qualifier" select="string(D1131)"/>
                <xsl:with-param name="agency" select="string(D3055)"/>
              </xsl:call-template>
            </Package>
          </xsl:for-each>
          <xsl:apply-templates select="FTX" mode="canonical"/>
          <xsl:apply-templates select="QTY" mode="canonical"/>
        </Baggage>
      </xsl:for-each>
      <xsl:apply-templates select="NAD | ATT | DTM | MEA | GEI | GIS | FTX | LOC | COM | EMP | NAT | RFF | SG6/*" mode="leftover"/>
      <xsl:apply-templates select="*[not(self::NAD or self::ATT or self::DTM or self::MEA or self::GEI or self::GIS or self::FTX
                                   or self::LOC or self::COM or self::EMP or self::NAT or self::RFF or self::SG5 or self::SG6)]" mode="unmapped"/>
    </Traveller>
  </xsl:template>

  <xsl:template match="ATT" mode="traveller">
    <Attribute>
      <xsl:choose>
        <!-- API guide: ATT+2 = gender -->
        <xsl:when test="D9017 = '2'"><xsl:attribute name="type">Gender</xsl:attribute></xsl:when>
        <xsl:otherwise>
          <xsl:attribute name="type">
            <xsl:call-template name="lookup"><xsl:with-param name="list" select="'9017'"/><xsl:with-param name="code" select="string(D9017)"/></xsl:call-template>
          </xsl:attribute>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="string(D9017)"><xsl:attribute name="typeCode"><xsl:value-of select="D9017"/></xsl:attribute></xsl:if>
      <xsl:attribute name="typeList">UNCL 9017</xsl:attribute>
      <xsl:call-template name="code">
        <xsl:with-param name="element" select="'AttributeType'"/>
        <xsl:with-param name="code" select="string(C955/D9021)"/>
        <xsl:with-param name="qualifier" select="string(C955/D1131)"/>
        <xsl:with-param name="agency" select="string(C955/D3055)"/>
      </xsl:call-template>
      <xsl:call-template name="code">
        <xsl:with-param name="element" select="'Value'"/>
        <xsl:with-param name="code" select="string(C956/D9019)"/>
        <xsl:with-param name="qualifier" select="string(C956/D1131)"/>
        <xsl:with-param name="agency" select="string(C956/D3055)"/>
      </xsl:call-template>
      <xsl:if test="string(C956/D9018)"><Text><xsl:value-of select="C956/D9018"/></Text></xsl:if>
    </Attribute>
  </xsl:template>
  <xsl:template match="ATT" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D9017|C955/D9021|C955/D1131|C955/D3055|C956/D9019|C956/D1131|C956/D3055|C956/D9018|'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="EMP" mode="traveller">
    <Employment>
      <xsl:call-template name="type-attributes">
        <xsl:with-param name="list" select="'9003'"/>
        <xsl:with-param name="code" select="string(D9003)"/>
        <xsl:with-param name="listName" select="'UNCL 9003'"/>
      </xsl:call-template>
      <xsl:call-template name="code-with-text">
        <xsl:with-param name="element" select="'Category'"/>
        <xsl:with-param name="code" select="string(C948/D9005)"/>
        <xsl:with-param name="texts" select="C948/D9004"/>
        <xsl:with-param name="qualifier" select="string(C948/D1131)"/>
        <xsl:with-param name="agency" select="string(C948/D3055)"/>
      </xsl:call-template>
      <xsl:call-template name="code-with-text">
        <xsl:with-param name="element" select="'Occupation'"/>
        <xsl:with-param name="code" select="string(C951/D9009)"/>
        <xsl:with-param name="texts" select="C951/D9008"/>
        <xsl:with-param name="qualifier" select="string(C951/D1131)"/>
        <xsl:with-param name="agency" select="string(C951/D3055)"/>
      </xsl:call-template>
      <xsl:call-template name="code-with-text">
        <xsl:with-param name="element" select="'Qualification'"/>
        <xsl:with-param name="code" select="string(C950/D9007)"/>
        <xsl:with-param name="texts" select="C950/D9006"/>
        <xsl:with-param name="qualifier" select="string(C950/D1131)"/>
        <xsl:with-param name="agency" select="string(C950/D3055)"/>
      </xsl:call-template>
      <xsl:if test="string(D3494)"><JobTitle><xsl:value-of select="D3494"/></JobTitle></xsl:if>
      <xsl:call-template name="code"><xsl:with-param name="element" select="'QualificationArea'"/><xsl:with-param name="code" select="string(D9035)"/></xsl:call-template>
    </Employment>
  </xsl:template>
  <xsl:template match="EMP" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D9003|C948/D9005|C948/D1131|C948/D3055|C948/D9004|C951/D9009|C951/D1131|C951/D3055|C951/D9008|C950/D9007|C950/D1131|C950/D3055|C950/D9006|D3494|D9035|'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="NAT" mode="traveller">
    <Nationality>
      <xsl:call-template name="type-attributes">
        <xsl:with-param name="list" select="'3493'"/>
        <xsl:with-param name="code" select="string(D3493)"/>
      </xsl:call-template>
      <xsl:if test="string(C042/D3292)"><xsl:attribute name="name"><xsl:value-of select="C042/D3292"/></xsl:attribute></xsl:if>
      <xsl:if test="string(C042/D1131)"><xsl:attribute name="listQualifier"><xsl:value-of select="C042/D1131"/></xsl:attribute></xsl:if>
      <xsl:if test="string(C042/D3055)"><xsl:attribute name="listAgency"><xsl:value-of select="C042/D3055"/></xsl:attribute></xsl:if>
      <xsl:value-of select="C042/D3293"/>
    </Nationality>
  </xsl:template>
  <xsl:template match="NAT" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D3493|C042/D3293|C042/D1131|C042/D3055|C042/D3292|'"/></xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
