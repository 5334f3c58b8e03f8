<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mapping eco-in-kr-in-cepa: canonical CertificateOfOrigin to the Korea-India CEPA e-CO that
  UNI-PASS sends to India's customs. Target schema: schemas/eco-in/kr-in-cepa-eco.xsd.
  Field rules and the assumptions behind them: docs/partner-formats.md, "India (IN)".

  What this partner requires (the translation stops with a message naming the canonical element
  when something is missing):
  - certificate number KRIN + year + office + 7 digits; dates ISO 8601 (YYYY-MM-DD);
  - exporter and consignee (the Consignee party, else the Importer) with name, address and country;
    the consignee's IEC (an Identification with scheme IN:IEC) when the canonical document has one;
  - transport: departure date, vessel or aircraft (name, else journey number), port of discharge;
  - per item: HS code (6 digits), origin criterion (WO, PE (WP is PE), CTSH (CTH and CC imply a
    change of subheading), PSR (CTC), "RVC nn%", "RVC nn% + CTSH": RVC35, RVC 35 and rvc 35% are
    written "RVC 35%", RVC35+CTSH "RVC 35% + CTSH"; a bare RVC takes the CEPA general rule,
    "RVC 35% + CTSH"), invoice number and date; FOB value when the criterion involves RVC.
  - Third-country invoicing when a Party of type ThirdCountryInvoicer is present; issued
    retroactively when issued after departure.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:u="urn:unipass:canonical:1"
                xmlns="urn:unipass:eco:in:kr-in-cepa:1"
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
    <xsl:variable name="number" select="normalize-space($co/u:CertificateNumber)"/>
    <xsl:if test="string-length($number) != 15 or substring($number, 1, 4) != 'KRIN'
                  or translate(concat(substring($number, 5, 2), substring($number, 9, 7)), '0123456789', '') != ''
                  or translate(substring($number, 7, 2), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '') != ''">
      <xsl:message terminate="yes">CertificateOfOrigin/CertificateNumber: '<xsl:value-of select="$number"/>' is not a KR-IN CEPA certificate number (KRIN, 2-digit year, 2-letter office, 7 digits, e.g. KRIN26BS0000733)</xsl:message>
    </xsl:if>
    <xsl:call-template name="require"><xsl:with-param name="value" select="$exporter/u:Name"/><xsl:with-param name="what" select="'Party[@type=Exporter]/Name'"/></xsl:call-template>
    <xsl:call-template name="require"><xsl:with-param name="value" select="$consignee/u:Name"/><xsl:with-param name="what" select="'Party[@type=Consignee or Importer]/Name'"/></xsl:call-template>
    <xsl:call-template name="require"><xsl:with-param name="value" select="concat($means/u:Name, $means/u:JourneyNumber)"/><xsl:with-param name="what" select="'Transport/TransportMeans/Name or JourneyNumber'"/></xsl:call-template>
    <xsl:call-template name="require"><xsl:with-param name="value" select="$transport/u:Location[@typeCode = '11']/u:Identification"/><xsl:with-param name="what" select="'Transport/Location[@typeCode=11] (port of discharge)'"/></xsl:call-template>
    <xsl:call-template name="require"><xsl:with-param name="value" select="$declaration/u:Signatory"/><xsl:with-param name="what" select="'Endorsement[@type=Application]/Signatory'"/></xsl:call-template>
    <xsl:call-template name="require"><xsl:with-param name="value" select="$certification/u:Signatory"/><xsl:with-param name="what" select="'Endorsement[@type=Issuer]/Signatory'"/></xsl:call-template>
    <xsl:if test="not($co/u:OriginItem)">
      <xsl:message terminate="yes">CertificateOfOrigin/OriginItem: required by the KR-IN CEPA e-CO (IN) but missing</xsl:message>
    </xsl:if>

    <CertificateOfOrigin>
      <CustomizationID>urn:unipass:eco:in:kr-in-cepa:1.0</CustomizationID>
      <ProfileID>KR-IN-CEPA</ProfileID>
      <ID><xsl:value-of select="$number"/></ID>
      <IssueDate><xsl:call-template name="form-date"><xsl:with-param name="iso" select="$issueDate"/><xsl:with-param name="what" select="'CertificateOfOrigin/IssueDate'"/></xsl:call-template></IssueDate>
      <ExportingCountryCode>KR</ExportingCountryCode>
      <ImportingCountryCode>IN</ImportingCountryCode>
      <ExporterParty><xsl:apply-templates select="$exporter" mode="party"/></ExporterParty>
      <ConsigneeParty>
        <xsl:for-each select="$consignee/u:Identification[@scheme = 'IN:IEC'][1]"><IEC><xsl:value-of select="normalize-space(.)"/></IEC></xsl:for-each>
        <xsl:apply-templates select="$consignee" mode="party"/>
      </ConsigneeParty>
      <Transport>
        <DepartureDate><xsl:call-template name="form-date"><xsl:with-param name="iso" select="$departureDate"/><xsl:with-param name="what" select="'Transport/DepartureDate'"/></xsl:call-template></DepartureDate>
        <VesselOrAircraftName>
          <xsl:choose>
            <xsl:when test="normalize-space($means/u:Name) != ''"><xsl:value-of select="normalize-space($means/u:Name)"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="normalize-space($means/u:JourneyNumber)"/></xsl:otherwise>
          </xsl:choose>
        </VesselOrAircraftName>
        <xsl:if test="normalize-space($means/u:JourneyNumber) != ''"><VoyageNumber><xsl:value-of select="normalize-space($means/u:JourneyNumber)"/></VoyageNumber></xsl:if>
        <xsl:for-each select="$transport/u:Location[@typeCode = '9'][1]/u:Identification"><PortOfLoading><xsl:value-of select="normalize-space(.)"/></PortOfLoading></xsl:for-each>
        <PortOfDischarge><xsl:value-of select="normalize-space($transport/u:Location[@typeCode = '11'][1]/u:Identification)"/></PortOfDischarge>
      </Transport>
      <xsl:apply-templates select="$co/u:OriginItem"/>
      <ThirdCountryInvoicingIndicator><xsl:value-of select="boolean($co/u:Party[@type = 'ThirdCountryInvoicer'])"/></ThirdCountryInvoicingIndicator>
      <IssuedRetroactivelyIndicator><xsl:value-of select="number(translate($issueDate, '-', '')) &gt; number(translate($departureDate, '-', ''))"/></IssuedRetroactivelyIndicator>
      <xsl:if test="$co/u:FreeText[@type = 'Remarks' or @type = 'Note']">
        <Remarks>
          <xsl:for-each select="$co/u:FreeText[@type = 'Remarks' or @type = 'Note']">
            <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
            <xsl:value-of select="normalize-space(u:Text)"/>
          </xsl:for-each>
        </Remarks>
      </xsl:if>
      <ExporterDeclaration>
        <Place>
          <xsl:choose>
            <xsl:when test="$declaration/u:Location/u:Name"><xsl:value-of select="normalize-space($declaration/u:Location/u:Name)"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="normalize-space($exporter/u:Address/u:City)"/></xsl:otherwise>
          </xsl:choose>
        </Place>
        <Date><xsl:call-template name="form-date"><xsl:with-param name="iso" select="$issueDate"/><xsl:with-param name="what" select="'CertificateOfOrigin/IssueDate'"/></xsl:call-template></Date>
        <SignatoryName><xsl:value-of select="normalize-space($declaration/u:Signatory)"/></SignatoryName>
      </ExporterDeclaration>
      <Certification>
        <IssuingAuthorityName>
          <xsl:choose>
            <xsl:when test="$co/u:Party[@type = 'Issuer']/u:Name"><xsl:value-of select="normalize-space($co/u:Party[@type = 'Issuer'][1]/u:Name)"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="normalize-space($certification/u:Party/u:Name)"/></xsl:otherwise>
          </xsl:choose>
        </IssuingAuthorityName>
        <Place>
          <xsl:choose>
            <xsl:when test="$certification/u:Location/u:Name"><xsl:value-of select="normalize-space($certification/u:Location/u:Name)"/></xsl:when>
            <xsl:otherwise>Republic of Korea</xsl:otherwise>
          </xsl:choose>
        </Place>
        <Date><xsl:call-template name="form-date"><xsl:with-param name="iso" select="$issueDate"/><xsl:with-param name="what" select="'CertificateOfOrigin/IssueDate'"/></xsl:call-template></Date>
        <SignatoryName><xsl:value-of select="normalize-space($certification/u:Signatory)"/></SignatoryName>
      </Certification>
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
    <xsl:variable name="fob" select="u:Amount[@type = 'FOBValue'][1]"/>
    <xsl:call-template name="require"><xsl:with-param name="value" select="u:Description"/><xsl:with-param name="what" select="concat($where, '/Description')"/></xsl:call-template>
    <xsl:if test="string-length($hs6) != 6 or translate($hs6, '0123456789', '') != ''">
      <xsl:message terminate="yes"><xsl:value-of select="$where"/>/Classification: the KR-IN CEPA e-CO needs a 6-digit HS code, found '<xsl:value-of select="normalize-space($hs)"/>'</xsl:message>
    </xsl:if>
    <xsl:if test="$criterion = ''">
      <xsl:message terminate="yes"><xsl:value-of select="$where"/>/OriginCriterion: '<xsl:value-of select="normalize-space(u:OriginCriterion[1])"/>' is not a KR-IN CEPA origin criterion (expected WO, PE/WP, CTSH, CTH, CC, PSR, CTC, RVC nn% or RVC nn% + CTSH)</xsl:message>
    </xsl:if>
    <xsl:if test="starts-with($criterion, 'RVC') and not($fob)">
      <xsl:message terminate="yes"><xsl:value-of select="$where"/>/Amount[@type=FOBValue]: the KR-IN CEPA e-CO needs the FOB value for an item that qualifies by regional value content</xsl:message>
    </xsl:if>
    <xsl:call-template name="require"><xsl:with-param name="value" select="$invoice/u:Identifier"/><xsl:with-param name="what" select="concat($where, '/Reference[@typeCode=380] (invoice)')"/></xsl:call-template>
    <GoodsItem>
      <ItemNumber><xsl:value-of select="$n"/></ItemNumber>
      <MarksAndNumbers>
        <xsl:choose>
          <xsl:when test="u:Marks/u:Line"><xsl:value-of select="normalize-space(u:Marks/u:Line)"/></xsl:when>
          <xsl:when test="$co/u:FreeText[@type = 'ShippingMarks']"><xsl:value-of select="normalize-space($co/u:FreeText[@type = 'ShippingMarks'][1]/u:Text)"/></xsl:when>
          <xsl:otherwise>N/M</xsl:otherwise>
        </xsl:choose>
      </MarksAndNumbers>
      <PackagesDescription>
        <xsl:choose>
          <xsl:when test="u:Package">
            <xsl:for-each select="u:Package">
              <xsl:if test="position() &gt; 1"><xsl:text>, </xsl:text></xsl:if>
              <xsl:value-of select="normalize-space(concat(u:Quantity, ' ', u:Type/u:Code))"/>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise>IN BULK</xsl:otherwise>
        </xsl:choose>
      </PackagesDescription>
      <Description>
        <xsl:for-each select="u:Description">
          <xsl:if test="position() &gt; 1"><xsl:text>; </xsl:text></xsl:if>
          <xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
      </Description>
      <HSCode><xsl:value-of select="$hs6"/></HSCode>
      <OriginCriterion><xsl:value-of select="$criterion"/></OriginCriterion>
      <xsl:for-each select="u:Measure[@dimension = 'GrossMass'][1]">
        <GrossWeightMeasure unitCode="{normalize-space(@unit)}"><xsl:value-of select="normalize-space(.)"/></GrossWeightMeasure>
      </xsl:for-each>
      <xsl:for-each select="$fob">
        <FOBValue currencyID="{normalize-space(@currency)}"><xsl:value-of select="normalize-space(.)"/></FOBValue>
      </xsl:for-each>
      <InvoiceNumber><xsl:value-of select="normalize-space($invoice/u:Identifier)"/></InvoiceNumber>
      <InvoiceDate><xsl:call-template name="form-date"><xsl:with-param name="iso" select="normalize-space($invoice/u:DateTime[1]/@iso)"/><xsl:with-param name="what" select="concat($where, '/Reference[@typeCode=380]/DateTime/@iso (invoice date)')"/></xsl:call-template></InvoiceDate>
    </GoodsItem>
  </xsl:template>

  <xsl:template match="u:Party" mode="party">
    <Name><xsl:value-of select="normalize-space(u:Name[1])"/></Name>
    <Address>
      <xsl:variable name="line">
        <xsl:for-each select="u:Address/u:Line | u:Address/u:Street | u:Address/u:City | u:Address/u:CountrySubdivision | u:Address/u:PostalCode">
          <xsl:if test="position() &gt; 1"><xsl:text>, </xsl:text></xsl:if>
          <xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
      </xsl:variable>
      <xsl:if test="normalize-space($line) = ''">
        <xsl:message terminate="yes">Party[@type=<xsl:value-of select="@type"/>]/Address: the KR-IN CEPA e-CO (IN) needs the party's address</xsl:message>
      </xsl:if>
      <xsl:value-of select="$line"/>
    </Address>
    <CountryCode>
      <xsl:if test="not(u:Address/u:Country)">
        <xsl:message terminate="yes">Party[@type=<xsl:value-of select="@type"/>]/Address/Country: the KR-IN CEPA e-CO (IN) needs the party's country</xsl:message>
      </xsl:if>
      <xsl:value-of select="normalize-space(u:Address/u:Country)"/>
    </CountryCode>
  </xsl:template>

  <!-- KR-IN CEPA origin criteria -->
  <xsl:template name="criterion">
    <xsl:param name="code"/>
    <xsl:variable name="c" select="translate($code, 'abcdefghijklmnopqrstuvwxyz ', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')"/>
    <xsl:variable name="rvc" select="substring-before(concat($c, '+'), '+')"/>
    <xsl:variable name="percent" select="translate(substring-after($rvc, 'RVC'), '%', '')"/>
    <xsl:variable name="withCTSH" select="substring-after($c, '+') = 'CTSH'"/>
    <xsl:choose>
      <xsl:when test="$c = 'WO'">WO</xsl:when>
      <xsl:when test="$c = 'PE' or $c = 'WP'">PE</xsl:when>
      <xsl:when test="$c = 'CTSH' or $c = 'CTH' or $c = 'CC'">CTSH</xsl:when>
      <xsl:when test="$c = 'PSR' or $c = 'CTC'">PSR</xsl:when>
      <xsl:when test="$c = 'RVC'">RVC 35% + CTSH</xsl:when>
      <xsl:when test="starts-with($c, 'RVC') and (not(contains($c, '+')) or $withCTSH) and string-length($percent) &gt;= 1 and string-length($percent) &lt;= 2 and translate($percent, '0123456789', '') = '' and number($percent) &gt; 0">
        <xsl:value-of select="concat('RVC ', number($percent), '%')"/>
        <xsl:if test="$withCTSH"> + CTSH</xsl:if>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- an ISO 8601 calendar date, checked -->
  <xsl:template name="form-date">
    <xsl:param name="iso"/>
    <xsl:param name="what"/>
    <xsl:if test="string-length($iso) != 10 or translate($iso, '0123456789', '') != '--'">
      <xsl:message terminate="yes"><xsl:value-of select="$what"/>: the KR-IN CEPA e-CO (IN) needs a date YYYY-MM-DD, found '<xsl:value-of select="$iso"/>'</xsl:message>
    </xsl:if>
    <xsl:value-of select="$iso"/>
  </xsl:template>

  <xsl:template name="require">
    <xsl:param name="value"/>
    <xsl:param name="what"/>
    <xsl:if test="normalize-space($value) = ''">
      <xsl:message terminate="yes"><xsl:value-of select="$what"/>: required by the KR-IN CEPA e-CO (IN) but missing</xsl:message>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
