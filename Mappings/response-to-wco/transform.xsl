<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mapping response-to-wco: canonical CustomsResponse to a WCO response in the UNI-PASS profile
  (urn:unipass:wco:response:1), the answer sent to brokers who declared in WCO XML.

  Rules
  - FunctionCode from the canonical Status (its code or its @name, case-insensitive):
    accepted/AP/CA 01, received/acknowledged 02, rejected/RE 03, control/inspection 05,
    documents required 06, released/cleared 09, cancelled 10, assessed 13. Another status stops
    the translation with a message naming it.
  - FunctionalReferenceID: the response's DocumentNumber, else the envelope MessageId.
  - IssueDateTime: the first DateTime with an @iso value, else Envelope/ReceivedAt, written as
    WCO format 304 (CCYYMMDDHHMMSS followed by Z or +hhmm).
  - Each canonical Error becomes an Error: ValidationCode = Code, Description = its descriptions
    (else the code's @name; plus "line L, column C" when the pointer has them), one Pointer per canonical Pointer:
    SequenceNumeric = ItemNumber, DocumentSectionCode = Section, TagID = Path, else the segment
    tag with its position and element/component positions (e.g. "TDT+4 e3 c1").
  - The declaration the response is about: Reference[@type] containing "Declaration" gives its ID,
    a Reference typed FunctionalReference / LocalReferenceNumber / MessageReference its
    FunctionalReferenceID; the issue time is its acceptance, rejection or cancellation time.
  - DutyTaxFee: tax type with the assessed and payable amounts.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:u="urn:unipass:canonical:1"
                xmlns="urn:unipass:wco:response:1"
                exclude-result-prefixes="u">

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:param name="messageId"/>
  <xsl:param name="receivedAt"/>
  <xsl:param name="sender"/>
  <xsl:param name="receiver"/>
  <xsl:param name="partnerCountry"/>
  <xsl:param name="sourceReference"/>

  <xsl:variable name="upper" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZ'"/>
  <xsl:variable name="lower" select="'abcdefghijklmnopqrstuvwxyz'"/>
  <xsl:variable name="codeChars" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'"/>
  <xsl:variable name="doc" select="/u:UnipassDocument"/>
  <xsl:variable name="r" select="$doc/u:CustomsResponse"/>

  <xsl:template match="/">
    <xsl:if test="not($r)">
      <xsl:message terminate="yes">UnipassDocument: expected a canonical CustomsResponse</xsl:message>
    </xsl:if>
    <xsl:variable name="function">
      <xsl:call-template name="function-code">
        <xsl:with-param name="status" select="translate(normalize-space(concat($r/u:Status, ' ', $r/u:Status/@name)), $upper, $lower)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:if test="$function = ''">
      <xsl:message terminate="yes">CustomsResponse/Status: '<xsl:value-of select="normalize-space($r/u:Status)"/>' (<xsl:value-of select="$r/u:Status/@name"/>) has no WCO response function code (expected accepted, received, rejected, control, documents required, released, cancelled or assessed)</xsl:message>
    </xsl:if>
    <xsl:variable name="issued">
      <xsl:choose>
        <xsl:when test="$r/u:DateTime[@iso != '']"><xsl:call-template name="format-304"><xsl:with-param name="iso" select="normalize-space($r/u:DateTime[@iso != ''][1]/@iso)"/></xsl:call-template></xsl:when>
        <xsl:otherwise><xsl:call-template name="format-304"><xsl:with-param name="iso" select="normalize-space($doc/u:Envelope/u:ReceivedAt)"/></xsl:call-template></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <Response>
      <FunctionCode><xsl:value-of select="$function"/></FunctionCode>
      <FunctionalReferenceID>
        <xsl:choose>
          <xsl:when test="normalize-space($r/u:DocumentNumber) != ''"><xsl:value-of select="normalize-space($r/u:DocumentNumber)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="normalize-space($doc/u:Envelope/u:MessageId)"/></xsl:otherwise>
        </xsl:choose>
      </FunctionalReferenceID>
      <IssueDateTime><DateTimeString formatCode="304"><xsl:value-of select="$issued"/></DateTimeString></IssueDateTime>
      <xsl:for-each select="$r/u:FreeText[u:Text]">
        <AdditionalInformation>
          <xsl:for-each select="u:TextReference[string-length(normalize-space(.)) &lt;= 17][normalize-space(.) != '']"><StatementCode><xsl:value-of select="normalize-space(.)"/></StatementCode></xsl:for-each>
          <StatementDescription>
            <xsl:for-each select="u:Text">
              <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
              <xsl:value-of select="normalize-space(.)"/>
            </xsl:for-each>
          </StatementDescription>
          <xsl:call-template name="code3"><xsl:with-param name="value" select="@typeCode"/><xsl:with-param name="element" select="'StatementTypeCode'"/></xsl:call-template>
        </AdditionalInformation>
      </xsl:for-each>
      <xsl:apply-templates select="$r/u:Error"/>
      <Status>
        <NameCode><xsl:value-of select="normalize-space($r/u:Status)"/></NameCode>
        <xsl:if test="$function = '09'">
          <ReleaseDateTime><DateTimeString formatCode="304"><xsl:value-of select="$issued"/></DateTimeString></ReleaseDateTime>
        </xsl:if>
      </Status>
      <xsl:variable name="declarationId" select="$r/u:Reference[contains(@type, 'Declaration')][1]/u:Identifier"/>
      <xsl:variable name="functionalId" select="$r/u:Reference[@type = 'FunctionalReference' or @type = 'LocalReferenceNumber' or @type = 'MessageReference' or @type = 'TraderReference'][1]/u:Identifier"/>
      <xsl:if test="$declarationId or $functionalId">
        <Declaration>
          <xsl:if test="$function = '01' or $function = '09' or $function = '13'">
            <AcceptanceDateTime><DateTimeString formatCode="304"><xsl:value-of select="$issued"/></DateTimeString></AcceptanceDateTime>
          </xsl:if>
          <xsl:if test="$function = '10'">
            <CancellationDateTime><DateTimeString formatCode="304"><xsl:value-of select="$issued"/></DateTimeString></CancellationDateTime>
          </xsl:if>
          <xsl:if test="$functionalId"><FunctionalReferenceID><xsl:value-of select="normalize-space($functionalId)"/></FunctionalReferenceID></xsl:if>
          <xsl:if test="$declarationId"><ID><xsl:value-of select="normalize-space($declarationId)"/></ID></xsl:if>
          <xsl:if test="$function = '03'">
            <RejectionDateTime><DateTimeString formatCode="304"><xsl:value-of select="$issued"/></DateTimeString></RejectionDateTime>
          </xsl:if>
          <xsl:if test="normalize-space($r/u:DocumentVersion) != ''"><VersionID><xsl:value-of select="normalize-space($r/u:DocumentVersion)"/></VersionID></xsl:if>
        </Declaration>
      </xsl:if>
      <xsl:for-each select="$r/u:DutyTaxFee">
        <DutyTaxFee>
          <TypeCode>
            <xsl:choose>
              <xsl:when test="u:TaxType/u:Code"><xsl:value-of select="normalize-space(u:TaxType/u:Code)"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="normalize-space(@typeCode)"/></xsl:otherwise>
            </xsl:choose>
          </TypeCode>
          <xsl:if test="u:Amount[@type = 'TaxAssessed' or @type = 'Payable']">
            <Payment>
              <xsl:for-each select="u:Amount[@type = 'TaxAssessed'][1]"><TaxAssessedAmount currencyID="{normalize-space(@currency)}"><xsl:value-of select="normalize-space(.)"/></TaxAssessedAmount></xsl:for-each>
              <xsl:for-each select="u:Amount[@type = 'Payable'][1]"><PaymentAmount currencyID="{normalize-space(@currency)}"><xsl:value-of select="normalize-space(.)"/></PaymentAmount></xsl:for-each>
            </Payment>
          </xsl:if>
        </DutyTaxFee>
      </xsl:for-each>
    </Response>
  </xsl:template>

  <xsl:template match="u:Error">
    <Error>
      <xsl:variable name="text">
        <xsl:for-each select="u:Description">
          <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
          <xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
        <xsl:if test="not(u:Description[normalize-space(.) != ''])"><xsl:value-of select="normalize-space(u:Code/@name)"/></xsl:if>
        <xsl:for-each select="u:Pointer[u:Line]">
          <xsl:value-of select="concat(' (line ', normalize-space(u:Line))"/>
          <xsl:if test="u:Column"><xsl:value-of select="concat(', column ', normalize-space(u:Column))"/></xsl:if>
          <xsl:text>)</xsl:text>
        </xsl:for-each>
      </xsl:variable>
      <xsl:if test="normalize-space($text) != ''"><Description><xsl:value-of select="normalize-space($text)"/></Description></xsl:if>
      <ValidationCode><xsl:value-of select="normalize-space(u:Code)"/></ValidationCode>
      <xsl:for-each select="u:Pointer">
        <Pointer>
          <xsl:if test="string(number(u:ItemNumber)) != 'NaN' and number(u:ItemNumber) &gt;= 1 and not(contains(u:ItemNumber, '.'))">
            <SequenceNumeric><xsl:value-of select="number(u:ItemNumber)"/></SequenceNumeric>
          </xsl:if>
          <xsl:call-template name="code3"><xsl:with-param name="value" select="u:Section"/><xsl:with-param name="element" select="'DocumentSectionCode'"/></xsl:call-template>
          <xsl:variable name="tag">
            <xsl:choose>
              <xsl:when test="normalize-space(u:Path) != ''"><xsl:value-of select="normalize-space(u:Path)"/></xsl:when>
              <xsl:when test="normalize-space(u:SegmentTag) != ''">
                <xsl:value-of select="normalize-space(u:SegmentTag)"/>
                <xsl:if test="normalize-space(u:SegmentPosition) != ''"><xsl:value-of select="concat('+', normalize-space(u:SegmentPosition))"/></xsl:if>
                <xsl:if test="u:ElementPosition"><xsl:value-of select="concat(' e', normalize-space(u:ElementPosition))"/></xsl:if>
                <xsl:if test="u:ComponentPosition"><xsl:value-of select="concat(' c', normalize-space(u:ComponentPosition))"/></xsl:if>
              </xsl:when>
            </xsl:choose>
          </xsl:variable>
          <xsl:if test="normalize-space($tag) != ''"><TagID><xsl:value-of select="substring(normalize-space($tag), 1, 512)"/></TagID></xsl:if>
        </Pointer>
      </xsl:for-each>
    </Error>
  </xsl:template>

  <xsl:template name="function-code">
    <xsl:param name="status"/>
    <xsl:variable name="s" select="concat(' ', $status, ' ')"/>
    <xsl:choose>
      <xsl:when test="contains($s, 'reject') or contains($s, ' re ') or contains($s, ' 03 ')">03</xsl:when>
      <xsl:when test="contains($s, 'cancel') or contains($s, 'invalidat') or contains($s, ' 10 ')">10</xsl:when>
      <xsl:when test="contains($s, 'release') or contains($s, 'clear') or contains($s, ' 09 ')">09</xsl:when>
      <xsl:when test="contains($s, 'assess') or contains($s, ' 13 ')">13</xsl:when>
      <xsl:when test="contains($s, 'document') or contains($s, ' 06 ')">06</xsl:when>
      <xsl:when test="contains($s, 'control') or contains($s, 'inspect') or contains($s, ' 05 ')">05</xsl:when>
      <xsl:when test="contains($s, 'accept') or contains($s, ' ap ') or contains($s, ' ca ') or contains($s, ' 01 ')">01</xsl:when>
      <xsl:when test="contains($s, 'receiv') or contains($s, 'acknowledg') or contains($s, ' 02 ')">02</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- writes <element>value</element> when value is 1-3 upper-case letters or digits (WCO an..3 code) -->
  <xsl:template name="code3">
    <xsl:param name="value"/>
    <xsl:param name="element"/>
    <xsl:variable name="v" select="normalize-space($value)"/>
    <xsl:if test="$v != '' and string-length($v) &lt;= 3 and translate($v, $codeChars, '') = ''">
      <xsl:element name="{$element}"><xsl:value-of select="$v"/></xsl:element>
    </xsl:if>
  </xsl:template>

  <!-- ISO 8601 date-time (YYYY-MM-DDThh:mm:ss[.fff](Z|+hh:mm|-hh:mm)) to WCO 304 -->
  <xsl:template name="format-304">
    <xsl:param name="iso"/>
    <xsl:variable name="date" select="translate(substring($iso, 1, 10), '-', '')"/>
    <xsl:variable name="time" select="translate(substring($iso, 12, 8), ':', '')"/>
    <xsl:variable name="rest" select="substring($iso, 20)"/>
    <xsl:variable name="zone">
      <xsl:choose>
        <xsl:when test="contains($rest, 'Z')">Z</xsl:when>
        <xsl:when test="contains($rest, '+')"><xsl:value-of select="concat('+', translate(substring-after($rest, '+'), ':', ''))"/></xsl:when>
        <xsl:when test="contains($rest, '-')"><xsl:value-of select="concat('-', translate(substring-after($rest, '-'), ':', ''))"/></xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="string-length($date) != 8 or string-length($time) != 6 or translate(concat($date, $time), '0123456789', '') != '' or (string-length($zone) != 1 and string-length($zone) != 5)">
      <xsl:message terminate="yes">CustomsResponse/DateTime/@iso or Envelope/ReceivedAt: expected an ISO 8601 date-time with a time zone, found '<xsl:value-of select="$iso"/>'</xsl:message>
    </xsl:if>
    <xsl:value-of select="concat($date, $time, $zone)"/>
  </xsl:template>
</xsl:stylesheet>
