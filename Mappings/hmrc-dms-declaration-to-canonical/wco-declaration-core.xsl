<?xml version="1.0" encoding="UTF-8"?>
<!--
  WCO goods declaration (UNI-PASS profile, namespace urn:unipass:wco:declaration:1) to the
  canonical ImportDeclaration / ExportDeclaration.

  This file is the shared core of two mapping folders and is kept byte-identical in both
  (Mappings/check-wco.sh checks it):
    wco-declaration-to-canonical/       the project's own WCO profile
    hmrc-dms-declaration-to-canonical/  HMRC's DMS profile, first renamed into the profile namespace
  Entry: the named template "canonical-document".

  Rules
  - The declaration type (TypeCode) decides the document: IM.. ImportDeclaration, EX.. ExportDeclaration;
    anything else stops the translation with a message naming the code.
  - Every classification keeps its scheme (@schemeCode = IdentificationTypeCode, @scheme readable).
  - Every document and reference keeps its type: @typeCode = CategoryCode followed by TypeCode
    (WCO DE 2/1 and 2/3 write the code that way, e.g. N935, Z355; the UNI-PASS profile sends
    UN/EDIFACT 1001 codes without a category, e.g. 861).
  - A certificate of origin (document code 861 or its HMRC forms) on a goods item is linked from the
    item's Origin/Certificate.
  - Anything the source carries that has no place below is copied into <Unmapped> (whole subtree,
    every non-empty value with its relative path): the goods item's when it sits inside a goods item,
    the declaration's otherwise. Known element pairs are the match pattern of the
    "leftover" template.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:d="urn:unipass:wco:declaration:1"
                xmlns:exsl="http://exslt.org/common"
                xmlns="urn:unipass:canonical:1"
                exclude-result-prefixes="d exsl">

  <xsl:param name="messageId"/>
  <xsl:param name="receivedAt"/>
  <xsl:param name="sender"/>
  <xsl:param name="receiver"/>
  <xsl:param name="partnerCountry"/>
  <xsl:param name="sourceReference"/>


  <!-- ================================================================ entry -->

  <!-- decl: the d:Declaration element. sourceVersion / association: what identifies the profile. -->
  <xsl:template name="canonical-document">
    <xsl:param name="decl"/>
    <xsl:param name="mappingId"/>
    <xsl:param name="sourceVersion"/>
    <xsl:param name="association"/>
    <xsl:variable name="kind" select="substring(normalize-space($decl/d:TypeCode), 1, 2)"/>
    <xsl:variable name="documentType">
      <xsl:choose>
        <xsl:when test="$kind = 'IM'">ImportDeclaration</xsl:when>
        <xsl:when test="$kind = 'EX'">ExportDeclaration</xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="$documentType = ''">
      <xsl:message terminate="yes">Declaration/TypeCode: expected a declaration type starting with IM (import) or EX (export), found '<xsl:value-of select="$decl/d:TypeCode"/>' (amendments and cancellations of an earlier declaration have no canonical document type)</xsl:message>
    </xsl:if>
    <UnipassDocument version="1">
      <Envelope>
        <MessageId><xsl:value-of select="$messageId"/></MessageId>
        <DocumentType><xsl:value-of select="$documentType"/></DocumentType>
        <Source>
          <Format>xml</Format>
          <MessageType>Declaration</MessageType>
          <xsl:if test="$sourceVersion != ''"><Version><xsl:value-of select="$sourceVersion"/></Version></xsl:if>
          <xsl:if test="$association != ''"><Association><xsl:value-of select="$association"/></Association></xsl:if>
          <Reference>
            <xsl:choose>
              <xsl:when test="$sourceReference != ''"><xsl:value-of select="$sourceReference"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="normalize-space($decl/d:FunctionalReferenceID)"/></xsl:otherwise>
            </xsl:choose>
          </Reference>
          <Mapping><xsl:value-of select="$mappingId"/></Mapping>
        </Source>
        <Sender>
          <xsl:choose>
            <xsl:when test="$sender != ''"><xsl:value-of select="$sender"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="normalize-space($decl/d:Declarant/d:ID)"/></xsl:otherwise>
          </xsl:choose>
        </Sender>
        <Receiver><xsl:value-of select="$receiver"/></Receiver>
        <xsl:if test="$partnerCountry != ''"><PartnerCountry><xsl:value-of select="$partnerCountry"/></PartnerCountry></xsl:if>
        <ReceivedAt><xsl:value-of select="$receivedAt"/></ReceivedAt>
      </Envelope>
      <xsl:element name="{$documentType}">
        <xsl:attribute name="documentType"><xsl:value-of select="$documentType"/></xsl:attribute>
        <xsl:apply-templates select="$decl" mode="body"/>
      </xsl:element>
    </UnipassDocument>
  </xsl:template>

  <!-- ================================================================ declaration -->

  <xsl:template match="d:Declaration" mode="body">
    <xsl:variable name="gs" select="d:GoodsShipment"/>
    <xsl:variable name="cons" select="$gs/d:Consignment | d:Consignment"/>
    <DocumentName>
      <Code list="WCO declaration type (DE 1/1 + 1/2)">
        <xsl:attribute name="name"><xsl:call-template name="declaration-type-name"><xsl:with-param name="code" select="normalize-space(d:TypeCode)"/></xsl:call-template></xsl:attribute>
        <xsl:value-of select="normalize-space(d:TypeCode)"/>
      </Code>
    </DocumentName>
    <DocumentNumber><xsl:value-of select="normalize-space(d:FunctionalReferenceID)"/></DocumentNumber>
    <xsl:if test="d:VersionID"><DocumentVersion><xsl:value-of select="normalize-space(d:VersionID)"/></DocumentVersion></xsl:if>
    <MessageFunction list="UNCL 1225">
      <xsl:attribute name="name">
        <xsl:variable name="f" select="normalize-space(d:FunctionCode)"/>
        <xsl:choose>
          <xsl:when test="$f = '9'">Original</xsl:when>
          <xsl:when test="$f = '5'">Replacement</xsl:when>
          <xsl:when test="$f = '1'">Cancellation</xsl:when>
          <xsl:when test="$f = '13'">Request</xsl:when>
          <xsl:otherwise>Unknown</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:value-of select="normalize-space(d:FunctionCode)"/>
    </MessageFunction>
    <!-- DateTime -->
    <xsl:for-each select="d:IssueDateTime">
      <xsl:call-template name="date-time"><xsl:with-param name="type" select="'Issue'"/><xsl:with-param name="typeCode" select="'IssueDateTime'"/></xsl:call-template>
    </xsl:for-each>
    <!-- Location -->
    <xsl:for-each select="d:DeclarationOfficeID">
      <Location type="DeclarationOffice" typeCode="DeclarationOfficeID"><Identification><xsl:value-of select="normalize-space(.)"/></Identification></Location>
    </xsl:for-each>
    <xsl:for-each select="d:ExitOffice | d:PresentationOffice | d:SupervisingOffice">
      <Location type="{local-name()}" typeCode="{local-name()}"><Identification><xsl:value-of select="normalize-space(d:ID)"/></Identification></Location>
    </xsl:for-each>
    <xsl:for-each select="$cons/d:LoadingLocation">
      <Location type="PlacePortOfLoading" typeCode="9" typeList="UNCL 3227"><Identification scheme="UN/LOCODE"><xsl:value-of select="normalize-space(d:ID)"/></Identification><xsl:if test="d:Name"><Name><xsl:value-of select="d:Name"/></Name></xsl:if></Location>
    </xsl:for-each>
    <xsl:for-each select="$cons/d:UnloadingLocation">
      <Location type="PlacePortOfDischarge" typeCode="11" typeList="UNCL 3227"><Identification scheme="UN/LOCODE"><xsl:value-of select="normalize-space(d:ID)"/></Identification><xsl:if test="d:Name"><Name><xsl:value-of select="d:Name"/></Name></xsl:if></Location>
    </xsl:for-each>
    <xsl:for-each select="$cons/d:GoodsLocation">
      <Location type="LocationOfGoods" typeCode="14" typeList="UNCL 3227">
        <xsl:choose>
          <xsl:when test="d:ID">
            <Identification>
              <xsl:call-template name="location-qualifier"/>
              <xsl:value-of select="normalize-space(d:ID)"/>
            </Identification>
            <xsl:if test="d:Name"><Name><xsl:value-of select="d:Name"/></Name></xsl:if>
          </xsl:when>
          <xsl:otherwise>
            <!-- HMRC writes the location code into Name (DE 5/23). -->
            <Identification>
              <xsl:call-template name="location-qualifier"/>
              <xsl:value-of select="normalize-space(d:Name)"/>
            </Identification>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:for-each select="d:Address/d:CountryCode | d:Address/d:CityName">
          <RelatedLocation level="{position()}"><Name><xsl:value-of select="."/></Name></RelatedLocation>
        </xsl:for-each>
        <xsl:if test="d:TypeCode"><Relation list="WCO DE 5/23 type of location"><xsl:value-of select="normalize-space(d:TypeCode)"/></Relation></xsl:if>
      </Location>
    </xsl:for-each>
    <xsl:for-each select="$gs/d:Destination">
      <Location type="CountryOfDestinationOfGoods" typeCode="28" typeList="UNCL 3227"><Identification scheme="ISO 3166-1"><xsl:value-of select="normalize-space(d:CountryCode)"/></Identification></Location>
    </xsl:for-each>
    <xsl:for-each select="$gs/d:ExportCountry">
      <Location type="CountryOfExportationDespatch" typeCode="35" typeList="UNCL 3227"><Identification scheme="ISO 3166-1"><xsl:value-of select="normalize-space(d:ID)"/></Identification></Location>
    </xsl:for-each>
    <xsl:for-each select="$cons/d:Itinerary">
      <Location type="RoutingCountry" typeCode="Itinerary"><Identification scheme="ISO 3166-1"><xsl:value-of select="normalize-space(d:RoutingCountryCode)"/></Identification></Location>
    </xsl:for-each>
    <xsl:for-each select="$gs/d:Warehouse">
      <Location type="Warehouse" typeCode="Warehouse"><Identification><xsl:value-of select="normalize-space(d:ID)"/></Identification><Relation list="WCO warehouse type"><xsl:value-of select="normalize-space(d:TypeCode)"/></Relation></Location>
    </xsl:for-each>
    <!-- Indicator -->
    <xsl:for-each select="$gs/d:TransactionNatureCode">
      <Indicator type="TransactionNature" typeCode="TransactionNatureCode"><Code list="WCO DE 8/5"><xsl:value-of select="normalize-space(.)"/></Code></Indicator>
    </xsl:for-each>
    <xsl:for-each select="$cons/d:ContainerCode">
      <Indicator type="Containerised" typeCode="ContainerCode"><Code list="WCO DE 7/2"><xsl:value-of select="normalize-space(.)"/></Code></Indicator>
    </xsl:for-each>
    <!-- Measure -->
    <xsl:for-each select="d:TotalGrossMassMeasure">
      <xsl:call-template name="measure"><xsl:with-param name="type" select="'TotalGrossMass'"/><xsl:with-param name="dimension" select="'GrossMass'"/></xsl:call-template>
    </xsl:for-each>
    <!-- Reference -->
    <xsl:for-each select="d:ID">
      <Reference type="DeclarationNumber" typeCode="ID"><Identifier><xsl:value-of select="normalize-space(.)"/></Identifier></Reference>
    </xsl:for-each>
    <xsl:for-each select="$gs/d:UCR/d:ID">
      <Reference type="UniqueConsignmentReference" typeCode="UCR"><Identifier><xsl:value-of select="normalize-space(.)"/></Identifier></Reference>
    </xsl:for-each>
    <xsl:for-each select="$gs/d:UCR/d:TraderAssignedReferenceID">
      <Reference type="TraderReference" typeCode="TraderAssignedReferenceID"><Identifier><xsl:value-of select="normalize-space(.)"/></Identifier></Reference>
    </xsl:for-each>
    <xsl:for-each select="$cons/d:TransportContractDocument">
      <xsl:call-template name="transport-document"/>
    </xsl:for-each>
    <xsl:apply-templates select="$gs/d:PreviousDocument" mode="reference"/>
    <xsl:for-each select="d:ObligationGuarantee">
      <Reference type="Guarantee" typeCode="{normalize-space(d:SecurityDetailsCode)}" typeList="WCO DE 8/2 guarantee type">
        <xsl:if test="d:ID"><Identifier><xsl:value-of select="normalize-space(d:ID)"/></Identifier></xsl:if>
      </Reference>
      <xsl:for-each select="d:ReferenceID">
        <Reference type="GuaranteeReference" typeCode="{normalize-space(../d:SecurityDetailsCode)}" typeList="WCO DE 8/3"><Identifier><xsl:value-of select="normalize-space(.)"/></Identifier></Reference>
      </xsl:for-each>
    </xsl:for-each>
    <!-- Party -->
    <xsl:apply-templates select="d:Declarant" mode="party"><xsl:with-param name="type" select="'Declarant'"/><xsl:with-param name="code" select="'DT'"/></xsl:apply-templates>
    <xsl:apply-templates select="d:Agent" mode="party"><xsl:with-param name="type" select="'CustomsBroker'"/><xsl:with-param name="code" select="'CB'"/></xsl:apply-templates>
    <xsl:apply-templates select="d:Submitter" mode="party"><xsl:with-param name="type" select="'Submitter'"/><xsl:with-param name="code" select="'MS'"/></xsl:apply-templates>
    <xsl:apply-templates select="d:Exporter" mode="party"><xsl:with-param name="type" select="'Exporter'"/><xsl:with-param name="code" select="'EX'"/></xsl:apply-templates>
    <xsl:apply-templates select="$gs/d:Importer" mode="party"><xsl:with-param name="type" select="'Importer'"/><xsl:with-param name="code" select="'IM'"/></xsl:apply-templates>
    <xsl:apply-templates select="$gs/d:Consignor" mode="party"><xsl:with-param name="type" select="'Consignor'"/><xsl:with-param name="code" select="'CZ'"/></xsl:apply-templates>
    <xsl:apply-templates select="$gs/d:Consignee" mode="party"><xsl:with-param name="type" select="'Consignee'"/><xsl:with-param name="code" select="'CN'"/></xsl:apply-templates>
    <xsl:apply-templates select="$gs/d:Seller" mode="party"><xsl:with-param name="type" select="'Seller'"/><xsl:with-param name="code" select="'SE'"/></xsl:apply-templates>
    <xsl:apply-templates select="$gs/d:Buyer" mode="party"><xsl:with-param name="type" select="'Buyer'"/><xsl:with-param name="code" select="'BY'"/></xsl:apply-templates>
    <xsl:apply-templates select="$cons/d:Carrier" mode="party"><xsl:with-param name="type" select="'Carrier'"/><xsl:with-param name="code" select="'CA'"/></xsl:apply-templates>
    <!-- UNCL 3035 has no authorisation holder: the WCO class name is the code -->
    <xsl:apply-templates select="d:AuthorisationHolder" mode="party"><xsl:with-param name="type" select="'AuthorisationHolder'"/><xsl:with-param name="code" select="'AuthorisationHolder'"/><xsl:with-param name="list" select="'WCO class'"/></xsl:apply-templates>
    <!-- FreeText -->
    <xsl:apply-templates select="d:AdditionalInformation" mode="free-text"/>
    <!-- TransportMeans -->
    <xsl:for-each select="d:BorderTransportMeans">
      <xsl:call-template name="transport-means"><xsl:with-param name="stage" select="'11'"/><xsl:with-param name="stageName" select="'AtBorder'"/></xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="$cons/d:DepartureTransportMeans">
      <xsl:call-template name="transport-means"><xsl:with-param name="stage" select="'12'"/><xsl:with-param name="stageName" select="'AtDeparture'"/></xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="$cons/d:ArrivalTransportMeans">
      <xsl:call-template name="transport-means"><xsl:with-param name="stage" select="'13'"/><xsl:with-param name="stageName" select="'AtDestination'"/></xsl:call-template>
    </xsl:for-each>
    <!-- Equipment -->
    <xsl:for-each select="$cons/d:TransportEquipment">
      <Equipment type="TransportEquipment" typeCode="CN" typeList="UNCL 8053">
        <Identification><xsl:value-of select="normalize-space(d:ID)"/></Identification>
        <xsl:for-each select="d:Seal"><Seal><Identifier><xsl:value-of select="normalize-space(d:ID)"/></Identifier></Seal></xsl:for-each>
      </Equipment>
    </xsl:for-each>
    <!-- AdditionalDocument -->
    <xsl:apply-templates select="d:AdditionalDocument" mode="document"/>
    <!-- TradeTerms -->
    <xsl:for-each select="$gs/d:TradeTerms">
      <TradeTerms>
        <Terms><Code list="Incoterms"><xsl:value-of select="normalize-space(d:ConditionCode)"/></Code></Terms>
        <xsl:if test="d:LocationID or d:LocationName">
          <Location type="PlaceOfTermsOfDelivery" typeCode="1" typeList="UNCL 3227">
            <xsl:if test="d:LocationID"><Identification><xsl:value-of select="normalize-space(d:LocationID)"/></Identification></xsl:if>
            <xsl:if test="d:LocationName"><Name><xsl:value-of select="d:LocationName"/></Name></xsl:if>
          </Location>
        </xsl:if>
      </TradeTerms>
    </xsl:for-each>
    <!-- Amount -->
    <xsl:for-each select="d:InvoiceAmount">
      <xsl:call-template name="amount"><xsl:with-param name="type" select="'InvoiceAmount'"/></xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="d:ObligationGuarantee/d:AmountAmount">
      <xsl:call-template name="amount"><xsl:with-param name="type" select="'GuaranteeAmount'"/></xsl:call-template>
    </xsl:for-each>
    <!-- Currency -->
    <xsl:for-each select="d:CurrencyExchange">
      <Currency>
        <Currency type="Reference" typeCode="2" typeList="UNCL 6347"><xsl:value-of select="normalize-space(d:CurrencyTypeCode)"/></Currency>
        <xsl:if test="d:RateNumeric"><ExchangeRate><xsl:value-of select="normalize-space(d:RateNumeric)"/></ExchangeRate></xsl:if>
      </Currency>
    </xsl:for-each>
    <GoodsShipment>
      <xsl:apply-templates select="$gs/d:GovernmentAgencyGoodsItem"/>
    </GoodsShipment>
    <xsl:for-each select="d:GoodsItemQuantity">
      <ControlTotal type="GoodsItemQuantity" typeCode="GoodsItemQuantity"><xsl:value-of select="normalize-space(.)"/></ControlTotal>
    </xsl:for-each>
    <xsl:for-each select="d:TotalPackageQuantity">
      <ControlTotal type="TotalPackageQuantity" typeCode="TotalPackageQuantity"><xsl:value-of select="normalize-space(.)"/></ControlTotal>
    </xsl:for-each>
    <!-- everything else outside goods items -->
    <xsl:apply-templates select="*" mode="leftover"/>
  </xsl:template>

  <!-- ================================================================ goods item -->

  <xsl:template match="d:GovernmentAgencyGoodsItem">
    <xsl:variable name="origin" select="d:Origin[normalize-space(d:TypeCode) = '2'][1] | d:Origin[not(../d:Origin[normalize-space(d:TypeCode) = '2'])][1]"/>
    <GoodsItem sequence="{normalize-space(d:SequenceNumeric)}">
      <xsl:for-each select="d:Commodity/d:Classification">
        <Classification position="{position()}">
          <xsl:variable name="scheme" select="normalize-space(d:IdentificationTypeCode)"/>
          <xsl:attribute name="scheme"><xsl:call-template name="classification-scheme"><xsl:with-param name="code" select="$scheme"/></xsl:call-template></xsl:attribute>
          <xsl:attribute name="schemeCode"><xsl:value-of select="$scheme"/></xsl:attribute>
          <xsl:value-of select="normalize-space(d:ID)"/>
        </Classification>
      </xsl:for-each>
      <xsl:for-each select="d:GovernmentProcedure">
        <xsl:variable name="n" select="position()"/>
        <Classification scheme="RequestedProcedure" schemeCode="CurrentCode" position="{$n}"><xsl:value-of select="normalize-space(d:CurrentCode)"/></Classification>
        <xsl:for-each select="d:PreviousCode">
          <Classification scheme="PreviousProcedure" schemeCode="PreviousCode" position="{$n}"><xsl:value-of select="normalize-space(.)"/></Classification>
        </xsl:for-each>
      </xsl:for-each>
      <xsl:for-each select="d:Commodity/d:Description">
        <Description type="GoodsDescription" typeCode="AAA" typeList="UNCL 4451"><Text><xsl:value-of select="."/></Text></Description>
      </xsl:for-each>
      <xsl:apply-templates select="d:AdditionalInformation" mode="free-text"/>
      <xsl:for-each select="$origin">
        <Origin>
          <Country><xsl:value-of select="normalize-space(d:CountryCode)"/></Country>
          <xsl:if test="d:RegionID"><Region><xsl:value-of select="normalize-space(d:RegionID)"/></Region></xsl:if>
          <Type list="WCO origin type (DE 5/15, 5/16)">
            <xsl:attribute name="name">
              <xsl:choose>
                <xsl:when test="normalize-space(d:TypeCode) = '1'">NonPreferential</xsl:when>
                <xsl:when test="normalize-space(d:TypeCode) = '2'">Preferential</xsl:when>
                <xsl:otherwise>Unknown</xsl:otherwise>
              </xsl:choose>
            </xsl:attribute>
            <xsl:value-of select="normalize-space(d:TypeCode)"/>
          </Type>
          <xsl:apply-templates select="../d:AdditionalDocument[contains(' 861 C861 N861 U861 ', concat(' ', normalize-space(d:CategoryCode), normalize-space(d:TypeCode), ' '))]" mode="document"><xsl:with-param name="element" select="'Certificate'"/></xsl:apply-templates>
        </Origin>
      </xsl:for-each>
      <xsl:for-each select="d:Commodity/d:GoodsMeasure/d:GrossMassMeasure">
        <xsl:call-template name="measure"><xsl:with-param name="type" select="'GrossMass'"/><xsl:with-param name="dimension" select="'GrossMass'"/></xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="d:Commodity/d:GoodsMeasure/d:NetNetWeightMeasure">
        <xsl:call-template name="measure"><xsl:with-param name="type" select="'NetMass'"/><xsl:with-param name="dimension" select="'NetMass'"/></xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="d:Commodity/d:GoodsMeasure/d:TariffQuantity">
        <xsl:call-template name="measure"><xsl:with-param name="type" select="'TariffQuantity'"/><xsl:with-param name="dimension" select="'SupplementaryUnits'"/></xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="d:Packaging">
        <Package>
          <xsl:if test="d:QuantityQuantity"><Quantity><xsl:value-of select="normalize-space(d:QuantityQuantity)"/></Quantity></xsl:if>
          <xsl:if test="d:TypeCode"><Type><Code list="UN/ECE Rec 21"><xsl:value-of select="normalize-space(d:TypeCode)"/></Code></Type></xsl:if>
          <xsl:if test="d:MarksNumbersID"><Marks><Line><xsl:value-of select="d:MarksNumbersID"/></Line></Marks></xsl:if>
        </Package>
      </xsl:for-each>
      <xsl:for-each select="d:CustomsValueAmount">
        <xsl:call-template name="amount"><xsl:with-param name="type" select="'CustomsValue'"/></xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="d:StatisticalValueAmount">
        <xsl:call-template name="amount"><xsl:with-param name="type" select="'StatisticalValue'"/></xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="d:Commodity/d:InvoiceLine/d:ItemChargeAmount">
        <xsl:call-template name="amount"><xsl:with-param name="type" select="'ItemPrice'"/></xsl:call-template>
      </xsl:for-each>
      <xsl:apply-templates select="d:PreviousDocument" mode="reference"/>
      <xsl:apply-templates select="d:AdditionalDocument[not($origin) or not(contains(' 861 C861 N861 U861 ', concat(' ', normalize-space(d:CategoryCode), normalize-space(d:TypeCode), ' ')))]" mode="document"/>
      <xsl:for-each select="d:TransactionNatureCode">
        <Indicator type="TransactionNature" typeCode="TransactionNatureCode"><Code list="WCO DE 8/5"><xsl:value-of select="normalize-space(.)"/></Code></Indicator>
      </xsl:for-each>
      <xsl:for-each select="d:CustomsValuation/d:MethodCode">
        <Indicator type="ValuationMethod" typeCode="MethodCode"><Code list="WCO DE 4/16"><xsl:value-of select="normalize-space(.)"/></Code></Indicator>
      </xsl:for-each>
      <xsl:for-each select="d:ValuationAdjustment/d:AdditionCode">
        <Indicator type="ValuationAdjustment" typeCode="AdditionCode"><Code list="WCO DE 4/13"><xsl:value-of select="normalize-space(.)"/></Code></Indicator>
      </xsl:for-each>
      <xsl:apply-templates select="d:Commodity/d:DutyTaxFee"/>
      <!-- a second Origin (WCO allows preferential and non-preferential side by side) -->
      <xsl:apply-templates select="d:Origin[count(. | $origin) != count($origin)]" mode="unmapped"/>
      <xsl:apply-templates select="*" mode="leftover"/>
    </GoodsItem>
  </xsl:template>

  <xsl:template match="d:DutyTaxFee">
    <xsl:variable name="t" select="normalize-space(d:TypeCode)"/>
    <DutyTaxFee typeCode="{$t}" typeList="tax type">
      <xsl:attribute name="type"><xsl:call-template name="tax-type-name"><xsl:with-param name="code" select="$t"/></xsl:call-template></xsl:attribute>
      <TaxType><Code list="tax type"><xsl:value-of select="$t"/></Code></TaxType>
      <xsl:if test="d:TaxRateNumeric"><Rate><xsl:value-of select="normalize-space(d:TaxRateNumeric)"/></Rate></xsl:if>
      <xsl:if test="d:DutyRegimeCode"><RateIdentification list="duty regime (preference)"><xsl:value-of select="normalize-space(d:DutyRegimeCode)"/></RateIdentification></xsl:if>
      <xsl:for-each select="d:AdValoremTaxBaseAmount"><xsl:call-template name="amount"><xsl:with-param name="type" select="'TaxBase'"/></xsl:call-template></xsl:for-each>
      <xsl:for-each select="d:Payment/d:TaxAssessedAmount"><xsl:call-template name="amount"><xsl:with-param name="type" select="'TaxAssessed'"/></xsl:call-template></xsl:for-each>
      <xsl:for-each select="d:Payment/d:PaymentAmount"><xsl:call-template name="amount"><xsl:with-param name="type" select="'Payable'"/></xsl:call-template></xsl:for-each>
      <xsl:for-each select="d:Payment/d:MethodCode">
        <Indicator type="PaymentMethod" typeCode="MethodCode"><Code list="WCO DE 4/8"><xsl:value-of select="normalize-space(.)"/></Code></Indicator>
      </xsl:for-each>
      <xsl:for-each select="d:SpecificTaxBaseQuantity">
        <xsl:call-template name="measure"><xsl:with-param name="type" select="'SpecificTaxBase'"/><xsl:with-param name="dimension" select="'TaxBaseQuantity'"/></xsl:call-template>
      </xsl:for-each>
    </DutyTaxFee>
  </xsl:template>

  <!-- ================================================================ building blocks -->

  <xsl:template match="*" mode="party">
    <xsl:param name="type"/>
    <xsl:param name="code"/>
    <xsl:param name="list" select="'UNCL 3035'"/>
    <Party type="{$type}" typeCode="{$code}" typeList="{$list}">
      <xsl:for-each select="d:ID"><Identification><xsl:value-of select="normalize-space(.)"/></Identification></xsl:for-each>
      <xsl:for-each select="d:Name"><Name><xsl:value-of select="."/></Name></xsl:for-each>
      <xsl:for-each select="d:Address">
        <Address>
          <xsl:for-each select="d:Line"><Line><xsl:value-of select="."/></Line></xsl:for-each>
          <xsl:for-each select="d:CityName"><City><xsl:value-of select="."/></City></xsl:for-each>
          <xsl:for-each select="d:CountrySubDivisionName"><CountrySubdivision><xsl:value-of select="."/></CountrySubdivision></xsl:for-each>
          <xsl:for-each select="d:PostcodeID"><PostalCode><xsl:value-of select="normalize-space(.)"/></PostalCode></xsl:for-each>
          <xsl:for-each select="d:CountryCode"><Country><xsl:value-of select="normalize-space(.)"/></Country></xsl:for-each>
        </Address>
      </xsl:for-each>
      <xsl:for-each select="d:Communication">
        <Communication channelCode="{normalize-space(d:TypeCode)}">
          <xsl:attribute name="channel">
            <xsl:choose>
              <xsl:when test="normalize-space(d:TypeCode) = 'TE'">Telephone</xsl:when>
              <xsl:when test="normalize-space(d:TypeCode) = 'EM'">Email</xsl:when>
              <xsl:when test="normalize-space(d:TypeCode) = 'FX'">Fax</xsl:when>
              <xsl:otherwise>Unknown</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:value-of select="normalize-space(d:ID)"/>
        </Communication>
      </xsl:for-each>
      <xsl:for-each select="d:CategoryCode">
        <Reference type="Authorisation" typeCode="{normalize-space(.)}" typeList="WCO DE 3/39 authorisation type"/>
      </xsl:for-each>
      <xsl:for-each select="d:FunctionCode">
        <Reference type="RepresentationStatus" typeCode="{normalize-space(.)}" typeList="WCO DE 3/21"/>
      </xsl:for-each>
    </Party>
  </xsl:template>

  <xsl:template match="*" mode="document">
    <xsl:param name="element" select="'AdditionalDocument'"/>
    <xsl:variable name="code" select="concat(normalize-space(d:CategoryCode), normalize-space(d:TypeCode))"/>
    <xsl:element name="{$element}">
      <xsl:attribute name="typeCode"><xsl:value-of select="$code"/></xsl:attribute>
      <xsl:attribute name="type"><xsl:call-template name="document-type-name"><xsl:with-param name="code" select="$code"/></xsl:call-template></xsl:attribute>
      <xsl:attribute name="list">
        <xsl:choose>
          <xsl:when test="d:CategoryCode">WCO document code (category + type)</xsl:when>
          <xsl:otherwise>UNCL 1001</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:for-each select="d:Name"><Name><xsl:value-of select="."/></Name></xsl:for-each>
      <Identifier><xsl:value-of select="normalize-space(d:ID)"/></Identifier>
      <xsl:for-each select="d:LPCOExemptionCode"><Status list="WCO document status (LPCO exemption)"><xsl:value-of select="normalize-space(.)"/></Status></xsl:for-each>
      <xsl:for-each select="d:IssueDateTime">
        <xsl:call-template name="date-time"><xsl:with-param name="type" select="'Issue'"/><xsl:with-param name="typeCode" select="'IssueDateTime'"/></xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="d:EffectiveDateTime">
        <xsl:call-template name="date-time"><xsl:with-param name="type" select="'Effective'"/><xsl:with-param name="typeCode" select="'EffectiveDateTime'"/></xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="d:IssueLocationID">
        <Location type="Issue" typeCode="IssueLocationID"><Identification><xsl:value-of select="normalize-space(.)"/></Identification></Location>
      </xsl:for-each>
      <xsl:apply-templates select="d:Submitter" mode="party"><xsl:with-param name="type" select="'Issuer'"/><xsl:with-param name="code" select="'MS'"/></xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <xsl:template match="*" mode="reference">
    <Reference type="PreviousDocument" typeCode="{concat(normalize-space(d:CategoryCode), normalize-space(d:TypeCode))}">
      <xsl:attribute name="typeList">
        <xsl:choose>
          <xsl:when test="d:CategoryCode">WCO previous document code (category + type)</xsl:when>
          <xsl:otherwise>UNCL 1001</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <Identifier><xsl:value-of select="normalize-space(d:ID)"/></Identifier>
      <xsl:if test="d:LineNumeric"><LineNumber><xsl:value-of select="normalize-space(d:LineNumeric)"/></LineNumber></xsl:if>
    </Reference>
  </xsl:template>

  <xsl:template match="*" mode="free-text">
    <FreeText type="AdditionalInformation">
      <xsl:if test="d:StatementTypeCode">
        <xsl:attribute name="typeCode"><xsl:value-of select="normalize-space(d:StatementTypeCode)"/></xsl:attribute>
        <xsl:attribute name="typeList">WCO statement type</xsl:attribute>
      </xsl:if>
      <xsl:if test="d:StatementCode"><TextReference list="WCO statement code (DE 2/2)"><xsl:value-of select="normalize-space(d:StatementCode)"/></TextReference></xsl:if>
      <xsl:for-each select="d:StatementDescription"><Text><xsl:value-of select="."/></Text></xsl:for-each>
    </FreeText>
  </xsl:template>

  <xsl:template name="transport-means">
    <xsl:param name="stage"/>
    <xsl:param name="stageName"/>
    <TransportMeans>
      <Stage list="UNCL 8051" name="{$stageName}"><xsl:value-of select="$stage"/></Stage>
      <xsl:if test="d:ModeCode"><Mode><Code list="UN/ECE Rec 19"><xsl:value-of select="normalize-space(d:ModeCode)"/></Code></Mode></xsl:if>
      <xsl:if test="d:TypeCode"><MeansType><Code list="UN/ECE Rec 28"><xsl:value-of select="normalize-space(d:TypeCode)"/></Code></MeansType></xsl:if>
      <xsl:if test="d:ID">
        <Identification>
          <xsl:if test="d:IdentificationTypeCode">
            <xsl:attribute name="schemeCode"><xsl:value-of select="normalize-space(d:IdentificationTypeCode)"/></xsl:attribute>
            <xsl:attribute name="scheme">
              <xsl:variable name="c" select="normalize-space(d:IdentificationTypeCode)"/>
              <xsl:choose>
                <xsl:when test="$c = '10'">IMO ship number</xsl:when>
                <xsl:when test="$c = '11'">Ship name</xsl:when>
                <xsl:when test="$c = '40'">IATA flight number</xsl:when>
                <xsl:when test="$c = '41'">Aircraft registration</xsl:when>
                <xsl:otherwise>Unknown</xsl:otherwise>
              </xsl:choose>
            </xsl:attribute>
          </xsl:if>
          <xsl:value-of select="normalize-space(d:ID)"/>
        </Identification>
      </xsl:if>
      <xsl:if test="d:Name"><Name><xsl:value-of select="d:Name"/></Name></xsl:if>
      <xsl:if test="d:RegistrationNationalityCode"><Nationality><xsl:value-of select="normalize-space(d:RegistrationNationalityCode)"/></Nationality></xsl:if>
    </TransportMeans>
  </xsl:template>

  <xsl:template name="transport-document">
    <xsl:variable name="c" select="normalize-space(d:TypeCode)"/>
    <Reference typeCode="{$c}" typeList="UNCL 1001">
      <xsl:attribute name="type">
        <xsl:choose>
          <xsl:when test="$c = '705'">BillOfLading</xsl:when>
          <xsl:when test="$c = '703'">HouseWaybill</xsl:when>
          <xsl:when test="$c = '740'">AirWaybill</xsl:when>
          <xsl:when test="$c = '741'">MasterAirWaybill</xsl:when>
          <xsl:when test="$c = '714'">HouseBillOfLading</xsl:when>
          <xsl:otherwise>TransportDocument</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <Identifier><xsl:value-of select="normalize-space(d:ID)"/></Identifier>
    </Reference>
  </xsl:template>

  <xsl:template name="location-qualifier">
    <xsl:for-each select="d:Address/d:TypeCode">
      <xsl:attribute name="schemeCode"><xsl:value-of select="normalize-space(.)"/></xsl:attribute>
      <xsl:attribute name="scheme">
        <xsl:choose>
          <xsl:when test="normalize-space(.) = 'U'">UN/LOCODE</xsl:when>
          <xsl:when test="normalize-space(.) = 'Y'">Authorisation number</xsl:when>
          <xsl:when test="normalize-space(.) = 'Z'">Free text address</xsl:when>
          <xsl:otherwise>Unknown</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
    </xsl:for-each>
  </xsl:template>

  <!-- A WCO amount (currencyID) -->
  <xsl:template name="amount">
    <xsl:param name="type"/>
    <Amount type="{$type}" typeCode="{local-name()}">
      <xsl:if test="@currencyID"><xsl:attribute name="currency"><xsl:value-of select="@currencyID"/></xsl:attribute></xsl:if>
      <xsl:value-of select="normalize-space(.)"/>
    </Amount>
  </xsl:template>

  <!-- A WCO measure (unitCode; masses default to KGM as WCO specifies) -->
  <xsl:template name="measure">
    <xsl:param name="type"/>
    <xsl:param name="dimension"/>
    <Measure type="{$type}" typeCode="{local-name()}" dimension="{$dimension}">
      <xsl:attribute name="unit">
        <xsl:choose>
          <xsl:when test="@unitCode"><xsl:value-of select="@unitCode"/></xsl:when>
          <xsl:when test="contains(local-name(), 'Mass') or contains(local-name(), 'Weight')">KGM</xsl:when>
        </xsl:choose>
      </xsl:attribute>
      <xsl:value-of select="normalize-space(.)"/>
    </Measure>
  </xsl:template>

  <!-- WCO DateTimeString: 102 CCYYMMDD, 304 CCYYMMDDHHMMSS(Z|+hhmm). @iso only when well formed. -->
  <xsl:template name="date-time">
    <xsl:param name="type"/>
    <xsl:param name="typeCode"/>
    <xsl:variable name="s" select="*[local-name() = 'DateTimeString']"/>
    <xsl:variable name="v" select="normalize-space($s)"/>
    <xsl:variable name="f" select="normalize-space($s/@formatCode)"/>
    <xsl:variable name="digits" select="translate($v, '0123456789', '')"/>
    <DateTime type="{$type}" typeCode="{$typeCode}">
      <xsl:if test="$f != ''"><xsl:attribute name="format"><xsl:value-of select="$f"/></xsl:attribute></xsl:if>
      <xsl:choose>
        <xsl:when test="$f = '102' and string-length($v) = 8 and $digits = ''">
          <xsl:attribute name="iso"><xsl:value-of select="concat(substring($v,1,4),'-',substring($v,5,2),'-',substring($v,7,2))"/></xsl:attribute>
        </xsl:when>
        <xsl:when test="$f = '304' and string-length($v) &gt;= 15 and translate(substring($v,1,14), '0123456789', '') = ''">
          <xsl:variable name="zone" select="substring($v, 15)"/>
          <xsl:variable name="isoZone">
            <xsl:choose>
              <xsl:when test="$zone = 'Z'">Z</xsl:when>
              <xsl:when test="string-length($zone) = 5 and contains('+-', substring($zone,1,1)) and translate(substring($zone,2), '0123456789', '') = ''">
                <xsl:value-of select="concat(substring($zone,1,3), ':', substring($zone,4,2))"/>
              </xsl:when>
            </xsl:choose>
          </xsl:variable>
          <xsl:if test="$isoZone != ''">
            <xsl:attribute name="iso"><xsl:value-of select="concat(substring($v,1,4),'-',substring($v,5,2),'-',substring($v,7,2),'T',substring($v,9,2),':',substring($v,11,2),':',substring($v,13,2),$isoZone)"/></xsl:attribute>
          </xsl:if>
        </xsl:when>
      </xsl:choose>
      <xsl:value-of select="$v"/>
    </DateTime>
  </xsl:template>

  <!-- ================================================================ code tables -->

  <xsl:template name="declaration-type-name">
    <xsl:param name="code"/>
    <xsl:choose>
      <xsl:when test="starts-with($code, 'IM')">Import</xsl:when>
      <xsl:when test="starts-with($code, 'EX')">Export</xsl:when>
      <xsl:otherwise>Unknown</xsl:otherwise>
    </xsl:choose>
    <xsl:variable name="additional" select="substring($code, 3, 1)"/>
    <xsl:choose>
      <xsl:when test="$additional = 'A'">, standard</xsl:when>
      <xsl:when test="$additional = 'B'">, simplified</xsl:when>
      <xsl:when test="$additional = 'C'">, simplified (regular use)</xsl:when>
      <xsl:when test="$additional = 'D'">, standard pre-lodged</xsl:when>
      <xsl:when test="$additional = 'E'">, simplified pre-lodged</xsl:when>
      <xsl:when test="$additional = 'F'">, simplified pre-lodged (regular use)</xsl:when>
      <xsl:when test="$additional = 'K'">, entry in the declarant's records</xsl:when>
      <xsl:when test="$additional = 'Z'">, post-clearance</xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="classification-scheme">
    <xsl:param name="code"/>
    <xsl:choose>
      <xsl:when test="$code = 'HS'">HS</xsl:when>
      <xsl:when test="$code = 'HSK'">NationalTariff</xsl:when>
      <xsl:when test="$code = 'TSP' or $code = 'GN' or $code = 'CN'">CombinedNomenclature</xsl:when>
      <xsl:when test="$code = 'TRC'">TARIC</xsl:when>
      <xsl:when test="$code = 'TRA'">TARICAdditionalCode</xsl:when>
      <xsl:when test="$code = 'NAN'">NationalAdditionalCode</xsl:when>
      <xsl:when test="$code = 'CV'">CUSCode</xsl:when>
      <xsl:when test="$code = 'UN'">UNDangerousGoodsCode</xsl:when>
      <xsl:otherwise>Unknown</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="document-type-name">
    <xsl:param name="code"/>
    <xsl:variable name="t" select="substring($code, string-length($code) - 2)"/>
    <xsl:choose>
      <xsl:when test="$t = '861'">CertificateOfOrigin</xsl:when>
      <xsl:when test="$t = '380' or $t = '935'">CommercialInvoice</xsl:when>
      <xsl:when test="$t = '271'">PackingList</xsl:when>
      <xsl:when test="$t = '911'">ImportLicence</xsl:when>
      <xsl:when test="$t = '811'">ExportLicence</xsl:when>
      <xsl:when test="$code = 'DAN'">DeferredPaymentAccount</xsl:when>
      <xsl:when test="starts-with($code, 'C5') or starts-with($code, 'C6')">Authorisation</xsl:when>
      <xsl:otherwise>Document</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tax-type-name">
    <xsl:param name="code"/>
    <xsl:choose>
      <xsl:when test="$code = 'A' or $code = 'A00'">CustomsDuty</xsl:when>
      <xsl:when test="$code = 'B' or $code = 'B00'">ValueAddedTax</xsl:when>
      <xsl:when test="$code = 'C'">IndividualConsumptionTax</xsl:when>
      <xsl:when test="$code = 'D'">LiquorTax</xsl:when>
      <xsl:when test="$code = 'E'">EducationTax</xsl:when>
      <xsl:when test="$code = 'F'">RuralDevelopmentTax</xsl:when>
      <xsl:when test="$code = 'G'">TransportEnergyEnvironmentTax</xsl:when>
      <xsl:otherwise>Unknown</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ the safety net -->

  <!-- Walks the source below a mapped element: an element whose parent/child pair (local names) is
       listed in the match pattern below was mapped, so its children are walked in turn; the first
       unknown element on each path is copied whole into Unmapped. Goods items are walked by their
       own template. The pairs are template patterns, so libxslt finds them by a hash lookup on the
       element name (a string table searched per element made this walk most of the translation time). -->
  <!-- $probe: true when the element is a stand-in built by the fallback below; answers 'known'. -->
  <xsl:template mode="leftover"
                match="d:Declaration/d:FunctionCode | d:Declaration/d:FunctionalReferenceID | d:Declaration/d:ID | d:Declaration/d:TypeCode | d:Declaration/d:IssueDateTime |
                       d:Declaration/d:DeclarationOfficeID | d:Declaration/d:GoodsItemQuantity | d:Declaration/d:TotalPackageQuantity | d:Declaration/d:TotalGrossMassMeasure |
                       d:Declaration/d:InvoiceAmount | d:Declaration/d:VersionID | d:Declaration/d:AdditionalDocument | d:Declaration/d:AdditionalInformation | d:Declaration/d:Agent |
                       d:Declaration/d:AuthorisationHolder | d:Declaration/d:BorderTransportMeans | d:Declaration/d:CurrencyExchange | d:Declaration/d:Declarant |
                       d:Declaration/d:Exporter | d:Declaration/d:GoodsShipment | d:Declaration/d:ObligationGuarantee | d:Declaration/d:Submitter | d:Declaration/d:ExitOffice |
                       d:Declaration/d:PresentationOffice | d:Declaration/d:SupervisingOffice | d:Declaration/d:Consignment |
                       d:IssueDateTime/d:DateTimeString | d:EffectiveDateTime/d:DateTimeString |
                       d:Address/d:CityName | d:Address/d:CountryCode | d:Address/d:CountrySubDivisionName | d:Address/d:Line | d:Address/d:PostcodeID |
                       d:Communication/d:ID | d:Communication/d:TypeCode |
                       d:Declarant/d:ID | d:Declarant/d:Name | d:Declarant/d:Address | d:Declarant/d:Communication |
                       d:Exporter/d:ID | d:Exporter/d:Name | d:Exporter/d:Address | d:Exporter/d:Communication | d:Importer/d:ID | d:Importer/d:Name | d:Importer/d:Address | d:Importer/d:Communication |
                       d:Consignee/d:ID | d:Consignee/d:Name | d:Consignee/d:Address | d:Consignee/d:Communication | d:Consignor/d:ID | d:Consignor/d:Name | d:Consignor/d:Address | d:Consignor/d:Communication |
                       d:Buyer/d:ID | d:Buyer/d:Name | d:Buyer/d:Address | d:Buyer/d:Communication | d:Seller/d:ID | d:Seller/d:Name | d:Seller/d:Address | d:Seller/d:Communication |
                       d:Submitter/d:ID | d:Submitter/d:Name | d:Submitter/d:Address | d:Submitter/d:Communication | d:Carrier/d:ID | d:Carrier/d:Name | d:Carrier/d:Address |
                       d:Agent/d:ID | d:Agent/d:Name | d:Agent/d:FunctionCode | d:Agent/d:Address | d:AuthorisationHolder/d:ID | d:AuthorisationHolder/d:CategoryCode |
                       d:ExitOffice/d:ID | d:PresentationOffice/d:ID | d:SupervisingOffice/d:ID |
                       d:AdditionalDocument/d:CategoryCode | d:AdditionalDocument/d:ID | d:AdditionalDocument/d:TypeCode | d:AdditionalDocument/d:IssueDateTime |
                       d:AdditionalDocument/d:EffectiveDateTime | d:AdditionalDocument/d:IssueLocationID | d:AdditionalDocument/d:Name | d:AdditionalDocument/d:LPCOExemptionCode | d:AdditionalDocument/d:Submitter |
                       d:AdditionalInformation/d:StatementCode | d:AdditionalInformation/d:StatementDescription | d:AdditionalInformation/d:StatementTypeCode |
                       d:BorderTransportMeans/d:ID | d:BorderTransportMeans/d:IdentificationTypeCode | d:BorderTransportMeans/d:Name | d:BorderTransportMeans/d:TypeCode |
                       d:BorderTransportMeans/d:RegistrationNationalityCode | d:BorderTransportMeans/d:ModeCode |
                       d:ArrivalTransportMeans/d:ID | d:ArrivalTransportMeans/d:IdentificationTypeCode | d:ArrivalTransportMeans/d:Name | d:ArrivalTransportMeans/d:TypeCode | d:ArrivalTransportMeans/d:ModeCode |
                       d:DepartureTransportMeans/d:ID | d:DepartureTransportMeans/d:IdentificationTypeCode | d:DepartureTransportMeans/d:Name | d:DepartureTransportMeans/d:TypeCode | d:DepartureTransportMeans/d:ModeCode |
                       d:CurrencyExchange/d:CurrencyTypeCode | d:CurrencyExchange/d:RateNumeric |
                       d:ObligationGuarantee/d:AmountAmount | d:ObligationGuarantee/d:ID | d:ObligationGuarantee/d:ReferenceID | d:ObligationGuarantee/d:SecurityDetailsCode |
                       d:GoodsShipment/d:TransactionNatureCode | d:GoodsShipment/d:Buyer | d:GoodsShipment/d:Consignee | d:GoodsShipment/d:Consignment | d:GoodsShipment/d:Consignor |
                       d:GoodsShipment/d:Destination | d:GoodsShipment/d:ExportCountry | d:GoodsShipment/d:GovernmentAgencyGoodsItem | d:GoodsShipment/d:Importer |
                       d:GoodsShipment/d:PreviousDocument | d:GoodsShipment/d:Seller | d:GoodsShipment/d:TradeTerms | d:GoodsShipment/d:UCR | d:GoodsShipment/d:Warehouse |
                       d:Consignment/d:ContainerCode | d:Consignment/d:ArrivalTransportMeans | d:Consignment/d:DepartureTransportMeans | d:Consignment/d:GoodsLocation |
                       d:Consignment/d:LoadingLocation | d:Consignment/d:UnloadingLocation | d:Consignment/d:TransportContractDocument | d:Consignment/d:TransportEquipment |
                       d:Consignment/d:Carrier | d:Consignment/d:Itinerary | d:Itinerary/d:SequenceNumeric | d:Itinerary/d:RoutingCountryCode |
                       d:GoodsLocation/d:ID | d:GoodsLocation/d:Name | d:GoodsLocation/d:TypeCode | d:GoodsLocation/d:Address | d:Address/d:TypeCode |
                       d:LoadingLocation/d:ID | d:LoadingLocation/d:Name | d:UnloadingLocation/d:ID | d:UnloadingLocation/d:Name |
                       d:TransportContractDocument/d:ID | d:TransportContractDocument/d:TypeCode |
                       d:TransportEquipment/d:SequenceNumeric | d:TransportEquipment/d:ID | d:TransportEquipment/d:Seal | d:Seal/d:SequenceNumeric | d:Seal/d:ID |
                       d:Destination/d:CountryCode | d:ExportCountry/d:ID |
                       d:PreviousDocument/d:CategoryCode | d:PreviousDocument/d:ID | d:PreviousDocument/d:TypeCode | d:PreviousDocument/d:LineNumeric |
                       d:TradeTerms/d:ConditionCode | d:TradeTerms/d:LocationID | d:TradeTerms/d:LocationName | d:UCR/d:ID | d:UCR/d:TraderAssignedReferenceID |
                       d:Warehouse/d:ID | d:Warehouse/d:TypeCode |
                       d:GovernmentAgencyGoodsItem/d:SequenceNumeric | d:GovernmentAgencyGoodsItem/d:CustomsValueAmount | d:GovernmentAgencyGoodsItem/d:StatisticalValueAmount |
                       d:GovernmentAgencyGoodsItem/d:TransactionNatureCode | d:GovernmentAgencyGoodsItem/d:AdditionalDocument | d:GovernmentAgencyGoodsItem/d:AdditionalInformation |
                       d:GovernmentAgencyGoodsItem/d:Commodity | d:GovernmentAgencyGoodsItem/d:CustomsValuation | d:GovernmentAgencyGoodsItem/d:GovernmentProcedure |
                       d:GovernmentAgencyGoodsItem/d:Origin | d:GovernmentAgencyGoodsItem/d:Packaging | d:GovernmentAgencyGoodsItem/d:PreviousDocument |
                       d:GovernmentAgencyGoodsItem/d:ValuationAdjustment |
                       d:Commodity/d:Description | d:Commodity/d:Classification | d:Commodity/d:DutyTaxFee | d:Commodity/d:GoodsMeasure | d:Commodity/d:InvoiceLine |
                       d:Classification/d:ID | d:Classification/d:IdentificationTypeCode |
                       d:DutyTaxFee/d:AdValoremTaxBaseAmount | d:DutyTaxFee/d:DutyRegimeCode | d:DutyTaxFee/d:SpecificTaxBaseQuantity | d:DutyTaxFee/d:TaxRateNumeric |
                       d:DutyTaxFee/d:TypeCode | d:DutyTaxFee/d:Payment | d:Payment/d:MethodCode | d:Payment/d:TaxAssessedAmount | d:Payment/d:PaymentAmount |
                       d:GoodsMeasure/d:GrossMassMeasure | d:GoodsMeasure/d:NetNetWeightMeasure | d:GoodsMeasure/d:TariffQuantity | d:InvoiceLine/d:ItemChargeAmount |
                       d:CustomsValuation/d:MethodCode | d:GovernmentProcedure/d:CurrentCode | d:GovernmentProcedure/d:PreviousCode |
                       d:Origin/d:CountryCode | d:Origin/d:RegionID | d:Origin/d:TypeCode |
                       d:Packaging/d:SequenceNumeric | d:Packaging/d:MarksNumbersID | d:Packaging/d:QuantityQuantity | d:Packaging/d:TypeCode |
                       d:ValuationAdjustment/d:AdditionCode">
    <xsl:param name="probe" select="false()"/>
    <xsl:choose>
      <xsl:when test="$probe">known</xsl:when>
      <xsl:when test="self::d:GovernmentAgencyGoodsItem and ancestor::d:GoodsShipment"/>
      <xsl:otherwise><xsl:apply-templates select="*" mode="leftover"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Every other element. Pairs are known by local name whatever the namespaces, as in HMRC's
       p1:DateTimeString: an element outside the profile namespace (or below one) is looked up
       through a stand-in pair in the profile namespace. -->
  <xsl:template match="*" mode="leftover">
    <xsl:param name="probe" select="false()"/>
    <xsl:choose>
      <xsl:when test="$probe"/>
      <xsl:when test="self::d:GovernmentAgencyGoodsItem and ancestor::d:GoodsShipment"/>
      <xsl:when test="self::d:* and parent::d:*"><xsl:apply-templates select="." mode="unmapped"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="pair">
          <xsl:element name="{local-name(..)}" namespace="urn:unipass:wco:declaration:1">
            <xsl:element name="{local-name()}" namespace="urn:unipass:wco:declaration:1"/>
          </xsl:element>
        </xsl:variable>
        <xsl:variable name="known">
          <xsl:apply-templates select="exsl:node-set($pair)/*/*" mode="leftover">
            <xsl:with-param name="probe" select="true()"/>
          </xsl:apply-templates>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="string($known) = 'known'"><xsl:apply-templates select="*" mode="leftover"/></xsl:when>
          <xsl:otherwise><xsl:apply-templates select="." mode="unmapped"/></xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="*" mode="unmapped">
    <xsl:variable name="top" select="."/>
    <Unmapped segment="{local-name()}">
      <xsl:attribute name="path"><xsl:call-template name="path"/></xsl:attribute>
      <xsl:for-each select="descendant-or-self::*[not(*)][normalize-space(.) != ''] | descendant-or-self::*/@*[namespace-uri() = '']">
        <Value>
          <xsl:attribute name="element"><xsl:call-template name="relative-path"><xsl:with-param name="top" select="$top"/></xsl:call-template></xsl:attribute>
          <xsl:value-of select="normalize-space(.)"/>
        </Value>
      </xsl:for-each>
    </Unmapped>
  </xsl:template>

  <!-- path of the context element in the source, e.g. /Declaration/Consignment[1]/Freight[1] -->
  <!-- $pathPrefix (a global variable of the including stylesheet) names what surrounded the
       Declaration in the source, e.g. /MetaData for HMRC's envelope. -->
  <xsl:template name="path">
    <xsl:value-of select="$pathPrefix"/>
    <xsl:for-each select="ancestor-or-self::*[ancestor-or-self::*[local-name() = 'Declaration']]">
      <xsl:text>/</xsl:text><xsl:value-of select="local-name()"/>
      <xsl:if test="parent::* or $pathPrefix != ''">[<xsl:value-of select="count(preceding-sibling::*[local-name() = local-name(current())]) + 1"/>]</xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- path of a value (element or attribute) below $top, e.g. Address/CityName, @currencyID;
       the name of $top itself when the value is $top's own text -->
  <xsl:template name="relative-path">
    <xsl:param name="top"/>
    <xsl:variable name="depth" select="count($top/ancestor-or-self::*)"/>
    <xsl:variable name="p">
      <xsl:for-each select="ancestor-or-self::*[count(ancestor-or-self::*) &gt; $depth]">
        <xsl:if test="position() &gt; 1">/</xsl:if>
        <xsl:value-of select="local-name()"/>
      </xsl:for-each>
      <xsl:if test="count(. | ../@*) = count(../@*)">
        <xsl:if test="count(ancestor::*) &gt; $depth">/</xsl:if>
        <xsl:value-of select="concat('@', local-name())"/>
      </xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="string($p) = ''"><xsl:value-of select="local-name($top)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$p"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
