<?xml version="1.0" encoding="UTF-8"?>
<!--
  CUSCAR D.96B and D.03B (sea and air cargo reports) -> canonical CargoManifest.

  Both directories use the same group numbers (SG1..SG17) for the same things; D.03B adds LOC and
  QTY at message level, GEI where D.96B has GIS, DTM in SG2, LOC/TMD in SG14 and PAC/MEA in SG15.
  Consignments: every SG7 (CNI) is a consignment group; inside it each SG8 is one bill. Bills whose
  RFF qualifier is a house type (BH house B/L, HWB house waybill, ABH sub-house B/L) become
  HouseConsignments of the nearest preceding master bill (MB, BM, MWB, AWB, AAS...) of the same SG7;
  a SG7 without a master bill gives one MasterConsignment built from CNI alone.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="urn:unipass:canonical:1">

  <xsl:include href="edifact-common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:variable name="houseQualifiers" select="'|BH|HWB|ABH|'"/>

  <xsl:template match="/">
    <xsl:variable name="msg" select="((/Interchange/Message | /Interchange/Group/Message)[(@type | UNH/S009/D0065) = 'CUSCAR'])[1]"/>
    <UnipassDocument version="1">
      <xsl:call-template name="envelope">
        <xsl:with-param name="documentType" select="'CargoManifest'"/>
        <xsl:with-param name="mappingId" select="'cuscar-to-canonical'"/>
        <xsl:with-param name="msg" select="$msg"/>
      </xsl:call-template>
      <xsl:apply-templates select="$msg"/>
    </UnipassDocument>
  </xsl:template>

  <xsl:template match="Message">
    <CargoManifest documentType="CargoManifest">
      <xsl:apply-templates select="BGM" mode="header"/>
      <xsl:apply-templates select="DTM" mode="canonical"/>
      <xsl:apply-templates select="LOC" mode="canonical"/>
      <xsl:apply-templates select="QTY" mode="canonical"/>
      <xsl:for-each select="SG1">
        <xsl:apply-templates select="RFF" mode="canonical"><xsl:with-param name="dates" select="DTM"/></xsl:apply-templates>
      </xsl:for-each>
      <xsl:for-each select="SG2">
        <xsl:apply-templates select="NAD" mode="canonical">
          <xsl:with-param name="contacts" select="SG3/CTA"/>
          <xsl:with-param name="coms" select="SG3/COM"/>
          <xsl:with-param name="dates" select="DTM"/>
        </xsl:apply-templates>
      </xsl:for-each>
      <xsl:apply-templates select="FTX" mode="canonical"/>
      <xsl:for-each select="SG4">
        <xsl:apply-templates select="TDT" mode="canonical">
          <xsl:with-param name="locations" select="LOC"/>
          <xsl:with-param name="dates" select="DTM"/>
        </xsl:apply-templates>
      </xsl:for-each>
      <xsl:apply-templates select="GIS | GEI" mode="canonical"/>
      <xsl:apply-templates select="SG5" mode="equipment"/>
      <xsl:apply-templates select="CNT" mode="canonical"/>
      <xsl:apply-templates select="SG7"/>
      <xsl:for-each select="SG17">
        <xsl:apply-templates select="AUT" mode="canonical">
          <xsl:with-param name="dates" select="DTM"/>
          <xsl:with-param name="references" select="RFF"/>
        </xsl:apply-templates>
      </xsl:for-each>
      <!-- the net: values and segments not mapped above -->
      <xsl:apply-templates select="BGM | DTM | LOC | QTY | SG1/* | FTX | GIS | GEI | CNT | SG17/*" mode="leftover"/>
      <xsl:apply-templates select="*[not(self::UNH or self::UNT or self::BGM or self::DTM or self::LOC or self::QTY or self::SG1
                                   or self::SG2 or self::FTX or self::SG4 or self::GIS or self::GEI or self::SG5 or self::CNT
                                   or self::SG7 or self::SG17)]" mode="unmapped"/>
      <xsl:call-template name="other-messages"><xsl:with-param name="msg" select="."/></xsl:call-template>
    </CargoManifest>
  </xsl:template>

  <!-- ============================ equipment (SG5) ============================ -->

  <xsl:template match="SG5" mode="equipment">
    <xsl:apply-templates select="EQD" mode="canonical">
      <xsl:with-param name="measures" select="MEA"/>
      <xsl:with-param name="seals" select="SEL"/>
      <xsl:with-param name="parties" select="NAD"/>
      <xsl:with-param name="indicators" select="GIS | GEI"/>
      <xsl:with-param name="locations" select="LOC"/>
      <xsl:with-param name="unmapped" select="TSR | DIM | SG6"/>
    </xsl:apply-templates>
  </xsl:template>

  <!-- ============================ consignments (SG7 / SG8) ============================ -->

  <xsl:template match="SG7">
    <xsl:variable name="group" select="."/>
    <xsl:variable name="masters" select="SG8[not(contains($houseQualifiers, concat('|', RFF/C506/D1153, '|')))]"/>
    <xsl:variable name="houses" select="SG8[contains($houseQualifiers, concat('|', RFF/C506/D1153, '|'))]"/>
    <xsl:choose>
      <xsl:when test="not($masters)">
        <MasterConsignment>
          <xsl:call-template name="cni"/>
          <xsl:apply-templates select="$houses" mode="house"/>
          <xsl:apply-templates select="CNI | CNT" mode="leftover"/>
        </MasterConsignment>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$masters">
          <xsl:variable name="master" select="."/>
          <xsl:variable name="first" select="position() = 1"/>
          <MasterConsignment>
            <xsl:for-each select="$group"><xsl:call-template name="cni"/></xsl:for-each>
            <xsl:call-template name="consignment-content"/>
            <!-- houses that follow this master (before the next master); houses before the first
                 master belong to the first one -->
            <xsl:choose>
              <!-- the usual case, one master bill: every house bill of the group is its own
                   (linear; the general rule below looks back over the siblings of each house) -->
              <xsl:when test="count($masters) = 1">
                <xsl:apply-templates select="$houses" mode="house"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:apply-templates mode="house"
                    select="$houses[generate-id(preceding-sibling::SG8[not(contains($houseQualifiers, concat('|', RFF/C506/D1153, '|')))][1]) = generate-id($master)
                                    or ($first and not(preceding-sibling::SG8[not(contains($houseQualifiers, concat('|', RFF/C506/D1153, '|')))]))]"/>
              </xsl:otherwise>
            </xsl:choose>
            <xsl:call-template name="consignment-unmapped"/>
            <xsl:if test="$first"><xsl:apply-templates select="$group/CNI | $group/CNT" mode="leftover"/></xsl:if>
          </MasterConsignment>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- CNI data of the current SG7: sequence, consignment document, load sequence, control totals. -->
  <xsl:template name="cni">
    <xsl:if test="string(CNI/D1490)"><xsl:attribute name="sequence"><xsl:value-of select="CNI/D1490"/></xsl:attribute></xsl:if>
    <xsl:if test="CNI/C503/*[string(.)]">
      <Document type="ConsignmentDocument">
        <xsl:if test="string(CNI/C503/D1004)"><Identifier><xsl:value-of select="CNI/C503/D1004"/></Identifier></xsl:if>
        <xsl:for-each select="CNI/C503">
          <xsl:call-template name="code"><xsl:with-param name="element" select="'Status'"/><xsl:with-param name="code" select="string(D1373)"/><xsl:with-param name="list" select="'1373'"/><xsl:with-param name="listName" select="'UNCL 1373'"/></xsl:call-template>
          <xsl:if test="string(D1366)"><Source><xsl:value-of select="D1366"/></Source></xsl:if>
          <xsl:if test="string(D3453)"><Language><xsl:value-of select="D3453"/></Language></xsl:if>
        </xsl:for-each>
      </Document>
    </xsl:if>
    <xsl:if test="string(CNI/D1312)"><LoadSequenceNumber><xsl:value-of select="CNI/D1312"/></LoadSequenceNumber></xsl:if>
    <xsl:apply-templates select="CNT" mode="canonical"><xsl:with-param name="element" select="'GroupControlTotal'"/></xsl:apply-templates>
  </xsl:template>
  <xsl:template match="CNI" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D1490|C503/D1004|C503/D1373|C503/D1366|C503/D3453|D1312|'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="SG8" mode="house">
    <HouseConsignment>
      <xsl:call-template name="consignment-content"/>
      <xsl:call-template name="consignment-unmapped"/>
    </HouseConsignment>
  </xsl:template>

  <!-- The ConsignmentContent group from one SG8 (context: SG8). -->
  <xsl:template name="consignment-content">
    <xsl:apply-templates select="RFF" mode="canonical"><xsl:with-param name="element" select="'TransportDocument'"/></xsl:apply-templates>
    <xsl:apply-templates select="CNT" mode="canonical"/>
    <xsl:apply-templates select="MOA" mode="canonical"/>
    <xsl:apply-templates select="LOC" mode="canonical"/>
    <xsl:apply-templates select="GIS | GEI" mode="canonical"/>
    <xsl:apply-templates select="CUX" mode="canonical"/>
    <xsl:apply-templates select="CPI" mode="canonical"/>
    <xsl:for-each select="SG9">
      <xsl:apply-templates select="TDT" mode="canonical">
        <xsl:with-param name="element" select="'OnwardTransport'"/>
        <xsl:with-param name="locations" select="LOC"/>
        <xsl:with-param name="dates" select="DTM"/>
        <xsl:with-param name="measures" select="MEA"/>
        <xsl:with-param name="references" select="SG10/RFF"/>
        <xsl:with-param name="unmapped" select="SG10/TSR"/>
      </xsl:apply-templates>
    </xsl:for-each>
    <xsl:for-each select="SG11">
      <xsl:apply-templates select="NAD" mode="canonical">
        <xsl:with-param name="contacts" select="SG12/CTA"/>
        <xsl:with-param name="coms" select="SG12/COM"/>
        <xsl:with-param name="references" select="RFF"/>
        <xsl:with-param name="dates" select="DTM"/>
      </xsl:apply-templates>
    </xsl:for-each>
    <xsl:for-each select="SG13">
      <QuantityVariance>
        <xsl:apply-templates select="QTY" mode="canonical"/>
        <xsl:apply-templates select="FTX" mode="canonical"/>
      </QuantityVariance>
    </xsl:for-each>
    <xsl:apply-templates select="SG14" mode="goods-item"/>
  </xsl:template>

  <!-- Unmapped part of one SG8 (context: SG8): leftovers of its simple segments. -->
  <xsl:template name="consignment-unmapped">
    <xsl:apply-templates select="RFF | CNT | MOA | LOC | GIS | GEI | CUX | CPI | SG13/*" mode="leftover"/>
    <xsl:apply-templates select="*[not(self::RFF or self::CNT or self::MOA or self::LOC or self::GIS or self::GEI or self::CUX
                                 or self::CPI or self::SG9 or self::SG11 or self::SG13 or self::SG14)]" mode="unmapped"/>
  </xsl:template>

  <!-- ============================ goods items (SG14) ============================ -->

  <xsl:template match="SG14" mode="goods-item">
    <GoodsItem>
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
          <xsl:call-template name="code"><xsl:with-param name="element" select="'Level'"/><xsl:with-param name="code" select="string(D7233)"/><xsl:with-param name="listName" select="'UNCL 7233'"/></xsl:call-template>
        </Package>
      </xsl:for-each>
      <xsl:apply-templates select="PAC" mode="canonical"/>
      <xsl:apply-templates select="FTX" mode="canonical"/>
      <xsl:apply-templates select="MEA" mode="canonical"/>
      <xsl:apply-templates select="MOA" mode="canonical"/>
      <xsl:for-each select="SGP">
        <EquipmentPlacement>
          <xsl:call-template name="identifier">
            <xsl:with-param name="element" select="'EquipmentIdentification'"/>
            <xsl:with-param name="value" select="C237/D8260"/>
            <xsl:with-param name="qualifier" select="C237/D1131"/>
            <xsl:with-param name="agency" select="C237/D3055"/>
          </xsl:call-template>
          <xsl:if test="string(D7224)"><PackageQuantity><xsl:call-template name="decimal"><xsl:with-param name="value" select="D7224"/></xsl:call-template></PackageQuantity></xsl:if>
        </EquipmentPlacement>
      </xsl:for-each>
      <xsl:for-each select="DGS">
        <DangerousGoods>
          <xsl:call-template name="code"><xsl:with-param name="element" select="'Regulation'"/><xsl:with-param name="code" select="string(D8273)"/><xsl:with-param name="list" select="'8273'"/><xsl:with-param name="listName" select="'UNCL 8273'"/></xsl:call-template>
          <xsl:if test="string(C205/D8351)"><HazardCode><xsl:value-of select="C205/D8351"/></HazardCode></xsl:if>
          <xsl:if test="string(C234/D7124)"><UNNumber><xsl:value-of select="C234/D7124"/></UNNumber></xsl:if>
          <xsl:if test="string(C223/D7106)">
            <Flashpoint type="Flashpoint">
              <xsl:if test="string(C223/D6411)"><xsl:attribute name="unit"><xsl:value-of select="C223/D6411"/></xsl:attribute></xsl:if>
              <xsl:call-template name="decimal"><xsl:with-param name="value" select="C223/D7106"/></xsl:call-template>
            </Flashpoint>
          </xsl:if>
          <xsl:if test="string(D8339)"><PackingGroup><xsl:value-of select="D8339"/></PackingGroup></xsl:if>
          <xsl:if test="string(D8364)"><EmsNumber><xsl:value-of select="D8364"/></EmsNumber></xsl:if>
        </DangerousGoods>
      </xsl:for-each>
      <xsl:apply-templates select="PCI" mode="canonical"/>
      <xsl:if test="string(CST/D1496)"><CustomsItemNumber><xsl:value-of select="CST/D1496"/></CustomsItemNumber></xsl:if>
      <xsl:apply-templates select="CST" mode="classifications"/>
      <xsl:apply-templates select="LOC" mode="canonical"/>
      <xsl:apply-templates select="SG15/GIS | SG15/GEI" mode="canonical"/>
      <xsl:for-each select="SG15">
        <xsl:apply-templates select="DOC" mode="canonical"><xsl:with-param name="dates" select="DTM"/></xsl:apply-templates>
      </xsl:for-each>
      <xsl:for-each select="SG16">
        <QuantityVariance>
          <xsl:apply-templates select="QTY" mode="canonical"/>
          <xsl:apply-templates select="FTX" mode="canonical"/>
        </QuantityVariance>
      </xsl:for-each>
      <xsl:apply-templates select="GID | PAC | FTX | MEA | MOA | SGP | DGS | PCI | CST | LOC | SG15/GIS | SG15/GEI | SG16/*" mode="leftover"/>
      <!-- SG15 DTMs are mapped into the DOCs of the group; a SG15 without DOC reports them -->
      <xsl:apply-templates select="SG15[not(DOC)]/DTM | SG15/*[not(self::GIS or self::GEI or self::DOC or self::DTM)]" mode="unmapped"/>
      <xsl:apply-templates select="*[not(self::GID or self::PAC or self::FTX or self::MEA or self::MOA or self::SGP or self::DGS
                                   or self::PCI or self::CST or self::LOC or self::SG15 or self::SG16)]" mode="unmapped"/>
    </GoodsItem>
  </xsl:template>

  <xsl:template match="GID" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D1496|C213/D7224|C213/D7065|C213/D1131|C213/D3055|C213/D7064|C213/D7233|'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="SGP" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|C237/D8260|C237/D1131|C237/D3055|D7224|'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="DGS" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D8273|C205/D8351|C234/D7124|C223/D7106|C223/D6411|D8339|D8364|'"/></xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
