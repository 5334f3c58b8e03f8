<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared XSLT 1.0 building blocks for mappings from the EDIFACT XML rendering
  (INTERFACES.md section 3: no namespace, SG<n> groups, D<number> elements, composites by id)
  to the UNI-PASS canonical model (urn:unipass:canonical:1).

  MASTER COPY. Mapping folders may only include files inside themselves, so every EDIFACT
  mapping folder carries an identical copy; Mappings/tools/sync-lib.sh copies it and
  Mappings/check.sh fails when a copy differs.

  What is here
  - the six engine parameters and the canonical Envelope;
  - one template per common segment (DTM, RFF, NAD+CTA/COM, LOC, MEA, MOA, QTY, CNT, FTX,
    GIS/GEI, TDT, EQD+SEL, DOC, CST, TAX, CUX, PAC/PCI, TOD) writing the shared canonical types;
  - the "nothing dropped" net: mode "leftover" reports values of a mapped segment that its template
    does not map, mode "unmapped" reports a whole segment (or group) nobody mapped. Both write
    <Unmapped segment="TAG" path="SG7[1]/SG8[2]/TSR[1]"><Value element="C536/D4065">...</Value>.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="urn:unipass:canonical:1">

  <xsl:include href="edifact-codes.xsl"/>

  <xsl:param name="messageId"/>
  <xsl:param name="receivedAt"/>
  <xsl:param name="sender"/>
  <xsl:param name="receiver"/>
  <xsl:param name="partnerCountry"/>
  <xsl:param name="sourceReference"/>

  <xsl:variable name="digits" select="'0123456789'"/>

  <!-- ============================ envelope ============================ -->

  <xsl:template name="envelope">
    <xsl:param name="documentType"/>
    <xsl:param name="mappingId"/>
    <xsl:param name="msg" select="."/>
    <xsl:variable name="ic" select="$msg/ancestor::Interchange[1]"/>
    <xsl:variable name="unhRef" select="string(($msg/@reference | $msg/UNH/D0062)[1])"/>
    <xsl:variable name="icRef" select="string(($ic/@controlReference | $ic/UNB/D0020)[1])"/>
    <Envelope>
      <MessageId>
        <xsl:choose>
          <xsl:when test="string($messageId)"><xsl:value-of select="$messageId"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat($icRef, '/', $unhRef)"/></xsl:otherwise>
        </xsl:choose>
      </MessageId>
      <DocumentType><xsl:value-of select="$documentType"/></DocumentType>
      <Source>
        <Format>edifact</Format>
        <MessageType><xsl:value-of select="($msg/@type | $msg/UNH/S009/D0065)[1]"/></MessageType>
        <Version>
          <xsl:choose>
            <xsl:when test="$msg/@version">
              <xsl:value-of select="concat($msg/@version, $msg/@release)"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="concat($msg/UNH/S009/D0052, $msg/UNH/S009/D0054)"/></xsl:otherwise>
          </xsl:choose>
        </Version>
        <xsl:variable name="assoc" select="string(($msg/@association | $msg/UNH/S009/D0057)[1])"/>
        <xsl:if test="$assoc"><Association><xsl:value-of select="$assoc"/></Association></xsl:if>
        <Reference>
          <xsl:choose>
            <xsl:when test="string($sourceReference)"><xsl:value-of select="$sourceReference"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$icRef"/></xsl:otherwise>
          </xsl:choose>
        </Reference>
        <xsl:if test="$icRef"><InterchangeReference><xsl:value-of select="$icRef"/></InterchangeReference></xsl:if>
        <xsl:if test="$unhRef"><MessageReference><xsl:value-of select="$unhRef"/></MessageReference></xsl:if>
        <Mapping><xsl:value-of select="$mappingId"/></Mapping>
      </Source>
      <Sender>
        <xsl:choose>
          <xsl:when test="string($sender)"><xsl:value-of select="$sender"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="($ic/@sender | $ic/UNB/S002/D0004)[1]"/></xsl:otherwise>
        </xsl:choose>
      </Sender>
      <Receiver>
        <xsl:choose>
          <xsl:when test="string($receiver)"><xsl:value-of select="$receiver"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="($ic/@recipient | $ic/UNB/S003/D0010)[1]"/></xsl:otherwise>
        </xsl:choose>
      </Receiver>
      <xsl:if test="string-length($partnerCountry) = 2">
        <PartnerCountry><xsl:value-of select="$partnerCountry"/></PartnerCountry>
      </xsl:if>
      <ReceivedAt>
        <xsl:choose>
          <xsl:when test="string($receivedAt)"><xsl:value-of select="$receivedAt"/></xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="unb-time"><xsl:with-param name="unb" select="$ic/UNB"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </ReceivedAt>
    </Envelope>
  </xsl:template>

  <!-- UNB preparation date/time as ISO 8601 (only used when the engine passed no receivedAt).
       Syntax 1-3 dates are YYMMDD: century 20 is assumed; syntax 4 dates are CCYYMMDD. -->
  <xsl:template name="unb-time">
    <xsl:param name="unb"/>
    <xsl:variable name="d" select="string($unb/S004/D0017)"/>
    <xsl:variable name="t" select="concat(string($unb/S004/D0019), '0000')"/>
    <xsl:variable name="ymd">
      <xsl:choose>
        <xsl:when test="string-length($d) = 8"><xsl:value-of select="$d"/></xsl:when>
        <xsl:when test="string-length($d) = 6"><xsl:value-of select="concat('20', $d)"/></xsl:when>
        <xsl:otherwise>19700101</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:value-of select="concat(substring($ymd,1,4), '-', substring($ymd,5,2), '-', substring($ymd,7,2),
                                 'T', substring($t,1,2), ':', substring($t,3,2), ':00Z')"/>
  </xsl:template>

  <!-- ============================ code helpers ============================ -->

  <!-- Readable name of a code: $list is a UNCL data element number ('1153') looked up in the
       generated tables, or a literal table '|code=Name|...' (then $fallback, a data element number,
       is tried when the code is not in it). "Unknown" for a code in no table, "Unspecified" when
       no code was sent. -->
  <xsl:template name="lookup">
    <xsl:param name="list"/>
    <xsl:param name="code"/>
    <xsl:param name="fallback" select="''"/>
    <xsl:choose>
      <xsl:when test="not(string($code))">Unspecified</xsl:when>
      <xsl:when test="starts-with($list, '|')">
        <xsl:variable name="literal" select="substring-before(substring-after($list, concat('|', $code, '=')), '|')"/>
        <xsl:choose>
          <xsl:when test="$literal"><xsl:value-of select="$literal"/></xsl:when>
          <xsl:when test="string($fallback)">
            <xsl:call-template name="uncl-lookup">
              <xsl:with-param name="list" select="$fallback"/><xsl:with-param name="c" select="string($code)"/><xsl:with-param name="unknown" select="'Unknown'"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>Unknown</xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="uncl-lookup">
          <xsl:with-param name="list" select="$list"/><xsl:with-param name="c" select="string($code)"/><xsl:with-param name="unknown" select="'Unknown'"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- type/typeCode/typeList attributes for the current literal result element. -->
  <xsl:template name="type-attributes">
    <xsl:param name="list"/>
    <xsl:param name="code"/>
    <xsl:param name="listName"/>
    <xsl:param name="fallback" select="''"/>
    <xsl:attribute name="type">
      <xsl:call-template name="lookup">
        <xsl:with-param name="list" select="$list"/>
        <xsl:with-param name="code" select="$code"/>
        <xsl:with-param name="fallback" select="$fallback"/>
      </xsl:call-template>
    </xsl:attribute>
    <xsl:if test="string($code)"><xsl:attribute name="typeCode"><xsl:value-of select="$code"/></xsl:attribute></xsl:if>
    <xsl:if test="string($listName)"><xsl:attribute name="typeList"><xsl:value-of select="$listName"/></xsl:attribute></xsl:if>
  </xsl:template>

  <!-- <Name name=".." list=".." listQualifier=".." listAgency="..">code</Name>, only when a code is present. -->
  <xsl:template name="code">
    <xsl:param name="element"/>
    <xsl:param name="code"/>
    <xsl:param name="list" select="''"/>
    <xsl:param name="listName" select="''"/>
    <xsl:param name="qualifier" select="''"/>
    <xsl:param name="agency" select="''"/>
    <xsl:if test="string($code)">
      <xsl:element name="{$element}" namespace="urn:unipass:canonical:1">
        <xsl:if test="string($list)">
          <xsl:attribute name="name">
            <xsl:call-template name="lookup">
              <xsl:with-param name="list" select="$list"/>
              <xsl:with-param name="code" select="$code"/>
            </xsl:call-template>
          </xsl:attribute>
        </xsl:if>
        <xsl:if test="string($listName)"><xsl:attribute name="list"><xsl:value-of select="$listName"/></xsl:attribute></xsl:if>
        <xsl:if test="string($qualifier)"><xsl:attribute name="listQualifier"><xsl:value-of select="$qualifier"/></xsl:attribute></xsl:if>
        <xsl:if test="string($agency)"><xsl:attribute name="listAgency"><xsl:value-of select="$agency"/></xsl:attribute></xsl:if>
        <xsl:value-of select="$code"/>
      </xsl:element>
    </xsl:if>
  </xsl:template>

  <!-- Code and/or text (e.g. C002: 1001 + 1000) as a CodeWithText element. -->
  <xsl:template name="code-with-text">
    <xsl:param name="element"/>
    <xsl:param name="code"/>
    <xsl:param name="texts" select="/.."/>
    <xsl:param name="list" select="''"/>
    <xsl:param name="listName" select="''"/>
    <xsl:param name="qualifier" select="''"/>
    <xsl:param name="agency" select="''"/>
    <xsl:if test="string($code) or $texts[string(.)]">
      <xsl:element name="{$element}" namespace="urn:unipass:canonical:1">
        <xsl:call-template name="code">
          <xsl:with-param name="element" select="'Code'"/>
          <xsl:with-param name="code" select="$code"/>
          <xsl:with-param name="list" select="$list"/>
          <xsl:with-param name="listName" select="$listName"/>
          <xsl:with-param name="qualifier" select="$qualifier"/>
          <xsl:with-param name="agency" select="$agency"/>
        </xsl:call-template>
        <xsl:for-each select="$texts[string(.)]"><Text><xsl:value-of select="."/></Text></xsl:for-each>
      </xsl:element>
    </xsl:if>
  </xsl:template>

  <!-- An Identifier-typed element with scheme attributes (1131/3055). -->
  <xsl:template name="identifier">
    <xsl:param name="element"/>
    <xsl:param name="value"/>
    <xsl:param name="qualifier" select="''"/>
    <xsl:param name="agency" select="''"/>
    <xsl:if test="string($value)">
      <xsl:element name="{$element}" namespace="urn:unipass:canonical:1">
        <xsl:if test="string($qualifier)"><xsl:attribute name="schemeCode"><xsl:value-of select="$qualifier"/></xsl:attribute></xsl:if>
        <xsl:if test="string($agency)"><xsl:attribute name="agency"><xsl:value-of select="$agency"/></xsl:attribute></xsl:if>
        <xsl:value-of select="$value"/>
      </xsl:element>
    </xsl:if>
  </xsl:template>

  <xsl:template name="optional">
    <xsl:param name="element"/>
    <xsl:param name="value"/>
    <xsl:if test="string($value)">
      <xsl:element name="{$element}" namespace="urn:unipass:canonical:1"><xsl:value-of select="$value"/></xsl:element>
    </xsl:if>
  </xsl:template>

  <!-- EDIFACT numbers may use a decimal comma; canonical decimals use a point. -->
  <xsl:template name="decimal">
    <xsl:param name="value"/>
    <xsl:value-of select="translate(normalize-space($value), ',', '.')"/>
  </xsl:template>

  <!-- ============================ DTM ============================ -->

  <xsl:template match="DTM" mode="canonical">
    <xsl:variable name="v" select="string(C507/D2380)"/>
    <xsl:variable name="f" select="string(C507/D2379)"/>
    <DateTime>
      <xsl:call-template name="type-attributes">
        <xsl:with-param name="list" select="'2005'"/>
        <xsl:with-param name="code" select="string(C507/D2005)"/>
      </xsl:call-template>
      <xsl:if test="$f"><xsl:attribute name="format"><xsl:value-of select="$f"/></xsl:attribute></xsl:if>
      <xsl:if test="translate($v, $digits, '') = ''">
        <xsl:choose>
          <xsl:when test="$f = '102' and string-length($v) = 8">
            <xsl:attribute name="iso"><xsl:value-of select="concat(substring($v,1,4),'-',substring($v,5,2),'-',substring($v,7,2))"/></xsl:attribute>
          </xsl:when>
          <xsl:when test="$f = '203' and string-length($v) = 12">
            <xsl:attribute name="iso"><xsl:value-of select="concat(substring($v,1,4),'-',substring($v,5,2),'-',substring($v,7,2),'T',substring($v,9,2),':',substring($v,11,2))"/></xsl:attribute>
          </xsl:when>
          <xsl:when test="$f = '204' and string-length($v) = 14">
            <xsl:attribute name="iso"><xsl:value-of select="concat(substring($v,1,4),'-',substring($v,5,2),'-',substring($v,7,2),'T',substring($v,9,2),':',substring($v,11,2),':',substring($v,13,2))"/></xsl:attribute>
          </xsl:when>
        </xsl:choose>
      </xsl:if>
      <xsl:value-of select="$v"/>
    </DateTime>
  </xsl:template>
  <xsl:template match="DTM" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|C507/D2005|C507/D2380|C507/D2379|'"/></xsl:call-template>
  </xsl:template>

  <!-- ============================ RFF ============================ -->

  <!-- Reference from RFF; $dates: DTM segments belonging to it (same group). -->
  <xsl:template match="RFF" mode="canonical">
    <xsl:param name="element" select="'Reference'"/>
    <xsl:param name="dates" select="/.."/>
    <xsl:param name="locations" select="/.."/>
    <xsl:element name="{$element}" namespace="urn:unipass:canonical:1">
      <xsl:call-template name="type-attributes">
        <xsl:with-param name="list" select="'1153'"/>
        <xsl:with-param name="code" select="string(C506/D1153)"/>
      </xsl:call-template>
      <xsl:if test="string(C506/D1154)"><Identifier><xsl:value-of select="C506/D1154"/></Identifier></xsl:if>
      <xsl:if test="string(C506/D1156)"><LineNumber><xsl:value-of select="C506/D1156"/></LineNumber></xsl:if>
      <xsl:if test="string(C506/D4000)"><Version><xsl:value-of select="C506/D4000"/></Version></xsl:if>
      <xsl:if test="string(C506/D1060)"><Revision><xsl:value-of select="C506/D1060"/></Revision></xsl:if>
      <xsl:apply-templates select="$dates" mode="canonical"/>
      <xsl:apply-templates select="$locations" mode="canonical"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="RFF" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|C506/D1153|C506/D1154|C506/D1156|C506/D4000|C506/D1060|'"/></xsl:call-template>
  </xsl:template>

  <!-- ============================ NAD / CTA / COM ============================ -->

  <!-- Party from NAD. $contacts: CTA segments (each takes the COMs that follow it up to the next CTA
       within $coms); $coms: COM segments; $references, $dates: RFF/DTM of the party. -->
  <xsl:template match="NAD" mode="canonical">
    <xsl:param name="element" select="'Party'"/>
    <xsl:param name="contacts" select="/.."/>
    <xsl:param name="coms" select="/.."/>
    <xsl:param name="references" select="/.."/>
    <xsl:param name="dates" select="/.."/>
    <xsl:param name="unmapped" select="/.."/>
    <xsl:element name="{$element}" namespace="urn:unipass:canonical:1">
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
      <xsl:for-each select="C080/D3036[string(.)]"><Name><xsl:value-of select="."/></Name></xsl:for-each>
      <xsl:if test="string(C080/D3045)"><NameFormat><xsl:value-of select="C080/D3045"/></NameFormat></xsl:if>
      <xsl:call-template name="nad-address"/>
      <xsl:call-template name="contacts">
        <xsl:with-param name="contacts" select="$contacts"/>
        <xsl:with-param name="coms" select="$coms"/>
      </xsl:call-template>
      <!-- COM without CTA: the party's own numbers (C076; E2/E3 are further C076 written with the
           element separator instead of the repetition separator, as API guide senders often do) -->
      <xsl:if test="not($contacts)">
        <xsl:for-each select="$coms/C076 | $coms/E2[C1] | $coms/E3[C1]"><xsl:call-template name="communication"/></xsl:for-each>
      </xsl:if>
      <xsl:apply-templates select="$references" mode="canonical"/>
      <xsl:apply-templates select="$dates" mode="canonical"/>
      <xsl:apply-templates select=". | $contacts | $coms | $references | $dates" mode="leftover"/>
      <xsl:apply-templates select="$unmapped" mode="unmapped"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="NAD" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D3035|C082/D3039|C082/D1131|C082/D3055|C058/D3124|C080/D3036|C080/D3045|C059/D3042|D3164|D3229|C819/D3229|C819/D1131|C819/D3055|C819/D3228|D3251|D3207|'"/></xsl:call-template>
  </xsl:template>

  <!-- Address parts of a NAD (context: NAD). -->
  <xsl:template name="nad-address">
    <xsl:if test="C058/D3124[string(.)] or C059/D3042[string(.)] or string(D3164) or string(D3229) or C819/*[string(.)] or string(D3251) or string(D3207)">
      <Address>
        <xsl:for-each select="C058/D3124[string(.)]"><Line><xsl:value-of select="."/></Line></xsl:for-each>
        <xsl:for-each select="C059/D3042[string(.)]"><Street><xsl:value-of select="."/></Street></xsl:for-each>
        <xsl:if test="string(D3164)"><City><xsl:value-of select="D3164"/></City></xsl:if>
        <xsl:if test="string((D3229 | C819/D3229 | C819/D3228)[string(.)][1])"><CountrySubdivision><xsl:value-of select="(D3229 | C819/D3229 | C819/D3228)[string(.)][1]"/></CountrySubdivision></xsl:if>
        <xsl:if test="string(D3251)"><PostalCode><xsl:value-of select="D3251"/></PostalCode></xsl:if>
        <xsl:if test="string(D3207)"><Country><xsl:value-of select="D3207"/></Country></xsl:if>
      </Address>
    </xsl:if>
  </xsl:template>

  <xsl:template name="contacts">
    <xsl:param name="contacts" select="/.."/>
    <xsl:param name="coms" select="/.."/>
    <xsl:for-each select="$contacts">
      <xsl:variable name="cta" select="."/>
      <Contact>
        <xsl:call-template name="code">
          <xsl:with-param name="element" select="'Function'"/>
          <xsl:with-param name="code" select="string(D3139)"/>
          <xsl:with-param name="list" select="'3139'"/>
          <xsl:with-param name="listName" select="'UNCL 3139'"/>
        </xsl:call-template>
        <xsl:if test="string(C056/D3413)"><Identifier><xsl:value-of select="C056/D3413"/></Identifier></xsl:if>
        <xsl:if test="string(C056/D3412)"><Name><xsl:value-of select="C056/D3412"/></Name></xsl:if>
        <!-- the COMs after this CTA and before the next one -->
        <xsl:for-each select="$coms[generate-id(preceding-sibling::CTA[1]) = generate-id($cta)]/C076">
          <xsl:call-template name="communication"/>
        </xsl:for-each>
      </Contact>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="communication">
    <xsl:variable name="channel" select="string(D3155 | C2)"/>
    <Communication>
      <xsl:attribute name="channel">
        <xsl:call-template name="lookup">
          <xsl:with-param name="list" select="'3155'"/>
          <xsl:with-param name="code" select="$channel"/>
        </xsl:call-template>
      </xsl:attribute>
      <xsl:if test="$channel"><xsl:attribute name="channelCode"><xsl:value-of select="$channel"/></xsl:attribute></xsl:if>
      <xsl:value-of select="D3148 | C1"/>
    </Communication>
  </xsl:template>

  <xsl:template match="CTA" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D3139|C056/D3413|C056/D3412|'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="COM" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="concat('|C076/D3148|C076/D3155|', substring('E2/C1|E2/C2|E3/C1|E3/C2|', 1, 24 * number(not(preceding-sibling::CTA or following-sibling::CTA))))"/></xsl:call-template>
  </xsl:template>

  <!-- ============================ LOC ============================ -->

  <xsl:template match="LOC" mode="canonical">
    <xsl:param name="dates" select="/.."/>
    <Location>
      <xsl:call-template name="type-attributes">
        <xsl:with-param name="list" select="'3227'"/>
        <xsl:with-param name="code" select="string(D3227)"/>
      </xsl:call-template>
      <xsl:call-template name="identifier">
        <xsl:with-param name="element" select="'Identification'"/>
        <xsl:with-param name="value" select="C517/D3225"/>
        <xsl:with-param name="qualifier" select="C517/D1131"/>
        <xsl:with-param name="agency" select="C517/D3055"/>
      </xsl:call-template>
      <xsl:if test="string(C517/D3224)"><Name><xsl:value-of select="C517/D3224"/></Name></xsl:if>
      <xsl:for-each select="C519[*[string(.)]]">
        <RelatedLocation level="1">
          <xsl:call-template name="identifier">
            <xsl:with-param name="element" select="'Identification'"/>
            <xsl:with-param name="value" select="D3223"/>
            <xsl:with-param name="qualifier" select="D1131"/>
            <xsl:with-param name="agency" select="D3055"/>
          </xsl:call-template>
          <xsl:if test="string(D3222)"><Name><xsl:value-of select="D3222"/></Name></xsl:if>
        </RelatedLocation>
      </xsl:for-each>
      <xsl:for-each select="C553[*[string(.)]]">
        <RelatedLocation level="2">
          <xsl:call-template name="identifier">
            <xsl:with-param name="element" select="'Identification'"/>
            <xsl:with-param name="value" select="D3233"/>
            <xsl:with-param name="qualifier" select="D1131"/>
            <xsl:with-param name="agency" select="D3055"/>
          </xsl:call-template>
          <xsl:if test="string(D3232)"><Name><xsl:value-of select="D3232"/></Name></xsl:if>
        </RelatedLocation>
      </xsl:for-each>
      <xsl:call-template name="code">
        <xsl:with-param name="element" select="'Relation'"/>
        <xsl:with-param name="code" select="string(D5479)"/>
        <xsl:with-param name="listName" select="'UNCL 5479'"/>
      </xsl:call-template>
      <xsl:apply-templates select="$dates" mode="canonical"/>
    </Location>
  </xsl:template>
  <xsl:template match="LOC" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D3227|C517/D3225|C517/D1131|C517/D3055|C517/D3224|C519/D3223|C519/D1131|C519/D3055|C519/D3222|C553/D3233|C553/D1131|C553/D3055|C553/D3232|D5479|'"/></xsl:call-template>
  </xsl:template>

  <!-- ============================ MEA / MOA / QTY / CNT ============================ -->

  <xsl:template match="MEA" mode="canonical">
    <Measure>
      <xsl:call-template name="type-attributes">
        <xsl:with-param name="list" select="'6311'"/>
        <xsl:with-param name="code" select="string(D6311)"/>
      </xsl:call-template>
      <xsl:if test="string(C502/D6313)">
        <xsl:attribute name="dimension">
          <xsl:call-template name="lookup">
            <xsl:with-param name="list" select="'6313'"/>
            <xsl:with-param name="code" select="string(C502/D6313)"/>
          </xsl:call-template>
        </xsl:attribute>
        <xsl:attribute name="dimensionCode"><xsl:value-of select="C502/D6313"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="string(C502/D6321)"><xsl:attribute name="significance"><xsl:value-of select="C502/D6321"/></xsl:attribute></xsl:if>
      <xsl:if test="string(C502/D6155) or string(C502/D6154)">
        <xsl:attribute name="attribute"><xsl:value-of select="normalize-space(concat(C502/D6155, ' ', C502/D6154))"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="string(C174/D6411)"><xsl:attribute name="unit"><xsl:value-of select="C174/D6411"/></xsl:attribute></xsl:if>
      <xsl:if test="string(C174/D6162)">
        <xsl:attribute name="minimum"><xsl:call-template name="decimal"><xsl:with-param name="value" select="C174/D6162"/></xsl:call-template></xsl:attribute>
      </xsl:if>
      <xsl:if test="string(C174/D6152)">
        <xsl:attribute name="maximum"><xsl:call-template name="decimal"><xsl:with-param name="value" select="C174/D6152"/></xsl:call-template></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="decimal"><xsl:with-param name="value" select="C174/D6314"/></xsl:call-template>
    </Measure>
  </xsl:template>
  <xsl:template match="MEA" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D6311|C502/D6313|C502/D6321|C502/D6155|C502/D6154|C174/D6411|C174/D6314|C174/D6162|C174/D6152|'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="MOA" mode="canonical">
    <Amount>
      <xsl:call-template name="type-attributes">
        <xsl:with-param name="list" select="'5025'"/>
        <xsl:with-param name="code" select="string(C516/D5025)"/>
      </xsl:call-template>
      <xsl:if test="string(C516/D6345)"><xsl:attribute name="currency"><xsl:value-of select="C516/D6345"/></xsl:attribute></xsl:if>
      <xsl:if test="string(C516/D6343)"><xsl:attribute name="currencyQualifier"><xsl:value-of select="C516/D6343"/></xsl:attribute></xsl:if>
      <xsl:if test="string(C516/D4405)"><xsl:attribute name="status"><xsl:value-of select="C516/D4405"/></xsl:attribute></xsl:if>
      <xsl:call-template name="decimal"><xsl:with-param name="value" select="C516/D5004"/></xsl:call-template>
    </Amount>
  </xsl:template>
  <xsl:template match="MOA" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|C516/D5025|C516/D5004|C516/D6345|C516/D6343|C516/D4405|'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="QTY" mode="canonical">
    <Quantity>
      <xsl:call-template name="type-attributes">
        <xsl:with-param name="list" select="'6063'"/>
        <xsl:with-param name="code" select="string(C186/D6063)"/>
      </xsl:call-template>
      <xsl:if test="string(C186/D6411)"><xsl:attribute name="unit"><xsl:value-of select="C186/D6411"/></xsl:attribute></xsl:if>
      <xsl:call-template name="decimal"><xsl:with-param name="value" select="C186/D6060"/></xsl:call-template>
    </Quantity>
  </xsl:template>
  <xsl:template match="QTY" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|C186/D6063|C186/D6060|C186/D6411|'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="CNT" mode="canonical">
    <xsl:param name="element" select="'ControlTotal'"/>
    <xsl:element name="{$element}" namespace="urn:unipass:canonical:1">
      <xsl:call-template name="type-attributes">
        <xsl:with-param name="list" select="'6069'"/>
        <xsl:with-param name="code" select="string(C270/D6069)"/>
      </xsl:call-template>
      <xsl:if test="string(C270/D6411)"><xsl:attribute name="unit"><xsl:value-of select="C270/D6411"/></xsl:attribute></xsl:if>
      <xsl:call-template name="decimal"><xsl:with-param name="value" select="C270/D6066"/></xsl:call-template>
    </xsl:element>
  </xsl:template>
  <xsl:template match="CNT" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|C270/D6069|C270/D6066|C270/D6411|'"/></xsl:call-template>
  </xsl:template>

  <!-- ============================ FTX ============================ -->

  <xsl:template match="FTX" mode="canonical">
    <xsl:param name="element" select="'FreeText'"/>
    <xsl:element name="{$element}" namespace="urn:unipass:canonical:1">
      <xsl:call-template name="type-attributes">
        <xsl:with-param name="list" select="'4451'"/>
        <xsl:with-param name="code" select="string(D4451)"/>
      </xsl:call-template>
      <xsl:if test="string(D4453)"><xsl:attribute name="function"><xsl:value-of select="D4453"/></xsl:attribute></xsl:if>
      <xsl:if test="string(D3453)"><xsl:attribute name="language"><xsl:value-of select="D3453"/></xsl:attribute></xsl:if>
      <xsl:call-template name="code">
        <xsl:with-param name="element" select="'TextReference'"/>
        <xsl:with-param name="code" select="string(C107/D4441)"/>
        <xsl:with-param name="qualifier" select="string(C107/D1131)"/>
        <xsl:with-param name="agency" select="string(C107/D3055)"/>
      </xsl:call-template>
      <xsl:for-each select="C108/D4440[string(.)]"><Text><xsl:value-of select="."/></Text></xsl:for-each>
    </xsl:element>
  </xsl:template>
  <xsl:template match="FTX" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D4451|D4453|C107/D4441|C107/D1131|C107/D3055|C108/D4440|D3453|'"/></xsl:call-template>
  </xsl:template>

  <!-- ============================ GIS (D.96B) / GEI (D.03B and later) ============================ -->

  <xsl:template match="GIS" mode="canonical">
    <Indicator type="ProcessingIndicator">
      <xsl:call-template name="code">
        <xsl:with-param name="element" select="'Code'"/>
        <xsl:with-param name="code" select="string(C529/D7365)"/>
        <xsl:with-param name="list" select="'7365'"/>
        <xsl:with-param name="listName" select="'UNCL 7365'"/>
        <xsl:with-param name="qualifier" select="string(C529/D1131)"/>
        <xsl:with-param name="agency" select="string(C529/D3055)"/>
      </xsl:call-template>
      <xsl:if test="string(C529/D7187)"><ProcessType><xsl:value-of select="C529/D7187"/></ProcessType></xsl:if>
    </Indicator>
  </xsl:template>
  <xsl:template match="GIS" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|C529/D7365|C529/D1131|C529/D3055|C529/D7187|'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="GEI" mode="canonical">
    <Indicator>
      <xsl:attribute name="type">
        <xsl:call-template name="lookup"><xsl:with-param name="list" select="'9649'"/><xsl:with-param name="code" select="string(D9649)"/></xsl:call-template>
      </xsl:attribute>
      <xsl:if test="string(D9649)"><xsl:attribute name="typeCode"><xsl:value-of select="D9649"/></xsl:attribute></xsl:if>
      <xsl:attribute name="typeList">UNCL 9649</xsl:attribute>
      <xsl:call-template name="code">
        <xsl:with-param name="element" select="'Code'"/>
        <xsl:with-param name="code" select="string(C012/D7365)"/>
        <xsl:with-param name="list" select="'7365'"/>
        <xsl:with-param name="listName" select="'UNCL 7365'"/>
        <xsl:with-param name="qualifier" select="string(C012/D1131)"/>
        <xsl:with-param name="agency" select="string(C012/D3055)"/>
      </xsl:call-template>
      <xsl:if test="string(D7187)"><ProcessType><xsl:value-of select="D7187"/></ProcessType></xsl:if>
      <xsl:if test="string(C012/D7364)"><Text><xsl:value-of select="C012/D7364"/></Text></xsl:if>
    </Indicator>
  </xsl:template>
  <xsl:template match="GEI" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D9649|C012/D7365|C012/D1131|C012/D3055|C012/D7364|D7187|'"/></xsl:call-template>
  </xsl:template>

  <!-- ============================ TDT ============================ -->

  <!-- TransportMeans (or $element) from TDT plus the segments of its group. -->
  <xsl:template match="TDT" mode="canonical">
    <xsl:param name="element" select="'TransportMeans'"/>
    <xsl:param name="sequence" select="''"/>
    <xsl:param name="locations" select="/.."/>
    <xsl:param name="locationGroups" select="/.."/>
    <xsl:param name="dates" select="/.."/>
    <xsl:param name="measures" select="/.."/>
    <xsl:param name="references" select="/.."/>
    <xsl:param name="texts" select="/.."/>
    <xsl:param name="unmapped" select="/.."/>
    <xsl:element name="{$element}" namespace="urn:unipass:canonical:1">
      <xsl:if test="string($sequence)"><xsl:attribute name="sequence"><xsl:value-of select="$sequence"/></xsl:attribute></xsl:if>
      <xsl:call-template name="code">
        <xsl:with-param name="element" select="'Stage'"/>
        <xsl:with-param name="code" select="string(D8051)"/>
        <xsl:with-param name="list" select="'8051'"/>
        <xsl:with-param name="listName" select="'UNCL 8051'"/>
      </xsl:call-template>
      <xsl:if test="string(D8028)"><JourneyNumber><xsl:value-of select="D8028"/></JourneyNumber></xsl:if>
      <xsl:call-template name="code-with-text">
        <xsl:with-param name="element" select="'Mode'"/>
        <xsl:with-param name="code" select="string(C220/D8067)"/>
        <xsl:with-param name="texts" select="C220/D8066"/>
        <xsl:with-param name="list" select="'8067'"/>
        <xsl:with-param name="listName" select="'UNECE Rec 19'"/>
      </xsl:call-template>
      <xsl:variable name="means" select="C228 | C001"/>
      <xsl:call-template name="code-with-text">
        <xsl:with-param name="element" select="'MeansType'"/>
        <xsl:with-param name="code" select="string($means/D8179)"/>
        <xsl:with-param name="texts" select="$means/D8178"/>
        <xsl:with-param name="listName" select="'UNECE Rec 28'"/>
        <xsl:with-param name="qualifier" select="string($means/D1131)"/>
        <xsl:with-param name="agency" select="string($means/D3055)"/>
      </xsl:call-template>
      <xsl:if test="C040/*[string(.)]">
        <Carrier>
          <xsl:call-template name="identifier">
            <xsl:with-param name="element" select="'Identification'"/>
            <xsl:with-param name="value" select="C040/D3127"/>
            <xsl:with-param name="qualifier" select="C040/D1131"/>
            <xsl:with-param name="agency" select="C040/D3055"/>
          </xsl:call-template>
          <xsl:if test="string(C040/D3128)"><Name><xsl:value-of select="C040/D3128"/></Name></xsl:if>
        </Carrier>
      </xsl:if>
      <xsl:call-template name="code">
        <xsl:with-param name="element" select="'TransitDirection'"/>
        <xsl:with-param name="code" select="string(D8101)"/>
        <xsl:with-param name="list" select="'8101'"/>
        <xsl:with-param name="listName" select="'UNCL 8101'"/>
      </xsl:call-template>
      <xsl:call-template name="code"><xsl:with-param name="element" select="'ExcessTransportation'"/><xsl:with-param name="code" select="string(C401/D8457)"/><xsl:with-param name="listName" select="'UNCL 8457'"/></xsl:call-template>
      <xsl:call-template name="code"><xsl:with-param name="element" select="'ExcessTransportation'"/><xsl:with-param name="code" select="string(C401/D8459)"/><xsl:with-param name="listName" select="'UNCL 8459'"/></xsl:call-template>
      <xsl:call-template name="code"><xsl:with-param name="element" select="'ExcessTransportation'"/><xsl:with-param name="code" select="string(C401/D7130)"/><xsl:with-param name="listName" select="'7130 customer authorisation'"/></xsl:call-template>
      <xsl:call-template name="identifier">
        <xsl:with-param name="element" select="'Identification'"/>
        <xsl:with-param name="value" select="C222/D8213"/>
        <xsl:with-param name="qualifier" select="C222/D1131"/>
        <xsl:with-param name="agency" select="C222/D3055"/>
      </xsl:call-template>
      <xsl:if test="string(C222/D8212)"><Name><xsl:value-of select="C222/D8212"/></Name></xsl:if>
      <xsl:if test="string(C222/D8453)"><Nationality><xsl:value-of select="C222/D8453"/></Nationality></xsl:if>
      <xsl:call-template name="code">
        <xsl:with-param name="element" select="'Ownership'"/>
        <xsl:with-param name="code" select="string(D8281)"/>
        <xsl:with-param name="list" select="'8281'"/>
        <xsl:with-param name="listName" select="'UNCL 8281'"/>
      </xsl:call-template>
      <xsl:apply-templates select="$locations" mode="canonical"/>
      <xsl:for-each select="$locationGroups">
        <xsl:apply-templates select="LOC" mode="canonical"><xsl:with-param name="dates" select="DTM"/></xsl:apply-templates>
      </xsl:for-each>
      <xsl:apply-templates select="$dates" mode="canonical"/>
      <xsl:apply-templates select="$measures" mode="canonical"/>
      <xsl:apply-templates select="$references" mode="canonical"/>
      <xsl:apply-templates select="$texts" mode="canonical"/>
      <xsl:apply-templates select=". | $locations | $locationGroups/LOC | $locationGroups/DTM | $dates | $measures | $references | $texts" mode="leftover"/>
      <xsl:apply-templates select="$unmapped | $locationGroups/*[not(self::LOC or self::DTM)]" mode="unmapped"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="TDT" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D8051|D8028|C220/D8067|C220/D8066|C228/D8179|C228/D8178|C228/D1131|C228/D3055|C001/D8179|C001/D1131|C001/D3055|C001/D8178|C040/D3127|C040/D1131|C040/D3055|C040/D3128|D8101|C401/D8457|C401/D8459|C401/D7130|C222/D8213|C222/D1131|C222/D3055|C222/D8212|C222/D8453|D8281|'"/></xsl:call-template>
  </xsl:template>

  <!-- ============================ EQD / SEL ============================ -->

  <xsl:template match="EQD" mode="canonical">
    <xsl:param name="measures" select="/.."/>
    <xsl:param name="seals" select="/.."/>
    <xsl:param name="parties" select="/.."/>
    <xsl:param name="indicators" select="/.."/>
    <xsl:param name="locations" select="/.."/>
    <xsl:param name="unmapped" select="/.."/>
    <Equipment>
      <xsl:call-template name="type-attributes">
        <xsl:with-param name="list" select="'8053'"/>
        <xsl:with-param name="code" select="string(D8053)"/>
      </xsl:call-template>
      <xsl:call-template name="identifier">
        <xsl:with-param name="element" select="'Identification'"/>
        <xsl:with-param name="value" select="C237/D8260"/>
        <xsl:with-param name="qualifier" select="C237/D1131"/>
        <xsl:with-param name="agency" select="C237/D3055"/>
      </xsl:call-template>
      <xsl:if test="string(C237/D3207)"><IdentificationCountry><xsl:value-of select="C237/D3207"/></IdentificationCountry></xsl:if>
      <xsl:call-template name="code-with-text">
        <xsl:with-param name="element" select="'SizeType'"/>
        <xsl:with-param name="code" select="string(C224/D8155)"/>
        <xsl:with-param name="texts" select="C224/D8154"/>
        <xsl:with-param name="listName" select="'ISO 6346'"/>
        <xsl:with-param name="qualifier" select="string(C224/D1131)"/>
        <xsl:with-param name="agency" select="string(C224/D3055)"/>
      </xsl:call-template>
      <xsl:call-template name="code"><xsl:with-param name="element" select="'Supplier'"/><xsl:with-param name="code" select="string(D8077)"/><xsl:with-param name="list" select="'8077'"/><xsl:with-param name="listName" select="'UNCL 8077'"/></xsl:call-template>
      <xsl:call-template name="code"><xsl:with-param name="element" select="'Status'"/><xsl:with-param name="code" select="string(D8249)"/><xsl:with-param name="list" select="'8249'"/><xsl:with-param name="listName" select="'UNCL 8249'"/></xsl:call-template>
      <xsl:call-template name="code"><xsl:with-param name="element" select="'FullEmpty'"/><xsl:with-param name="code" select="string(D8169)"/><xsl:with-param name="list" select="'8169'"/><xsl:with-param name="listName" select="'UNCL 8169'"/></xsl:call-template>
      <xsl:apply-templates select="$measures" mode="canonical"/>
      <xsl:apply-templates select="$seals" mode="canonical"/>
      <xsl:apply-templates select="$parties" mode="canonical"/>
      <xsl:apply-templates select="$indicators" mode="canonical"/>
      <xsl:apply-templates select="$locations" mode="canonical"/>
      <xsl:apply-templates select=". | $measures | $seals | $indicators | $locations" mode="leftover"/>
      <xsl:apply-templates select="$unmapped" mode="unmapped"/>
    </Equipment>
  </xsl:template>
  <xsl:template match="EQD" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D8053|C237/D8260|C237/D1131|C237/D3055|C237/D3207|C224/D8155|C224/D1131|C224/D3055|C224/D8154|D8077|D8249|D8169|'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="SEL" mode="canonical">
    <Seal>
      <Identifier><xsl:value-of select="D9308"/></Identifier>
      <xsl:call-template name="code-with-text">
        <xsl:with-param name="element" select="'Issuer'"/>
        <xsl:with-param name="code" select="string(C215/D9303)"/>
        <xsl:with-param name="texts" select="C215/D9302"/>
        <xsl:with-param name="list" select="'9303'"/>
        <xsl:with-param name="listName" select="'UNCL 9303'"/>
        <xsl:with-param name="qualifier" select="string(C215/D1131)"/>
        <xsl:with-param name="agency" select="string(C215/D3055)"/>
      </xsl:call-template>
      <xsl:call-template name="code"><xsl:with-param name="element" select="'Condition'"/><xsl:with-param name="code" select="string(D4517)"/><xsl:with-param name="list" select="'4517'"/><xsl:with-param name="listName" select="'UNCL 4517'"/></xsl:call-template>
    </Seal>
  </xsl:template>
  <xsl:template match="SEL" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D9308|C215/D9303|C215/D1131|C215/D3055|C215/D9302|D4517|'"/></xsl:call-template>
  </xsl:template>

  <!-- ============================ DOC ============================ -->

  <xsl:template match="DOC" mode="canonical">
    <xsl:param name="element" select="'Document'"/>
    <xsl:param name="codes" select="'1001'"/>
    <xsl:param name="fallback" select="''"/>
    <xsl:param name="dates" select="/.."/>
    <xsl:param name="locations" select="/.."/>
    <xsl:param name="parties" select="/.."/>
    <xsl:param name="indicators" select="/.."/>
    <xsl:param name="references" select="/.."/>
    <xsl:param name="quantities" select="/.."/>
    <xsl:param name="unmapped" select="/.."/>
    <xsl:element name="{$element}" namespace="urn:unipass:canonical:1">
      <xsl:call-template name="type-attributes">
        <xsl:with-param name="list" select="$codes"/>
        <xsl:with-param name="fallback" select="$fallback"/>
        <xsl:with-param name="code" select="string(C002/D1001)"/>
      </xsl:call-template>
      <xsl:if test="string(C002/D1131)"><xsl:attribute name="list"><xsl:value-of select="C002/D1131"/></xsl:attribute></xsl:if>
      <xsl:if test="string(C002/D3055)"><xsl:attribute name="listAgency"><xsl:value-of select="C002/D3055"/></xsl:attribute></xsl:if>
      <xsl:if test="string(C002/D1000)"><Name><xsl:value-of select="C002/D1000"/></Name></xsl:if>
      <xsl:if test="string((C503/D1004 | D1004)[string(.)][1])"><Identifier><xsl:value-of select="(C503/D1004 | D1004)[string(.)][1]"/></Identifier></xsl:if>
      <xsl:call-template name="code"><xsl:with-param name="element" select="'Status'"/><xsl:with-param name="code" select="string(C503/D1373)"/><xsl:with-param name="list" select="'1373'"/><xsl:with-param name="listName" select="'UNCL 1373'"/></xsl:call-template>
      <xsl:if test="string(C503/D1366)"><Source><xsl:value-of select="C503/D1366"/></Source></xsl:if>
      <xsl:if test="string(C503/D3453)"><Language><xsl:value-of select="C503/D3453"/></Language></xsl:if>
      <xsl:if test="string(D1220)"><Copies><xsl:value-of select="D1220"/></Copies></xsl:if>
      <xsl:if test="string(D1218)"><Originals><xsl:value-of select="D1218"/></Originals></xsl:if>
      <xsl:apply-templates select="$dates" mode="canonical"/>
      <xsl:apply-templates select="$locations" mode="canonical"/>
      <xsl:apply-templates select="$parties" mode="canonical"/>
      <xsl:apply-templates select="$indicators" mode="canonical"/>
      <xsl:apply-templates select="$references" mode="canonical"/>
      <xsl:apply-templates select="$quantities" mode="canonical"/>
      <xsl:apply-templates select=". | $dates | $locations | $indicators | $references | $quantities" mode="leftover"/>
      <xsl:apply-templates select="$unmapped" mode="unmapped"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="DOC" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|C002/D1001|C002/D1131|C002/D3055|C002/D1000|C503/D1004|D1004|C503/D1373|C503/D1366|C503/D3453|D1220|D1218|'"/></xsl:call-template>
  </xsl:template>

  <!-- ============================ CST: classification codes ============================ -->

  <!-- Every C246 of a CST as a Classification, keeping 1131/3055. The scheme is read from 1131
       (169 HS, 108 tariff schedule, 122 commodity, 117 customs procedure...); without 1131 a code of
       6 digits is taken as HS and one of 7-12 digits as a national tariff code, and schemeCode stays
       absent so the inference is visible. -->
  <xsl:template match="CST" mode="classifications">
    <xsl:param name="element" select="'Classification'"/>
    <xsl:for-each select="C246[string(D7361)]">
      <xsl:variable name="q" select="string(D1131)"/>
      <xsl:variable name="v" select="string(D7361)"/>
      <xsl:variable name="plain" select="translate($v, '. ', '')"/>
      <xsl:element name="{$element}" namespace="urn:unipass:canonical:1">
        <xsl:attribute name="scheme">
          <xsl:choose>
            <xsl:when test="$q = '169'">HS</xsl:when>
            <xsl:when test="$q = '108'">NationalTariff</xsl:when>
            <xsl:when test="$q = '122'">Commodity</xsl:when>
            <xsl:when test="$q = '117'">CustomsProcedure</xsl:when>
            <xsl:when test="$q = '120'">CustomsStatusOfGoods</xsl:when>
            <xsl:when test="$q = '116'">CustomsPreference</xsl:when>
            <xsl:when test="$q = '105'">CustomsDeclarationType</xsl:when>
            <xsl:when test="$q = '110'">CustomsSpecialCode</xsl:when>
            <xsl:when test="$q = '109'">CustomsIndicator</xsl:when>
            <xsl:when test="$q = '39'">RailUnifiedNomenclature</xsl:when>
            <xsl:when test="string($q)"><xsl:value-of select="concat('CodeList', $q)"/></xsl:when>
            <xsl:when test="translate($plain, $digits, '') = '' and string-length($plain) = 6">HS</xsl:when>
            <xsl:when test="translate($plain, $digits, '') = '' and string-length($plain) &gt;= 7 and string-length($plain) &lt;= 12">NationalTariff</xsl:when>
            <xsl:otherwise>Unspecified</xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <xsl:if test="$q"><xsl:attribute name="schemeCode"><xsl:value-of select="$q"/></xsl:attribute></xsl:if>
        <xsl:if test="string(D3055)"><xsl:attribute name="agency"><xsl:value-of select="D3055"/></xsl:attribute></xsl:if>
        <xsl:attribute name="position"><xsl:value-of select="count(preceding-sibling::C246) + 1"/></xsl:attribute>
        <xsl:value-of select="$v"/>
      </xsl:element>
    </xsl:for-each>
  </xsl:template>
  <xsl:template match="CST" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D1496|C246/D7361|C246/D1131|C246/D3055|'"/></xsl:call-template>
  </xsl:template>

  <!-- ============================ TAX ============================ -->

  <xsl:template match="TAX" mode="canonical">
    <xsl:param name="amounts" select="/.."/>
    <xsl:param name="indicators" select="/.."/>
    <xsl:param name="measures" select="/.."/>
    <xsl:param name="references" select="/.."/>
    <DutyTaxFee>
      <xsl:call-template name="type-attributes">
        <xsl:with-param name="list" select="'5283'"/>
        <xsl:with-param name="code" select="string(D5283)"/>
      </xsl:call-template>
      <xsl:call-template name="code-with-text">
        <xsl:with-param name="element" select="'TaxType'"/>
        <xsl:with-param name="code" select="string(C241/D5153)"/>
        <xsl:with-param name="texts" select="C241/D5152"/>
        <xsl:with-param name="list" select="'5153'"/>
        <xsl:with-param name="listName" select="'UNCL 5153'"/>
        <xsl:with-param name="qualifier" select="string(C241/D1131)"/>
        <xsl:with-param name="agency" select="string(C241/D3055)"/>
      </xsl:call-template>
      <xsl:call-template name="identifier">
        <xsl:with-param name="element" select="'Account'"/>
        <xsl:with-param name="value" select="C533/D5289"/>
        <xsl:with-param name="qualifier" select="C533/D1131"/>
        <xsl:with-param name="agency" select="C533/D3055"/>
      </xsl:call-template>
      <xsl:if test="string(D5286)"><AssessmentBasis><xsl:value-of select="D5286"/></AssessmentBasis></xsl:if>
      <xsl:if test="string(C243/D5278)"><Rate><xsl:value-of select="C243/D5278"/></Rate></xsl:if>
      <xsl:call-template name="code">
        <xsl:with-param name="element" select="'RateIdentification'"/>
        <xsl:with-param name="code" select="string(C243/D5279)"/>
        <xsl:with-param name="qualifier" select="string(C243/D1131[1])"/>
        <xsl:with-param name="agency" select="string(C243/D3055[1])"/>
      </xsl:call-template>
      <xsl:call-template name="code">
        <xsl:with-param name="element" select="'RateBasis'"/>
        <xsl:with-param name="code" select="string(C243/D5273)"/>
        <xsl:with-param name="qualifier" select="string(C243/D1131[2])"/>
        <xsl:with-param name="agency" select="string(C243/D3055[2])"/>
      </xsl:call-template>
      <xsl:call-template name="code"><xsl:with-param name="element" select="'Category'"/><xsl:with-param name="code" select="string(D5305)"/><xsl:with-param name="list" select="'5305'"/><xsl:with-param name="listName" select="'UNCL 5305'"/></xsl:call-template>
      <xsl:if test="string(D3446)"><PartyTaxIdentifier><xsl:value-of select="D3446"/></PartyTaxIdentifier></xsl:if>
      <xsl:apply-templates select="$amounts" mode="canonical"/>
      <xsl:apply-templates select="$indicators" mode="canonical"/>
      <xsl:apply-templates select="$measures" mode="canonical"/>
      <xsl:apply-templates select="$references" mode="canonical"/>
    </DutyTaxFee>
  </xsl:template>
  <xsl:template match="TAX" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D5283|C241/D5153|C241/D1131|C241/D3055|C241/D5152|C533/D5289|C533/D1131|C533/D3055|D5286|C243/D5279|C243/D1131|C243/D3055|C243/D5278|C243/D5273|D5305|D3446|'"/></xsl:call-template>
  </xsl:template>

  <!-- ============================ CUX ============================ -->

  <xsl:template match="CUX" mode="canonical">
    <xsl:param name="dates" select="/.."/>
    <Currency>
      <xsl:for-each select="C504[*[string(.)]]">
        <Currency>
          <xsl:call-template name="type-attributes">
            <xsl:with-param name="list" select="'6347'"/>
            <xsl:with-param name="code" select="string(D6347)"/>
          </xsl:call-template>
          <xsl:if test="string(D6343)"><xsl:attribute name="qualifier"><xsl:value-of select="D6343"/></xsl:attribute></xsl:if>
          <xsl:if test="string(D6348)"><xsl:attribute name="rateBase"><xsl:value-of select="D6348"/></xsl:attribute></xsl:if>
          <xsl:value-of select="D6345"/>
        </Currency>
      </xsl:for-each>
      <xsl:if test="string(D5402)">
        <ExchangeRate><xsl:call-template name="decimal"><xsl:with-param name="value" select="D5402"/></xsl:call-template></ExchangeRate>
      </xsl:if>
      <xsl:call-template name="code"><xsl:with-param name="element" select="'Market'"/><xsl:with-param name="code" select="string(D6341)"/><xsl:with-param name="listName" select="'UNCL 6341'"/></xsl:call-template>
      <xsl:apply-templates select="$dates" mode="canonical"/>
    </Currency>
  </xsl:template>
  <xsl:template match="CUX" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|C504/D6347|C504/D6345|C504/D6343|C504/D6348|D5402|D6341|'"/></xsl:call-template>
  </xsl:template>

  <!-- ============================ PAC / PCI ============================ -->

  <xsl:template match="PAC" mode="canonical">
    <xsl:param name="marks" select="/.."/>
    <Package>
      <xsl:if test="string(D7224)"><Quantity><xsl:call-template name="decimal"><xsl:with-param name="value" select="D7224"/></xsl:call-template></Quantity></xsl:if>
      <xsl:call-template name="code-with-text">
        <xsl:with-param name="element" select="'Type'"/>
        <xsl:with-param name="code" select="string(C202/D7065)"/>
        <xsl:with-param name="texts" select="C202/D7064"/>
        <xsl:with-param name="listName" select="'UNECE Rec 21'"/>
        <xsl:with-param name="qualifier" select="string(C202/D1131)"/>
        <xsl:with-param name="agency" select="string(C202/D3055)"/>
      </xsl:call-template>
      <xsl:call-template name="code"><xsl:with-param name="element" select="'Level'"/><xsl:with-param name="code" select="string(C531/D7075)"/><xsl:with-param name="list" select="'7075'"/><xsl:with-param name="listName" select="'UNCL 7075'"/></xsl:call-template>
      <xsl:apply-templates select="$marks" mode="canonical"/>
    </Package>
  </xsl:template>
  <xsl:template match="PAC" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D7224|C202/D7065|C202/D1131|C202/D3055|C202/D7064|C531/D7075|'"/></xsl:call-template>
  </xsl:template>

  <!-- Marks from PCI; when the PCI starts its group (CUSDEC SG3/SG17/SG29/SG32), the FTX and RFF
       of that group are its free text and references. -->
  <xsl:template match="PCI" mode="canonical">
    <xsl:param name="texts" select="parent::*[*[1][self::PCI]]/FTX"/>
    <xsl:param name="references" select="parent::*[*[1][self::PCI]]/RFF"/>
    <Marks>
      <xsl:for-each select="C210/D7102[string(.)]"><Line><xsl:value-of select="."/></Line></xsl:for-each>
      <xsl:call-template name="code"><xsl:with-param name="element" select="'Instruction'"/><xsl:with-param name="code" select="string(D4233)"/><xsl:with-param name="list" select="'4233'"/><xsl:with-param name="listName" select="'UNCL 4233'"/></xsl:call-template>
      <xsl:call-template name="code">
        <xsl:with-param name="element" select="'MarkingType'"/>
        <xsl:with-param name="code" select="string(C827/D7511)"/>
        <xsl:with-param name="listName" select="'UNCL 7511'"/>
        <xsl:with-param name="qualifier" select="string(C827/D1131)"/>
        <xsl:with-param name="agency" select="string(C827/D3055)"/>
      </xsl:call-template>
      <xsl:apply-templates select="$texts" mode="canonical"/>
      <xsl:apply-templates select="$references" mode="canonical"/>
    </Marks>
  </xsl:template>
  <xsl:template match="PCI" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|C210/D7102|D4233|C827/D7511|C827/D1131|C827/D3055|'"/></xsl:call-template>
  </xsl:template>

  <!-- ============================ TOD ============================ -->

  <xsl:template match="TOD" mode="canonical">
    <xsl:param name="locations" select="/.."/>
    <xsl:param name="texts" select="/.."/>
    <TradeTerms>
      <xsl:call-template name="code"><xsl:with-param name="element" select="'Function'"/><xsl:with-param name="code" select="string(D4055)"/><xsl:with-param name="list" select="'4055'"/><xsl:with-param name="listName" select="'UNCL 4055'"/></xsl:call-template>
      <xsl:call-template name="code"><xsl:with-param name="element" select="'ChargesPaymentMethod'"/><xsl:with-param name="code" select="string(D4215)"/><xsl:with-param name="list" select="'4215'"/><xsl:with-param name="listName" select="'UNCL 4215'"/></xsl:call-template>
      <xsl:call-template name="code-with-text">
        <xsl:with-param name="element" select="'Terms'"/>
        <xsl:with-param name="code" select="string(C100/D4053)"/>
        <xsl:with-param name="texts" select="C100/D4052"/>
        <xsl:with-param name="listName" select="'INCOTERMS'"/>
        <xsl:with-param name="qualifier" select="string(C100/D1131)"/>
        <xsl:with-param name="agency" select="string(C100/D3055)"/>
      </xsl:call-template>
      <xsl:apply-templates select="$locations" mode="canonical"/>
      <xsl:apply-templates select="$texts" mode="canonical"/>
    </TradeTerms>
  </xsl:template>
  <xsl:template match="TOD" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D4055|D4215|C100/D4053|C100/D1131|C100/D3055|C100/D4052|'"/></xsl:call-template>
  </xsl:template>

  <!-- ============================ BGM ============================ -->

  <!-- The DocumentHeader group of the canonical body (context: BGM). -->
  <xsl:template match="BGM" mode="header">
    <xsl:call-template name="code-with-text">
      <xsl:with-param name="element" select="'DocumentName'"/>
      <xsl:with-param name="code" select="string(C002/D1001)"/>
      <xsl:with-param name="texts" select="C002/D1000"/>
      <xsl:with-param name="list" select="'1001'"/>
      <xsl:with-param name="listName" select="'UNCL 1001'"/>
      <xsl:with-param name="qualifier" select="string(C002/D1131)"/>
      <xsl:with-param name="agency" select="string(C002/D3055)"/>
    </xsl:call-template>
    <xsl:if test="string((C106/D1004 | D1004)[string(.)][1])"><DocumentNumber><xsl:value-of select="(C106/D1004 | D1004)[string(.)][1]"/></DocumentNumber></xsl:if>
    <xsl:if test="string(C106/D1056)"><DocumentVersion><xsl:value-of select="C106/D1056"/></DocumentVersion></xsl:if>
    <xsl:if test="string(C106/D1060)"><DocumentRevision><xsl:value-of select="C106/D1060"/></DocumentRevision></xsl:if>
    <xsl:call-template name="code"><xsl:with-param name="element" select="'MessageFunction'"/><xsl:with-param name="code" select="string(D1225)"/><xsl:with-param name="list" select="'1225'"/><xsl:with-param name="listName" select="'UNCL 1225'"/></xsl:call-template>
    <xsl:call-template name="code"><xsl:with-param name="element" select="'ResponseType'"/><xsl:with-param name="code" select="string(D4343)"/><xsl:with-param name="list" select="'4343'"/><xsl:with-param name="listName" select="'UNCL 4343'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="BGM" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|C002/D1001|C002/D1131|C002/D3055|C002/D1000|C106/D1004|D1004|C106/D1056|C106/D1060|D1225|D4343|'"/></xsl:call-template>
  </xsl:template>

  <!-- ============================ AUT / CPI ============================ -->

  <xsl:template match="AUT" mode="canonical">
    <xsl:param name="dates" select="/.."/>
    <xsl:param name="references" select="/.."/>
    <Authentication>
      <xsl:if test="string(D9280)"><Result><xsl:value-of select="D9280"/></Result></xsl:if>
      <xsl:if test="string(D9282)"><Key><xsl:value-of select="D9282"/></Key></xsl:if>
      <xsl:apply-templates select="$dates" mode="canonical"/>
      <xsl:apply-templates select="$references" mode="canonical"/>
    </Authentication>
  </xsl:template>
  <xsl:template match="AUT" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|D9280|D9282|'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="CPI" mode="canonical">
    <ChargePayment>
      <xsl:call-template name="code"><xsl:with-param name="element" select="'Category'"/><xsl:with-param name="code" select="string(C229/D5237)"/><xsl:with-param name="list" select="'5237'"/><xsl:with-param name="listName" select="'UNCL 5237'"/><xsl:with-param name="qualifier" select="string(C229/D1131)"/><xsl:with-param name="agency" select="string(C229/D3055)"/></xsl:call-template>
      <xsl:call-template name="code"><xsl:with-param name="element" select="'Method'"/><xsl:with-param name="code" select="string(C231/D4215)"/><xsl:with-param name="list" select="'4215'"/><xsl:with-param name="listName" select="'UNCL 4215'"/><xsl:with-param name="qualifier" select="string(C231/D1131)"/><xsl:with-param name="agency" select="string(C231/D3055)"/></xsl:call-template>
      <xsl:call-template name="code"><xsl:with-param name="element" select="'PrepaidCollect'"/><xsl:with-param name="code" select="string(D4237)"/><xsl:with-param name="list" select="'4237'"/><xsl:with-param name="listName" select="'UNCL 4237'"/></xsl:call-template>
    </ChargePayment>
  </xsl:template>
  <xsl:template match="CPI" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|C229/D5237|C229/D1131|C229/D3055|C231/D4215|C231/D1131|C231/D3055|D4237|'"/></xsl:call-template>
  </xsl:template>

  <!-- ============================ the "nothing dropped" net ============================ -->

  <!-- Path of a segment or group inside its message: SG7[1]/SG8[2]/RFF[1]. -->
  <xsl:template name="path">
    <xsl:param name="node" select="."/>
    <xsl:for-each select="$node/ancestor-or-self::*[ancestor::Message]">
      <xsl:if test="position() &gt; 1">/</xsl:if>
      <xsl:value-of select="concat(name(), '[', count(preceding-sibling::*[name() = name(current())]) + 1, ']')"/>
    </xsl:for-each>
  </xsl:template>

  <!-- Relative element path of a leaf inside its segment: D1004, C506/D1154, C058/D3124[2]. -->
  <xsl:template name="leaf-path">
    <xsl:if test="not(parent::*[parent::*[name() = 'Message' or starts-with(name(), 'SG')]])">
      <xsl:value-of select="concat(name(..), '/')"/>
    </xsl:if>
    <xsl:value-of select="name()"/>
  </xsl:template>

  <!-- Values of the current segment whose element path is not in $known ('|C506/D1153|D1004|'):
       simple elements are children of the segment, components children of a composite. -->
  <xsl:template name="leftover">
    <xsl:param name="known"/>
    <xsl:variable name="left" select="*[not(*)][string(.)][not(contains($known, concat('|', name(), '|')))]
                                      | */*[string(.)][not(contains($known, concat('|', name(..), '/', name(), '|')))]"/>
    <xsl:if test="$left">
      <xsl:variable name="segment" select="generate-id()"/>
      <Unmapped segment="{name()}">
        <xsl:attribute name="path"><xsl:call-template name="path"/></xsl:attribute>
        <xsl:for-each select="$left">
          <Value>
            <xsl:attribute name="element">
              <xsl:if test="generate-id(..) != $segment"><xsl:value-of select="concat(name(..), '/')"/></xsl:if>
              <xsl:value-of select="name()"/>
            </xsl:attribute>
            <xsl:value-of select="."/>
          </Value>
        </xsl:for-each>
      </Unmapped>
    </xsl:if>
  </xsl:template>

  <!-- Segments without a more specific leftover rule report everything. -->
  <xsl:template match="*" mode="leftover">
    <xsl:call-template name="leftover"><xsl:with-param name="known" select="'|'"/></xsl:call-template>
  </xsl:template>

  <!-- A whole segment or group nobody mapped: one Unmapped per segment, recursively for groups. -->
  <xsl:template match="*" mode="unmapped">
    <xsl:choose>
      <xsl:when test="starts-with(name(), 'SG')">
        <xsl:apply-templates select="*" mode="unmapped"/>
      </xsl:when>
      <xsl:otherwise>
        <Unmapped segment="{name()}">
          <xsl:attribute name="path"><xsl:call-template name="path"/></xsl:attribute>
          <xsl:for-each select=".//*[not(*)][string(.)]">
            <Value>
              <xsl:attribute name="element"><xsl:call-template name="leaf-path"/></xsl:attribute>
              <xsl:value-of select="."/>
            </Value>
          </xsl:for-each>
        </Unmapped>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Further messages of the interchange: each mapping call produces one canonical document for
       the first message; the others are named here so that they are not lost silently. -->
  <xsl:template name="other-messages">
    <xsl:param name="msg"/>
    <xsl:for-each select="$msg/ancestor::Interchange[1]/Message[generate-id() != generate-id($msg)] | $msg/ancestor::Interchange[1]/Group/Message[generate-id() != generate-id($msg)]">
      <Unmapped segment="Message" path="{concat('Message[', count(preceding::Message) + 1, ']')}">
        <Value element="@type"><xsl:value-of select="(@type | UNH/S009/D0065)[1]"/></Value>
        <Value element="@reference"><xsl:value-of select="(@reference | UNH/D0062)[1]"/></Value>
      </Unmapped>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
