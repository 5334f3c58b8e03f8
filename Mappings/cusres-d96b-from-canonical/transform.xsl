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

  Canonical documents that came from XML carry qualifiers of their own format (WCO codes such as
  "LRN", "IssueDateTime", section "67A"). Only UN/EDIFACT codes are written into coded elements:
  a qualifier that is not a code of its UNCL list becomes the list's "mutually defined" code (ZZZ,
  or OTH for tax types) or is left out, and what would be lost is written as text: a date whose type
  is not a UNCL 2005 code becomes FTX+AAI "<type> <value>", an error pointer's non-EDIFACT section
  or element name goes into the pointer's FTX+AAO. The UNT count is taken from the segments written.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:c="urn:unipass:canonical:1"
                xmlns:exsl="http://exslt.org/common"
                exclude-result-prefixes="c exsl">

  <xsl:include href="edifact-codes.xsl"/>

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
        <xsl:variable name="body"><xsl:apply-templates select="$res"/></xsl:variable>
        <xsl:variable name="segments" select="exsl:node-set($body)"/>
        <xsl:copy-of select="$segments"/>
        <UNT>
          <!-- UNH + UNT + every segment written, at top level or inside a segment group -->
          <D0074><xsl:value-of select="2 + count($segments/*[not(starts-with(name(), 'SG'))])
                                         + count($segments//*[starts-with(name(), 'SG')]/*[not(starts-with(name(), 'SG'))])"/></D0074>
          <D0062>1</D0062>
        </UNT>
      </Message>
      <UNZ><D0036>1</D0036><D0020><xsl:value-of select="$controlReference"/></D0020></UNZ>
    </Interchange>
  </xsl:template>

  <!-- $c when it is a code of UNCL data element $list, else $otherwise. -->
  <xsl:template name="edifact-code">
    <xsl:param name="list"/>
    <xsl:param name="c"/>
    <xsl:param name="otherwise" select="''"/>
    <xsl:variable name="name">
      <xsl:if test="string($c)">
        <xsl:call-template name="uncl-lookup"><xsl:with-param name="list" select="$list"/><xsl:with-param name="c" select="string($c)"/></xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="string($name)"><xsl:value-of select="$c"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$otherwise"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="c:CustomsResponse">
    <!-- BGM -->
    <xsl:variable name="documentName">
      <xsl:call-template name="edifact-code"><xsl:with-param name="list" select="'1001'"/><xsl:with-param name="c" select="c:DocumentName/c:Code"/><xsl:with-param name="otherwise" select="'962'"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="function">
      <xsl:call-template name="edifact-code"><xsl:with-param name="list" select="'1225'"/><xsl:with-param name="c" select="c:MessageFunction"/><xsl:with-param name="otherwise" select="'9'"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="responseType">
      <xsl:call-template name="edifact-code"><xsl:with-param name="list" select="'4343'"/><xsl:with-param name="c" select="c:ResponseType"/></xsl:call-template>
    </xsl:variable>
    <BGM>
      <C002><D1001><xsl:value-of select="$documentName"/></D1001></C002>
      <C106><D1004>
        <xsl:choose>
          <xsl:when test="string(c:DocumentNumber)"><xsl:value-of select="substring(c:DocumentNumber, 1, 35)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$controlReference"/></xsl:otherwise>
        </xsl:choose>
      </D1004></C106>
      <D1225><xsl:value-of select="$function"/></D1225>
      <xsl:if test="string($responseType)"><D4343><xsl:value-of select="$responseType"/></D4343></xsl:if>
    </BGM>
    <!-- DTM: dates typed with a UNCL 2005 code; DTM+137 from receivedAt when there is none -->
    <xsl:variable name="dates">
      <xsl:for-each select="c:DateTime">
        <xsl:variable name="q"><xsl:call-template name="edifact-code"><xsl:with-param name="list" select="'2005'"/><xsl:with-param name="c" select="@typeCode"/></xsl:call-template></xsl:variable>
        <xsl:if test="string($q)">
          <xsl:call-template name="dtm">
            <xsl:with-param name="qualifier" select="$q"/>
            <xsl:with-param name="value" select="string(.)"/>
            <xsl:with-param name="format" select="@format"/>
          </xsl:call-template>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:copy-of select="$dates"/>
    <xsl:if test="not(exsl:node-set($dates)/DTM[C507/D2005 = '137'])">
      <xsl:call-template name="dtm">
        <xsl:with-param name="qualifier" select="'137'"/>
        <xsl:with-param name="value" select="$stamp"/>
        <xsl:with-param name="format" select="'203'"/>
      </xsl:call-template>
    </xsl:if>
    <!-- FTX -->
    <xsl:for-each select="c:FreeText">
      <xsl:call-template name="ftx">
        <xsl:with-param name="subject"><xsl:call-template name="edifact-code"><xsl:with-param name="list" select="'4451'"/><xsl:with-param name="c" select="@typeCode"/><xsl:with-param name="otherwise" select="'AAI'"/></xsl:call-template></xsl:with-param>
        <xsl:with-param name="function" select="@function"/>
        <xsl:with-param name="lines" select="c:Text"/>
      </xsl:call-template>
    </xsl:for-each>
    <!-- dates whose type has no UNCL 2005 code, as text -->
    <xsl:for-each select="c:DateTime">
      <xsl:variable name="q"><xsl:call-template name="edifact-code"><xsl:with-param name="list" select="'2005'"/><xsl:with-param name="c" select="@typeCode"/></xsl:call-template></xsl:variable>
      <xsl:if test="not(string($q))">
        <xsl:call-template name="ftx-text">
          <xsl:with-param name="subject" select="'AAI'"/>
          <xsl:with-param name="text" select="normalize-space(concat(@typeCode, ' ', (@iso | self::node()[not(@iso)])[1]))"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:for-each>
    <!-- GIS: status -->
    <GIS><C529><D7365><xsl:call-template name="status-code"/></D7365></C529></GIS>
    <!-- SG1 parties -->
    <xsl:apply-templates select="c:Party"/>
    <!-- SG3 references -->
    <xsl:for-each select="c:Reference">
      <SG3>
        <xsl:call-template name="rff"/>
        <xsl:for-each select="c:DateTime">
          <xsl:variable name="q"><xsl:call-template name="edifact-code"><xsl:with-param name="list" select="'2005'"/><xsl:with-param name="c" select="@typeCode"/><xsl:with-param name="otherwise" select="'171'"/></xsl:call-template></xsl:variable>
          <xsl:call-template name="dtm">
            <xsl:with-param name="qualifier" select="$q"/>
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

  <!-- UNCL 7365 status: the code when the canonical Status is one (list UNCL 7365, or a bare code
       of that list), else its name or text read as a word; ZZZ (mutually defined) otherwise. -->
  <xsl:template name="status-code">
    <xsl:variable name="s" select="normalize-space(c:Status)"/>
    <xsl:variable name="word" select="normalize-space((c:Status/@name[not(../@list = 'UNCL 7365')] | c:Status[not(@name) or @list = 'UNCL 7365'])[1])"/>
    <xsl:variable name="bare"><xsl:call-template name="edifact-code"><xsl:with-param name="list" select="'7365'"/><xsl:with-param name="c" select="$s"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="c:Status/@list = 'UNCL 7365' and string($bare)"><xsl:value-of select="$s"/></xsl:when>
      <xsl:when test="$word = 'Accepted'">1</xsl:when>
      <xsl:when test="$word = 'Rejected' and c:Error">2</xsl:when>
      <xsl:when test="$word = 'Rejected'">3</xsl:when>
      <xsl:when test="$word = 'Released'">4</xsl:when>
      <xsl:when test="$word = 'Examination'">5</xsl:when>
      <xsl:when test="$word = 'Detained'">7</xsl:when>
      <xsl:when test="$word = 'Received'">17</xsl:when>
      <xsl:when test="$word = 'AcceptedWithComments'">66</xsl:when>
      <xsl:when test="not(c:Status/@list) and string($bare)"><xsl:value-of select="$s"/></xsl:when>
      <xsl:otherwise>ZZZ</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- DTM+qualifier:value:format -->
  <xsl:template name="dtm">
    <xsl:param name="qualifier"/>
    <xsl:param name="value"/>
    <xsl:param name="format"/>
    <DTM><C507>
      <D2005><xsl:value-of select="$qualifier"/></D2005>
      <xsl:if test="string($value) or string($format)"><D2380><xsl:value-of select="substring($value, 1, 35)"/></D2380></xsl:if>
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

  <!-- code list qualifier (1131) and agency (3055) of a composite, only when they are codes -->
  <xsl:template name="list-and-agency">
    <xsl:param name="qualifier"/>
    <xsl:param name="agency"/>
    <xsl:variable name="q"><xsl:call-template name="edifact-code"><xsl:with-param name="list" select="'1131'"/><xsl:with-param name="c" select="$qualifier"/></xsl:call-template></xsl:variable>
    <xsl:variable name="a"><xsl:call-template name="edifact-code"><xsl:with-param name="list" select="'3055'"/><xsl:with-param name="c" select="$agency"/><xsl:with-param name="otherwise" select="substring('ZZZ', 1, 3 * number(string($agency) != ''))"/></xsl:call-template></xsl:variable>
    <xsl:if test="string($q) or string($a)">
      <D1131><xsl:value-of select="$q"/></D1131>
      <xsl:if test="string($a)"><D3055><xsl:value-of select="$a"/></D3055></xsl:if>
    </xsl:if>
  </xsl:template>

  <xsl:template name="rff">
    <RFF><C506>
      <D1153><xsl:call-template name="edifact-code"><xsl:with-param name="list" select="'1153'"/><xsl:with-param name="c" select="@typeCode"/><xsl:with-param name="otherwise" select="'ZZZ'"/></xsl:call-template></D1153>
      <xsl:if test="string(c:Identifier) or string(c:LineNumber)"><D1154><xsl:value-of select="substring(c:Identifier, 1, 35)"/></D1154></xsl:if>
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
        <D3035><xsl:call-template name="edifact-code"><xsl:with-param name="list" select="'3035'"/><xsl:with-param name="c" select="@typeCode"/><xsl:with-param name="otherwise" select="'ZZZ'"/></xsl:call-template></D3035>
        <xsl:if test="c:Identification or $names or $a">
          <C082>
            <xsl:if test="c:Identification">
              <D3039><xsl:value-of select="substring(c:Identification[1], 1, 35)"/></D3039>
              <xsl:call-template name="list-and-agency">
                <xsl:with-param name="qualifier" select="c:Identification[1]/@schemeCode"/>
                <xsl:with-param name="agency" select="c:Identification[1]/@agency"/>
              </xsl:call-template>
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
          <D3164><xsl:value-of select="substring($a/c:City, 1, 35)"/></D3164>
          <xsl:if test="string($a/c:CountrySubdivision) or string($a/c:PostalCode) or string($a/c:Country)"><D3229><xsl:value-of select="substring($a/c:CountrySubdivision, 1, 9)"/></D3229></xsl:if>
          <xsl:if test="string($a/c:PostalCode) or string($a/c:Country)"><D3251><xsl:value-of select="substring($a/c:PostalCode, 1, 9)"/></D3251></xsl:if>
          <xsl:if test="string($a/c:Country)"><D3207><xsl:value-of select="$a/c:Country"/></D3207></xsl:if>
        </xsl:if>
      </NAD>
      <xsl:for-each select="c:Contact">
        <SG2>
          <CTA>
            <D3139><xsl:call-template name="edifact-code"><xsl:with-param name="list" select="'3139'"/><xsl:with-param name="c" select="c:Function"/></xsl:call-template></D3139>
            <xsl:if test="string(c:Identifier) or string(c:Name)">
              <C056>
                <D3413><xsl:value-of select="c:Identifier"/></D3413>
                <xsl:if test="string(c:Name)"><D3412><xsl:value-of select="substring(c:Name, 1, 35)"/></D3412></xsl:if>
              </C056>
            </xsl:if>
          </CTA>
          <xsl:for-each select="c:Communication">
            <xsl:variable name="channel"><xsl:call-template name="edifact-code"><xsl:with-param name="list" select="'3155'"/><xsl:with-param name="c" select="@channelCode"/><xsl:with-param name="otherwise" select="'TE'"/></xsl:call-template></xsl:variable>
            <COM><C076><D3148><xsl:value-of select="substring(., 1, 512)"/></D3148><D3155><xsl:value-of select="$channel"/></D3155></C076></COM>
          </xsl:for-each>
        </SG2>
      </xsl:for-each>
    </SG1>
  </xsl:template>

  <!-- SG4: ERP-RFF-ERC-FTX -->
  <xsl:template match="c:Error">
    <xsl:variable name="p" select="c:Pointer[1]"/>
    <xsl:variable name="section"><xsl:call-template name="edifact-code"><xsl:with-param name="list" select="'1049'"/><xsl:with-param name="c" select="$p/c:Section"/></xsl:call-template></xsl:variable>
    <xsl:variable name="tag" select="string($p/c:SegmentTag[string-length(.) = 3 and translate(., 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '') = ''])"/>
    <xsl:variable name="position" select="string($p/c:SegmentPosition[translate(., '0123456789', '') = ''])"/>
    <xsl:variable name="source"><xsl:call-template name="edifact-code"><xsl:with-param name="list" select="'1159'"/><xsl:with-param name="c" select="$p/c:SequenceSource"/></xsl:call-template></xsl:variable>
    <SG4>
      <ERP>
        <C701>
          <D1049><xsl:value-of select="$section"/></D1049>
          <xsl:if test="string($p/c:ItemNumber) or string($p/c:SubItemNumber)"><D1052><xsl:value-of select="substring($p/c:ItemNumber, 1, 35)"/></D1052></xsl:if>
          <xsl:if test="string($p/c:SubItemNumber)"><D1054><xsl:value-of select="substring($p/c:SubItemNumber, 1, 6)"/></D1054></xsl:if>
        </C701>
        <xsl:if test="$tag or $position or string($source)">
          <C853>
            <D9166><xsl:value-of select="$tag"/></D9166>
            <xsl:if test="$position or string($source)"><D1050><xsl:value-of select="$position"/></D1050></xsl:if>
            <xsl:if test="string($source)"><D1159><xsl:value-of select="$source"/></D1159></xsl:if>
          </C853>
        </xsl:if>
      </ERP>
      <xsl:for-each select="c:Pointer/c:Reference"><xsl:call-template name="rff"/></xsl:for-each>
      <ERC>
        <C901>
          <D9321><xsl:value-of select="substring(c:Code, 1, 8)"/></D9321>
          <xsl:call-template name="list-and-agency">
            <xsl:with-param name="qualifier" select="c:Code/@listQualifier"/>
            <xsl:with-param name="agency" select="c:Code/@listAgency"/>
          </xsl:call-template>
        </C901>
      </ERC>
      <xsl:if test="c:Description or string-length(c:Code) &gt; 8">
        <xsl:call-template name="ftx-text">
          <xsl:with-param name="subject" select="'AAO'"/>
          <xsl:with-param name="text">
            <xsl:if test="string-length(c:Code) &gt; 8"><xsl:value-of select="concat(c:Code, ': ')"/></xsl:if>
            <xsl:for-each select="c:Description">
              <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
              <xsl:value-of select="normalize-space(.)"/>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:variable name="foreignSection" select="string($p/c:Section) != '' and not(string($section))"/>
      <xsl:variable name="foreignTag" select="string($p/c:SegmentTag) != '' and not($tag)"/>
      <xsl:if test="$p[c:Line or c:Column or c:Path or c:ElementPosition] or $foreignSection or $foreignTag">
        <xsl:call-template name="ftx-text">
          <xsl:with-param name="subject" select="'AAO'"/>
          <xsl:with-param name="text">
            <xsl:text>AT</xsl:text>
            <xsl:if test="$foreignSection"><xsl:value-of select="concat(' SECTION ', $p/c:Section)"/></xsl:if>
            <xsl:if test="$foreignTag"><xsl:value-of select="concat(' ELEMENT ', $p/c:SegmentTag)"/></xsl:if>
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
    <xsl:variable name="function"><xsl:call-template name="edifact-code"><xsl:with-param name="list" select="'5283'"/><xsl:with-param name="c" select="@typeCode"/><xsl:with-param name="otherwise" select="'9'"/></xsl:call-template></xsl:variable>
    <xsl:variable name="taxType"><xsl:call-template name="edifact-code"><xsl:with-param name="list" select="'5153'"/><xsl:with-param name="c" select="c:TaxType/c:Code"/><xsl:with-param name="otherwise" select="substring('OTH', 1, 3 * number(string(c:TaxType/c:Code) != ''))"/></xsl:call-template></xsl:variable>
    <xsl:variable name="category"><xsl:call-template name="edifact-code"><xsl:with-param name="list" select="'5305'"/><xsl:with-param name="c" select="c:Category"/></xsl:call-template></xsl:variable>
    <SG5>
      <TAX>
        <D5283><xsl:value-of select="$function"/></D5283>
        <xsl:if test="string($taxType) or string(c:Rate) or string($category)">
          <C241><D5153><xsl:value-of select="$taxType"/></D5153></C241>
        </xsl:if>
        <xsl:if test="string(c:Rate) or string($category)">
          <C533><D5289/></C533>
          <D5286/>
          <C243><D5279/><D1131/><D3055/><D5278><xsl:value-of select="substring(c:Rate, 1, 17)"/></D5278></C243>
        </xsl:if>
        <xsl:if test="string($category)"><D5305><xsl:value-of select="$category"/></D5305></xsl:if>
      </TAX>
      <xsl:for-each select="c:Amount">
        <MOA><C516>
          <D5025><xsl:call-template name="edifact-code"><xsl:with-param name="list" select="'5025'"/><xsl:with-param name="c" select="@typeCode"/><xsl:with-param name="otherwise" select="'55'"/></xsl:call-template></D5025>
          <D5004><xsl:value-of select="."/></D5004>
          <xsl:if test="string(@currency)"><D6345><xsl:value-of select="@currency"/></D6345></xsl:if>
        </C516></MOA>
      </xsl:for-each>
      <xsl:for-each select="c:Indicator[c:Code]">
        <xsl:variable name="code"><xsl:call-template name="edifact-code"><xsl:with-param name="list" select="'7365'"/><xsl:with-param name="c" select="c:Code"/><xsl:with-param name="otherwise" select="'ZZZ'"/></xsl:call-template></xsl:variable>
        <GIS><C529><D7365><xsl:value-of select="$code"/></D7365></C529></GIS>
      </xsl:for-each>
    </SG5>
  </xsl:template>

</xsl:stylesheet>
