<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mapping eco-cn-kr-cn-fta: canonical CertificateOfOrigin to the Korea-China FTA e-CO that
  UNI-PASS sends to China's customs (GACC). Target schema: schemas/eco-cn/kr-cn-fta-eco.xsd.
  Field rules and the assumptions behind them: docs/partner-formats.md, "China (CN)".

  What this partner requires, and what the mapping does when it is missing (the translation stops
  with a message naming the canonical element, so the sender learns what to add):
  - certificate number KRCN + year + office + 7 digits;
  - exporter (name and address), consignee (the Consignee party, else the Importer);
  - transport: departure date, mode, means (vessel/flight name or journey number), loading and discharge ports;
  - per item: HS code (6 digits, from the HS classification or the first 6 digits of a national one),
    origin criterion (WO, WP, PSR: PE is WP; CTH, CTSH, CC, CTC and RVC.. are product-specific rules, PSR),
    gross weight or a quantity, invoice number and date (the item's invoice, else the certificate's);
  - the exporter's declaration and the issuer's certification (place, date, signatory).
  Dates are ISO 8601. IssuedRetroactivelyIndicator is true when the certificate was issued after the
  departure date.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:u="urn:unipass:canonical:1"
                xmlns="urn:unipass:eco:cn:kr-cn-fta:1"
                exclude-result-prefixes="u">

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:param name="messageId"/>
  <xsl:param name="receivedAt"/>
  <xsl:param name="sender"/>
  <xsl:param name="receiver"/>
  <xsl:param name="partnerCountry"/>
  <xsl:param name="sourceReference"/>

  <xsl:variable name="co" select="/u:UnipassDocument/u:CertificateOfOrigin"/>
  <xsl:variable name="exporter" select="$co/u:Party[@type = 'Exporter'][1]"/>
  <xsl:variable name="consignee" select="($co/u:Party[@type = 'Consignee'] | $co/u:Party[@type = 'Importer'][not($co/u:Party[@type = 'Consignee'])])[1]"/>
  <xsl:variable name="transport" select="$co/u:Transport"/>
  <xsl:variable name="means" select="$transport/u:TransportMeans[1]"/>
  <xsl:variable name="declaration" select="$co/u:Endorsement[@type = 'Application'][1]"/>
  <xsl:variable name="certification" select="$co/u:Endorsement[@type = 'Issuer'][1]"/>
  <xsl:variable name="issueDate" select="normalize-space($co/u:IssueDate)"/>
  <xsl:variable name="departureDate" select="normalize-space($transport/u:DepartureDate)"/>

  <xsl:template match="/">
    <xsl:if test="not($co)">
      <xsl:message terminate="yes">UnipassDocument: expected a canonical CertificateOfOrigin</xsl:message>
    </xsl:if>
    <xsl:call-template name="require-pattern">
      <xsl:with-param name="value" select="normalize-space($co/u:CertificateNumber)"/>
      <xsl:with-param name="what" select="'CertificateOfOrigin/CertificateNumber'"/>
    </xsl:call-template>
    <xsl:call-template name="require"><xsl:with-param name="value" select="$issueDate"/><xsl:with-param name="what" select="'CertificateOfOrigin/IssueDate'"/></xsl:call-template>
    <xsl:call-template name="require"><xsl:with-param name="value" select="$exporter/u:Name"/><xsl:with-param name="what" select="'Party[@type=Exporter]/Name'"/></xsl:call-template>
    <xsl:call-template name="require"><xsl:with-param name="value" select="$consignee/u:Name"/><xsl:with-param name="what" select="'Party[@type=Consignee or Importer]/Name'"/></xsl:call-template>
    <xsl:call-template name="require-date"><xsl:with-param name="value" select="$departureDate"/><xsl:with-param name="what" select="'Transport/DepartureDate'"/></xsl:call-template>
    <xsl:call-template name="require"><xsl:with-param name="value" select="$means/u:Mode/u:Code"/><xsl:with-param name="what" select="'Transport/TransportMeans/Mode/Code'"/></xsl:call-template>
    <xsl:call-template name="require"><xsl:with-param name="value" select="concat($means/u:Name, $means/u:JourneyNumber)"/><xsl:with-param name="what" select="'Transport/TransportMeans/Name or JourneyNumber'"/></xsl:call-template>
    <xsl:call-template name="require"><xsl:with-param name="value" select="$transport/u:Location[@typeCode = '9']/u:Identification"/><xsl:with-param name="what" select="'Transport/Location[@typeCode=9] (port of loading)'"/></xsl:call-template>
    <xsl:call-template name="require"><xsl:with-param name="value" select="$transport/u:Location[@typeCode = '11']/u:Identification"/><xsl:with-param name="what" select="'Transport/Location[@typeCode=11] (port of discharge)'"/></xsl:call-template>
    <xsl:if test="not($co/u:OriginItem)">
      <xsl:message terminate="yes">CertificateOfOrigin/OriginItem: required by the KR-CN FTA e-CO (CN) but missing</xsl:message>
    </xsl:if>
    <xsl:call-template name="require"><xsl:with-param name="value" select="$declaration/u:Signatory"/><xsl:with-param name="what" select="'Endorsement[@type=Application]/Signatory'"/></xsl:call-template>
    <xsl:call-template name="require"><xsl:with-param name="value" select="$certification/u:Signatory"/><xsl:with-param name="what" select="'Endorsement[@type=Issuer]/Signatory'"/></xsl:call-template>

    <CertificateOfOrigin>
      <CustomizationID>urn:unipass:eco:cn:kr-cn-fta:gacc:1.0</CustomizationID>
      <ProfileID>KR-CN-FTA-ECO</ProfileID>
      <ID><xsl:value-of select="normalize-space($co/u:CertificateNumber)"/></ID>
      <IssueDate><xsl:value-of select="$issueDate"/></IssueDate>
      <IssuedRetroactivelyIndicator>
        <xsl:choose>
          <xsl:when test="number(translate($issueDate, '-', '')) &gt; number(translate($departureDate, '-', ''))">true</xsl:when>
          <xsl:otherwise>false</xsl:otherwise>
        </xsl:choose>
      </IssuedRetroactivelyIndicator>
      <xsl:for-each select="($co/u:FreeText[@type = 'Remarks' or @type = 'Note'])[position() &lt;= 5]">
        <Note><xsl:value-of select="normalize-space(u:Text)"/></Note>
      </xsl:for-each>
      <ExporterParty><xsl:apply-templates select="$exporter" mode="party"/></ExporterParty>
      <xsl:for-each select="$co/u:Party[@type = 'Producer'][1]">
        <ProducerParty><xsl:apply-templates select="." mode="party"/></ProducerParty>
      </xsl:for-each>
      <ConsigneeParty><xsl:apply-templates select="$consignee" mode="party"/></ConsigneeParty>
      <Transport>
        <DepartureDate><xsl:value-of select="$departureDate"/></DepartureDate>
        <TransportModeCode><xsl:value-of select="normalize-space($means/u:Mode/u:Code)"/></TransportModeCode>
        <TransportMeansName>
          <xsl:choose>
            <xsl:when test="normalize-space($means/u:Name) != ''"><xsl:value-of select="normalize-space($means/u:Name)"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="normalize-space($means/u:JourneyNumber)"/></xsl:otherwise>
          </xsl:choose>
        </TransportMeansName>
        <xsl:if test="normalize-space($means/u:JourneyNumber) != ''"><JourneyID><xsl:value-of select="normalize-space($means/u:JourneyNumber)"/></JourneyID></xsl:if>
        <LoadingPortID><xsl:value-of select="normalize-space($transport/u:Location[@typeCode = '9'][1]/u:Identification)"/></LoadingPortID>
        <DischargePortID><xsl:value-of select="normalize-space($transport/u:Location[@typeCode = '11'][1]/u:Identification)"/></DischargePortID>
      </Transport>
      <xsl:apply-templates select="$co/u:OriginItem"/>
      <ExporterDeclaration>
        <PlaceName>
          <xsl:choose>
            <xsl:when test="$declaration/u:Location/u:Name"><xsl:value-of select="normalize-space($declaration/u:Location/u:Name)"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="normalize-space($exporter/u:Address/u:City)"/></xsl:otherwise>
          </xsl:choose>
        </PlaceName>
        <Date><xsl:value-of select="$issueDate"/></Date>
        <SignatoryName><xsl:value-of select="normalize-space($declaration/u:Signatory)"/></SignatoryName>
      </ExporterDeclaration>
      <IssuerEndorsement>
        <IssuerName>
          <xsl:choose>
            <xsl:when test="$co/u:Party[@type = 'Issuer']/u:Name"><xsl:value-of select="normalize-space($co/u:Party[@type = 'Issuer'][1]/u:Name)"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="normalize-space($certification/u:Party/u:Name)"/></xsl:otherwise>
          </xsl:choose>
        </IssuerName>
        <IssuerCountryCode>KR</IssuerCountryCode>
        <PlaceName>
          <xsl:choose>
            <xsl:when test="$certification/u:Location/u:Name"><xsl:value-of select="normalize-space($certification/u:Location/u:Name)"/></xsl:when>
            <xsl:otherwise>Republic of Korea</xsl:otherwise>
          </xsl:choose>
        </PlaceName>
        <Date><xsl:value-of select="$issueDate"/></Date>
        <SignatoryName><xsl:value-of select="normalize-space($certification/u:Signatory)"/></SignatoryName>
      </IssuerEndorsement>
    </CertificateOfOrigin>
  </xsl:template>

  <xsl:template match="u:OriginItem">
    <xsl:variable name="n" select="normalize-space(@sequence)"/>
    <xsl:variable name="where" select="concat('OriginItem[@sequence=', $n, ']')"/>
    <xsl:variable name="hs" select="(u:Classification[@scheme = 'HS'] | u:Classification[@scheme = 'NationalTariff'][not(../u:Classification[@scheme = 'HS'])])[1]"/>
    <xsl:variable name="hs6" select="substring(translate(normalize-space($hs), '.', ''), 1, 6)"/>
    <xsl:variable name="criterion">
      <xsl:call-template name="criterion"><xsl:with-param name="code" select="normalize-space(u:OriginCriterion[1])"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="invoice" select="(u:Reference[@typeCode = '380'] | $co/u:Reference[@typeCode = '380'][not(current()/u:Reference[@typeCode = '380'])])[1]"/>
    <xsl:variable name="gross" select="u:Measure[@dimension = 'GrossMass'][1]"/>
    <xsl:variable name="quantity" select="u:Quantity[1]"/>
    <xsl:call-template name="require"><xsl:with-param name="value" select="u:Description"/><xsl:with-param name="what" select="concat($where, '/Description')"/></xsl:call-template>
    <xsl:call-template name="require"><xsl:with-param name="value" select="$hs6"/><xsl:with-param name="what" select="concat($where, '/Classification[@scheme=HS]')"/></xsl:call-template>
    <xsl:if test="string-length($hs6) != 6 or translate($hs6, '0123456789', '') != ''">
      <xsl:message terminate="yes"><xsl:value-of select="$where"/>/Classification: CN needs a 6-digit HS code, found '<xsl:value-of select="normalize-space($hs)"/>'</xsl:message>
    </xsl:if>
    <xsl:if test="$criterion = ''">
      <xsl:message terminate="yes"><xsl:value-of select="$where"/>/OriginCriterion: '<xsl:value-of select="normalize-space(u:OriginCriterion[1])"/>' is not a KR-CN FTA origin criterion (expected WO, WP/PE, PSR, CTH, CTSH, CC, CTC or RVC..)</xsl:message>
    </xsl:if>
    <xsl:if test="not($gross) and not($quantity)">
      <xsl:message terminate="yes"><xsl:value-of select="$where"/>: CN needs a gross weight (Measure[@dimension=GrossMass]) or a Quantity</xsl:message>
    </xsl:if>
    <xsl:call-template name="require"><xsl:with-param name="value" select="$invoice/u:Identifier"/><xsl:with-param name="what" select="concat($where, '/Reference[@typeCode=380] (invoice)')"/></xsl:call-template>
    <xsl:call-template name="require-date"><xsl:with-param name="value" select="normalize-space($invoice/u:DateTime[1]/@iso)"/><xsl:with-param name="what" select="concat($where, '/Reference[@typeCode=380]/DateTime/@iso (invoice date)')"/></xsl:call-template>
    <GoodsItem>
      <SequenceNumber><xsl:value-of select="$n"/></SequenceNumber>
      <MarksAndNumbers>
        <xsl:choose>
          <xsl:when test="u:Marks/u:Line"><xsl:value-of select="normalize-space(u:Marks/u:Line)"/></xsl:when>
          <xsl:when test="$co/u:FreeText[@type = 'ShippingMarks']"><xsl:value-of select="normalize-space($co/u:FreeText[@type = 'ShippingMarks'][1]/u:Text)"/></xsl:when>
          <xsl:otherwise>N/M</xsl:otherwise>
        </xsl:choose>
      </MarksAndNumbers>
      <PackageQuantity>
        <xsl:choose>
          <xsl:when test="number(u:Package[1]/u:Quantity) &gt; 0"><xsl:value-of select="normalize-space(u:Package[1]/u:Quantity)"/></xsl:when>
          <xsl:otherwise>1</xsl:otherwise>
        </xsl:choose>
      </PackageQuantity>
      <PackageTypeCode>
        <xsl:choose>
          <xsl:when test="u:Package[1]/u:Type/u:Code"><xsl:value-of select="normalize-space(u:Package[1]/u:Type/u:Code)"/></xsl:when>
          <xsl:otherwise>NE</xsl:otherwise>
        </xsl:choose>
      </PackageTypeCode>
      <Description>
        <xsl:for-each select="u:Description">
          <xsl:if test="position() &gt; 1"><xsl:text>; </xsl:text></xsl:if>
          <xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
      </Description>
      <HSCode><xsl:value-of select="$hs6"/></HSCode>
      <OriginCriterion><xsl:value-of select="$criterion"/></OriginCriterion>
      <OriginCountryCode>
        <xsl:choose>
          <xsl:when test="u:OriginCountry"><xsl:value-of select="normalize-space(u:OriginCountry)"/></xsl:when>
          <xsl:otherwise>KR</xsl:otherwise>
        </xsl:choose>
      </OriginCountryCode>
      <xsl:if test="$gross">
        <GrossWeightMeasure unitCode="{normalize-space($gross/@unit)}"><xsl:value-of select="normalize-space($gross)"/></GrossWeightMeasure>
      </xsl:if>
      <xsl:if test="$quantity">
        <Quantity unitCode="{normalize-space($quantity/@unit)}"><xsl:value-of select="normalize-space($quantity)"/></Quantity>
      </xsl:if>
      <xsl:for-each select="u:Amount[@type = 'FOBValue'][1]">
        <FOBValue currencyID="{normalize-space(@currency)}"><xsl:value-of select="normalize-space(.)"/></FOBValue>
      </xsl:for-each>
      <InvoiceID><xsl:value-of select="normalize-space($invoice/u:Identifier)"/></InvoiceID>
      <InvoiceDate><xsl:value-of select="normalize-space($invoice/u:DateTime[1]/@iso)"/></InvoiceDate>
    </GoodsItem>
  </xsl:template>

  <xsl:template match="u:Party" mode="party">
    <xsl:for-each select="u:Identification[1]"><ID><xsl:value-of select="normalize-space(.)"/></ID></xsl:for-each>
    <Name><xsl:value-of select="normalize-space(u:Name[1])"/></Name>
    <AddressLine>
      <xsl:variable name="line">
        <xsl:for-each select="u:Address/u:Line | u:Address/u:Street | u:Address/u:City | u:Address/u:CountrySubdivision | u:Address/u:PostalCode">
          <xsl:if test="position() &gt; 1"><xsl:text>, </xsl:text></xsl:if>
          <xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
      </xsl:variable>
      <xsl:choose>
        <xsl:when test="normalize-space($line) != ''"><xsl:value-of select="$line"/></xsl:when>
        <xsl:otherwise>
          <xsl:message terminate="yes">Party[@type=<xsl:value-of select="@type"/>]/Address: CN needs the party's address</xsl:message>
        </xsl:otherwise>
      </xsl:choose>
    </AddressLine>
    <xsl:for-each select="u:Address/u:City[1]"><CityName><xsl:value-of select="normalize-space(.)"/></CityName></xsl:for-each>
    <CountryCode>
      <xsl:choose>
        <xsl:when test="u:Address/u:Country"><xsl:value-of select="normalize-space(u:Address/u:Country)"/></xsl:when>
        <xsl:otherwise><xsl:message terminate="yes">Party[@type=<xsl:value-of select="@type"/>]/Address/Country: CN needs the party's country</xsl:message></xsl:otherwise>
      </xsl:choose>
    </CountryCode>
  </xsl:template>

  <!-- KR-CN FTA box 9: WO, WP, PSR -->
  <xsl:template name="criterion">
    <xsl:param name="code"/>
    <xsl:variable name="c" select="translate($code, 'abcdefghijklmnopqrstuvwxyz ', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')"/>
    <xsl:choose>
      <xsl:when test="$c = 'WO'">WO</xsl:when>
      <xsl:when test="$c = 'WP' or $c = 'PE'">WP</xsl:when>
      <xsl:when test="$c = 'PSR' or $c = 'CTH' or $c = 'CTSH' or $c = 'CC' or $c = 'CTC' or starts-with($c, 'RVC')">PSR</xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="require">
    <xsl:param name="value"/>
    <xsl:param name="what"/>
    <xsl:if test="normalize-space($value) = ''">
      <xsl:message terminate="yes"><xsl:value-of select="$what"/>: required by the KR-CN FTA e-CO (CN) but missing</xsl:message>
    </xsl:if>
  </xsl:template>

  <xsl:template name="require-date">
    <xsl:param name="value"/>
    <xsl:param name="what"/>
    <xsl:if test="string-length($value) != 10 or translate($value, '0123456789', '') != '--'">
      <xsl:message terminate="yes"><xsl:value-of select="$what"/>: the KR-CN FTA e-CO (CN) needs a date YYYY-MM-DD, found '<xsl:value-of select="$value"/>'</xsl:message>
    </xsl:if>
  </xsl:template>

  <!-- KRCN + 2-digit year + 2-letter issuing office + 7 digits -->
  <xsl:template name="require-pattern">
    <xsl:param name="value"/>
    <xsl:param name="what"/>
    <xsl:if test="string-length($value) != 15 or substring($value, 1, 4) != 'KRCN'
                  or translate(concat(substring($value, 5, 2), substring($value, 9, 7)), '0123456789', '') != ''
                  or translate(substring($value, 7, 2), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '') != ''">
      <xsl:message terminate="yes"><xsl:value-of select="$what"/>: '<xsl:value-of select="$value"/>' is not a KR-CN FTA certificate number (KRCN, 2-digit year, 2-letter office, 7 digits, e.g. KRCN26SE0004127)</xsl:message>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
