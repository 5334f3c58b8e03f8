<?xml version="1.0" encoding="UTF-8"?>
<!--
  Canonical CustomsResponse -> CUSRES D.96B (outbound).

  Writes the XML rendering of an EDIFACT interchange (INTERFACES.md section 3); the engine turns it
  into EDIFACT (syntax UNOC level 3). Segments are written without trailing empty elements or
  components (a trailing separator is a syntax error in level 4 and untidy in level 3); empty
  positions before a used one are written as empty elements so every value keeps its position.

    UNB  S002 Envelope/Sender, S003 Envelope/Receiver, S004 from $receivedAt (else Envelope/ReceivedAt),
         0020 control reference: $messageId without separators, at most 14 characters
    BGM  C002 1001 DocumentName code (default 962 document response), C106 1004 DocumentNumber
         (default the control reference), 1225 MessageFunction (default 9), 4343 ResponseType
    DTM  every DateTime (2005 typeCode, 2380 text, 2379 format); DTM+137 from receivedAt when absent
    FTX  every FreeText (4451 typeCode, 4453 function, C108 text lines)
    GIS  Status: C529 7365 (UNCL 7365 code; Accepted/Rejected/Released/... mapped to 1/2/4/...)
    SG1  NAD per Party (+ SG2 CTA/COM per Contact)
    SG3  RFF per Reference (+ DTM per Reference/DateTime): what the response answers
    SG4  ERP-RFF-ERC-FTX per Error: ERP from its first Pointer (C701 section/item/sub-item,
         C853 tag/position/source), RFF from Pointer references, ERC Error/Code (1131/3055 from
         listQualifier/listAgency), FTX+AAO the description (70-character lines, at most 5) and
         a second FTX+AAO naming line/column/element/path when the pointer has them
    SG5  TAX-MOA-GIS per DutyTaxFee
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:c="urn:unipass:canonical:1"
                exclude-result-prefixes="c">

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:param name="messageId"/>
  <xsl:param name="receivedAt"/>
  <xsl:param name="sender"/>
  <xsl:param name="receiver"/>
  <xsl:param name="partnerCountry"/>
  <xsl:param name="sourceReference"/>

  <xsl:variable name="env" select="/c:UnipassDocument/c:Envelope"/>
  <xsl:variable name="res" select="/c:UnipassDocument/c:CustomsResponse"/>
  <xsl:variable name="when">
    <xsl:choose>
      <xsl:when test="string($receivedAt)"><xsl:value-of select="$receivedAt"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$env/c:ReceivedAt"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <!-- CCYYMMDDHHMM from an ISO 8601 date-time -->
  <xsl:variable name="stamp" select="concat(substring($when,1,4), substring($when,6,2), substring($when,9,2), substring($when,12,2), substring($when,15,2))"/>
  <xsl:variable name="controlReference">
    <xsl:variable name="id">
      <xsl:choose>
        <xsl:when test="string($messageId)"><xsl:value-of select="$messageId"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$env/c:MessageId"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:value-of select="substring(translate($id, '-_:/. ', ''), 1, 14)"/>
  </xsl:variable>
  <xsl:variable name="from">
    <xsl:choose>
      <xsl:when test="string($env/c:Sender)"><xsl:value-of select="$env/c:Sender"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$sender"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="to">
    <xsl:choose>
      <xsl:when test="string($env/c:Receiver)"><xsl:value-of select="$env/c:Receiver"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$receiver"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <Interchange syntaxIdentifier="UNOC" syntaxVersion="3" sender="{$from}" recipient="{$to}" controlReference="{$controlReference}">
      <UNB>
        <S001><D0001>UNOC</D0001><D0002>3</D0002></S001>
        <S002><D0004><xsl:value-of select="$from"/></D0004></S002>
        <S003><D0010><xsl:value-of select="$to"/></D0010></S003>
        <S004><D0017><xsl:value-of select="substring($stamp, 3, 6)"/></D0017><D0019><xsl:value-of select="substring($stamp, 9, 4)"/></D0019></S004>
        <D0020><xsl:value-of select="$controlReference"/></D0020>
      </UNB>
      <Message type="CUSRES" version="D" release="96B" agency="UN" association="" reference="1" directory="D96B">
        <UNH><D0062>1</D0062><S009><D0065>CUSRES</D0065><D0052>D</D0052><D0054>96B</D0054><D0051>UN</D0051></S009></UNH>
        <xsl:apply-templates select="$res"/>
        <UNT>
          <D0074><xsl:value-of select="3 + $segmentCount"/></D0074>
          <D0062>1</D0062>
        </UNT>
      </Message>
      <UNZ><D0036>1</D0036><D0020><xsl:value-of select="$controlReference"/></D0020></UNZ>
    </Interchange>
  </xsl:template>

  <!-- segments between UNH and UNT other than BGM (the 3 above counts UNH, BGM and UNT) -->
  <xsl:variable name="segmentCount"
      select="count($res/c:DateTime) + number(not($res/c:DateTime[@typeCode = '137'])) + count($res/c:FreeText) + 1
              + count($res/c:Party) + count($res/c:Party/c:Contact) + count($res/c:Party/c:Contact/c:Communication)
              + count($res/c:Reference) + count($res/c:Reference/c:DateTime)
              + 2 * count($res/c:Error) + count($res/c:Error/c:Pointer/c:Reference)
              + count($res/c:Error[c:Description]) + count($res/c:Error[c:Pointer[1][c:Line or c:Column or c:Path or c:ElementPosition]])
              + count($res/c:DutyTaxFee) + count($res/c:DutyTaxFee/c:Amount) + count($res/c:DutyTaxFee/c:Indicator)"/>

  <xsl:template match="c:CustomsResponse">
    <!-- BGM -->
    <BGM>
      <C002><D1001>
        <xsl:choose>
          <xsl:when test="string(c:DocumentName/c:Code)"><xsl:value-of select="c:DocumentName/c:Code"/></xsl:when>
          <xsl:otherwise>962</xsl:otherwise>
        </xsl:choose>
      </D1001></C002>
      <C106><D1004>
        <xsl:choose>
          <xsl:when test="string(c:DocumentNumber)"><xsl:value-of select="c:DocumentNumber"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$controlReference"/></xsl:otherwise>
        </xsl:choose>
      </D1004></C106>
      <D1225>
        <xsl:choose>
          <xsl:when test="string(c:MessageFunction)"><xsl:value-of select="c:MessageFunction"/></xsl:when>
          <xsl:otherwise>9</xsl:otherwise>
        </xsl:choose>
      </D1225>
      <xsl:if test="string(c:ResponseType)"><D4343><xsl:value-of select="c:ResponseType"/></D4343></xsl:if>
    </BGM>
    <!-- DTM -->
    <xsl:for-each select="c:DateTime">
      <xsl:call-template name="dtm">
        <xsl:with-param name="qualifier" select="@typeCode"/>
        <xsl:with-param name="value" select="string(.)"/>
        <xsl:with-param name="format" select="@format"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:if test="not(c:DateTime[@typeCode = '137'])">
      <xsl:call-template name="dtm">
        <xsl:with-param name="qualifier" select="'137'"/>
        <xsl:with-param name="value" select="$stamp"/>
        <xsl:with-param name="format" select="'203'"/>
      </xsl:call-template>
    </xsl:if>
    <!-- FTX -->
    <xsl:for-each select="c:FreeText">
      <xsl:call-template name="ftx">
        <xsl:with-param name="subject" select="@typeCode"/>
        <xsl:with-param name="function" select="@function"/>
        <xsl:with-param name="lines" select="c:Text"/>
      </xsl:call-template>
    </xsl:for-each>
    <!-- GIS: status -->
    <GIS><C529><D7365><xsl:call-template name="status-code"/></D7365>
      <xsl:if test="string(c:Status/@listQualifier) or string(c:Status/@listAgency)">
        <D1131><xsl:value-of select="c:Status/@listQualifier"/></D1131>
        <xsl:if test="string(c:Status/@listAgency)"><D3055><xsl:value-of select="c:Status/@listAgency"/></D3055></xsl:if>
      </xsl:if>
    </C529></GIS>
    <!-- SG1 parties -->
    <xsl:apply-templates select="c:Party"/>
    <!-- SG3 references -->
    <xsl:for-each select="c:Reference">
      <SG3>
        <xsl:call-template name="rff"/>
        <xsl:for-each select="c:DateTime">
          <xsl:call-template name="dtm">
            <xsl:with-param name="qualifier" select="@typeCode"/>
            <xsl:with-param name="value" select="string(.)"/>
            <xsl:with-param name="format" select="@format"/>
          </xsl:call-template>
        </xsl:for-each>
      </SG3>
    </xsl:for-each>
    <!-- SG4 errors -->
    <xsl:apply-templates select="c:Error"/>
    <!-- SG5 duties -->
    <xsl:apply-templates select="c:DutyTaxFee"/>
  </xsl:template>

  <xsl:template name="status-code">
    <xsl:variable name="s" select="normalize-space(c:Status)"/>
    <xsl:choose>
      <xsl:when test="$s = 'Accepted'">1</xsl:when>
      <xsl:when test="$s = 'Rejected' and c:Error">2</xsl:when>
      <xsl:when test="$s = 'Rejected'">3</xsl:when>
      <xsl:when test="$s = 'Released'">4</xsl:when>
      <xsl:when test="$s = 'Examination'">5</xsl:when>
      <xsl:when test="$s = 'Detained'">7</xsl:when>
      <xsl:when test="$s = 'Received'">17</xsl:when>
      <xsl:when test="$s = 'AcceptedWithComments'">66</xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- DTM+qualifier:value:format -->
  <xsl:template name="dtm">
    <xsl:param name="qualifier"/>
    <xsl:param name="value"/>
    <xsl:param name="format"/>
    <DTM><C507>
      <D2005><xsl:value-of select="$qualifier"/></D2005>
      <xsl:if test="string($value) or string($format)"><D2380><xsl:value-of select="$value"/></D2380></xsl:if>
      <xsl:if test="string($format)"><D2379><xsl:value-of select="$format"/></D2379></xsl:if>
    </C507></DTM>
  </xsl:template>

  <!-- FTX+subject+function++line:line... (at most five 70-character lines) -->
  <xsl:template name="ftx">
    <xsl:param name="subject"/>
    <xsl:param name="function" select="''"/>
    <xsl:param name="lines"/>
    <FTX>
      <D4451><xsl:value-of select="$subject"/></D4451>
      <D4453><xsl:value-of select="$function"/></D4453>
      <C107><D4441/></C107>
      <C108>
        <xsl:for-each select="$lines[position() &lt;= 5]">
          <D4440><xsl:value-of select="substring(., 1, 70)"/></D4440>
        </xsl:for-each>
      </C108>
    </FTX>
  </xsl:template>

  <!-- FTX whose text is one string cut into 70-character lines (at most five). -->
  <xsl:template name="ftx-text">
    <xsl:param name="subject"/>
    <xsl:param name="text"/>
    <FTX>
      <D4451><xsl:value-of select="$subject"/></D4451>
      <D4453/>
      <C107><D4441/></C107>
      <C108>
        <xsl:call-template name="cut"><xsl:with-param name="text" select="$text"/><xsl:with-param name="left" select="5"/></xsl:call-template>
      </C108>
    </FTX>
  </xsl:template>
  <xsl:template name="cut">
    <xsl:param name="text"/>
    <xsl:param name="left"/>
    <xsl:if test="string($text) and $left &gt; 0">
      <D4440><xsl:value-of select="substring($text, 1, 70)"/></D4440>
      <xsl:call-template name="cut">
        <xsl:with-param name="text" select="substring($text, 71)"/>
        <xsl:with-param name="left" select="$left - 1"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="rff">
    <RFF><C506>
      <D1153><xsl:value-of select="@typeCode"/></D1153>
      <xsl:if test="string(c:Identifier) or string(c:LineNumber)"><D1154><xsl:value-of select="c:Identifier"/></D1154></xsl:if>
      <xsl:if test="string(c:LineNumber)"><D1156><xsl:value-of select="c:LineNumber"/></D1156></xsl:if>
    </C506></RFF>
  </xsl:template>

  <!-- SG1: NAD + SG2 CTA/COM -->
  <xsl:template match="c:Party">
    <xsl:variable name="names" select="c:Name[position() &lt;= 5]"/>
    <xsl:variable name="a" select="c:Address"/>
    <xsl:variable name="tail" select="string($a/c:City) or string($a/c:CountrySubdivision) or string($a/c:PostalCode) or string($a/c:Country)"/>
    <SG1>
      <NAD>
        <D3035><xsl:value-of select="@typeCode"/></D3035>
        <xsl:if test="c:Identification or $names or $a">
          <C082>
            <xsl:if test="c:Identification">
              <D3039><xsl:value-of select="c:Identification[1]"/></D3039>
              <xsl:if test="c:Identification[1]/@schemeCode or c:Identification[1]/@agency">
                <D1131><xsl:value-of select="c:Identification[1]/@schemeCode"/></D1131>
                <xsl:if test="c:Identification[1]/@agency"><D3055><xsl:value-of select="c:Identification[1]/@agency"/></D3055></xsl:if>
              </xsl:if>
            </xsl:if>
          </C082>
        </xsl:if>
        <xsl:if test="$names or $a">
          <C058>
            <xsl:for-each select="$a/c:Line[position() &lt;= 5]"><D3124><xsl:value-of select="substring(., 1, 35)"/></D3124></xsl:for-each>
          </C058>
        </xsl:if>
        <xsl:if test="$names or $a/c:Street or $tail">
          <C080><xsl:for-each select="$names"><D3036><xsl:value-of select="substring(., 1, 35)"/></D3036></xsl:for-each></C080>
        </xsl:if>
        <xsl:if test="$a/c:Street or $tail">
          <C059><xsl:for-each select="$a/c:Street[position() &lt;= 4]"><D3042><xsl:value-of select="substring(., 1, 35)"/></D3042></xsl:for-each></C059>
        </xsl:if>
        <xsl:if test="$tail">
          <D3164><xsl:value-of select="$a/c:City"/></D3164>
          <xsl:if test="string($a/c:CountrySubdivision) or string($a/c:PostalCode) or string($a/c:Country)"><D3229><xsl:value-of select="$a/c:CountrySubdivision"/></D3229></xsl:if>
          <xsl:if test="string($a/c:PostalCode) or string($a/c:Country)"><D3251><xsl:value-of select="$a/c:PostalCode"/></D3251></xsl:if>
          <xsl:if test="string($a/c:Country)"><D3207><xsl:value-of select="$a/c:Country"/></D3207></xsl:if>
        </xsl:if>
      </NAD>
      <xsl:for-each select="c:Contact">
        <SG2>
          <CTA>
            <D3139><xsl:value-of select="c:Function"/></D3139>
            <xsl:if test="string(c:Identifier) or string(c:Name)">
              <C056>
                <D3413><xsl:value-of select="c:Identifier"/></D3413>
                <xsl:if test="string(c:Name)"><D3412><xsl:value-of select="c:Name"/></D3412></xsl:if>
              </C056>
            </xsl:if>
          </CTA>
          <xsl:for-each select="c:Communication">
            <COM><C076><D3148><xsl:value-of select="."/></D3148><xsl:if test="string(@channelCode)"><D3155><xsl:value-of select="@channelCode"/></D3155></xsl:if></C076></COM>
          </xsl:for-each>
        </SG2>
      </xsl:for-each>
    </SG1>
  </xsl:template>

  <!-- SG4: ERP-RFF-ERC-FTX -->
  <xsl:template match="c:Error">
    <xsl:variable name="p" select="c:Pointer[1]"/>
    <SG4>
      <ERP>
        <C701>
          <D1049><xsl:value-of select="$p/c:Section"/></D1049>
          <xsl:if test="string($p/c:ItemNumber) or string($p/c:SubItemNumber)"><D1052><xsl:value-of select="$p/c:ItemNumber"/></D1052></xsl:if>
          <xsl:if test="string($p/c:SubItemNumber)"><D1054><xsl:value-of select="$p/c:SubItemNumber"/></D1054></xsl:if>
        </C701>
        <xsl:if test="string($p/c:SegmentTag) or string($p/c:SegmentPosition) or string($p/c:SequenceSource)">
          <C853>
            <D9166><xsl:value-of select="$p/c:SegmentTag"/></D9166>
            <xsl:if test="string($p/c:SegmentPosition) or string($p/c:SequenceSource)"><D1050><xsl:value-of select="$p/c:SegmentPosition"/></D1050></xsl:if>
            <xsl:if test="string($p/c:SequenceSource)"><D1159><xsl:value-of select="$p/c:SequenceSource"/></D1159></xsl:if>
          </C853>
        </xsl:if>
      </ERP>
      <xsl:for-each select="c:Pointer/c:Reference"><xsl:call-template name="rff"/></xsl:for-each>
      <ERC>
        <C901>
          <D9321><xsl:value-of select="c:Code"/></D9321>
          <xsl:if test="string(c:Code/@listQualifier) or string(c:Code/@listAgency)">
            <D1131><xsl:value-of select="c:Code/@listQualifier"/></D1131>
            <xsl:if test="string(c:Code/@listAgency)"><D3055><xsl:value-of select="c:Code/@listAgency"/></D3055></xsl:if>
          </xsl:if>
        </C901>
      </ERC>
      <xsl:if test="c:Description">
        <xsl:call-template name="ftx-text">
          <xsl:with-param name="subject" select="'AAO'"/>
          <xsl:with-param name="text">
            <xsl:for-each select="c:Description">
              <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
              <xsl:value-of select="normalize-space(.)"/>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$p[c:Line or c:Column or c:Path or c:ElementPosition]">
        <xsl:call-template name="ftx-text">
          <xsl:with-param name="subject" select="'AAO'"/>
          <xsl:with-param name="text">
            <xsl:text>AT</xsl:text>
            <xsl:if test="$p/c:Line"><xsl:value-of select="concat(' LINE ', $p/c:Line)"/></xsl:if>
            <xsl:if test="$p/c:Column"><xsl:value-of select="concat(' COLUMN ', $p/c:Column)"/></xsl:if>
            <xsl:if test="$p/c:ElementPosition"><xsl:value-of select="concat(' ELEMENT ', $p/c:ElementPosition)"/></xsl:if>
            <xsl:if test="$p/c:ComponentPosition"><xsl:value-of select="concat(' COMPONENT ', $p/c:ComponentPosition)"/></xsl:if>
            <xsl:if test="$p/c:Path"><xsl:value-of select="concat(' PATH ', $p/c:Path)"/></xsl:if>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
    </SG4>
  </xsl:template>

  <!-- SG5: TAX-MOA-GIS -->
  <xsl:template match="c:DutyTaxFee">
    <SG5>
      <TAX>
        <D5283><xsl:value-of select="@typeCode"/></D5283>
        <xsl:if test="string(c:TaxType/c:Code) or string(c:Rate) or string(c:Category)">
          <C241><D5153><xsl:value-of select="c:TaxType/c:Code"/></D5153></C241>
        </xsl:if>
        <xsl:if test="string(c:Rate) or string(c:Category)">
          <C533><D5289/></C533>
          <D5286/>
          <C243><D5279/><D1131/><D3055/><D5278><xsl:value-of select="c:Rate"/></D5278></C243>
        </xsl:if>
        <xsl:if test="string(c:Category)"><D5305><xsl:value-of select="c:Category"/></D5305></xsl:if>
      </TAX>
      <xsl:for-each select="c:Amount">
        <MOA><C516>
          <D5025><xsl:value-of select="@typeCode"/></D5025>
          <D5004><xsl:value-of select="."/></D5004>
          <xsl:if test="string(@currency)"><D6345><xsl:value-of select="@currency"/></D6345></xsl:if>
        </C516></MOA>
      </xsl:for-each>
      <xsl:for-each select="c:Indicator">
        <GIS><C529><D7365><xsl:value-of select="c:Code"/></D7365></C529></GIS>
      </xsl:for-each>
    </SG5>
  </xsl:template>

</xsl:stylesheet>
