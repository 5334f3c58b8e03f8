<?xml version="1.0" encoding="UTF-8"?>
<!--
  Mapping ubl-certificate-of-origin-to-canonical: an OASIS UBL 2.1 CertificateOfOrigin (as a
  chamber of commerce or an issuing authority submits it) to the canonical CertificateOfOrigin.

  Rules
  - Certificate number = cbc:ID; the customization and profile are kept (Reference Customization,
    Agreement = ProfileID).
  - Every commodity classification keeps its scheme: @schemeCode = listID as sent, @scheme readable
    (HS, NationalTariff for HSK/CN/national lists, Unknown otherwise), @agency = listAgencyName/ID.
  - Every reference keeps its type (supporting documents by DocumentTypeCode, invoices of the goods
    items as CommercialInvoice 380 ...).
  - Shipping marks of the shipment's transport handling units are kept as FreeText ShippingMarks.
  - ExportCountry: the shipment's ExportCountry, else the exporter's address country;
    ImportCountry: the importer's address country (documented in docs/partner-formats.md).
  - Envelope/PartnerCountry: the partnerCountry parameter, else the import country (the country
    whose customs receives the certificate).
  - Anything else the source carries lands in Unmapped with its path (known element pairs in $known).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:co="urn:oasis:names:specification:ubl:schema:xsd:CertificateOfOrigin-2"
                xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
                xmlns="urn:unipass:canonical:1"
                exclude-result-prefixes="co cac cbc">

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:param name="messageId"/>
  <xsl:param name="receivedAt"/>
  <xsl:param name="sender"/>
  <xsl:param name="receiver"/>
  <xsl:param name="partnerCountry"/>
  <xsl:param name="sourceReference"/>

  <xsl:variable name="known" select="concat(' ',
    'CertificateOfOrigin/UBLVersionID CertificateOfOrigin/CustomizationID CertificateOfOrigin/ProfileID CertificateOfOrigin/ID ',
    'CertificateOfOrigin/UUID CertificateOfOrigin/IssueDate CertificateOfOrigin/IssueTime CertificateOfOrigin/Description ',
    'CertificateOfOrigin/Note CertificateOfOrigin/VersionID CertificateOfOrigin/ExporterParty CertificateOfOrigin/ImporterParty ',
    'CertificateOfOrigin/CertificateOfOriginApplication CertificateOfOrigin/IssuerEndorsement CertificateOfOrigin/EndorserParty ',
    'CertificateOfOriginApplication/ReferenceID CertificateOfOriginApplication/CertificateType CertificateOfOriginApplication/ApplicationStatusCode ',
    'CertificateOfOriginApplication/OriginalJobID CertificateOfOriginApplication/PreviousJobID CertificateOfOriginApplication/Remarks ',
    'CertificateOfOriginApplication/Shipment CertificateOfOriginApplication/EndorserParty CertificateOfOriginApplication/PreparationParty ',
    'CertificateOfOriginApplication/IssuerParty CertificateOfOriginApplication/ExporterParty CertificateOfOriginApplication/ImporterParty ',
    'CertificateOfOriginApplication/IssuingCountry CertificateOfOriginApplication/SupportingDocumentReference ',
    'ExporterParty/PartyIdentification ExporterParty/PartyName ExporterParty/PostalAddress ExporterParty/Contact ',
    'ImporterParty/PartyIdentification ImporterParty/PartyName ImporterParty/PostalAddress ImporterParty/Contact ',
    'PreparationParty/PartyIdentification PreparationParty/PartyName PreparationParty/PostalAddress PreparationParty/Contact ',
    'IssuerParty/PartyIdentification IssuerParty/PartyName IssuerParty/PostalAddress IssuerParty/Contact ',
    'Party/PartyIdentification Party/PartyName Party/PostalAddress Party/Contact Party/PhysicalLocation PhysicalLocation/Name ',
    'PartyIdentification/ID PartyName/Name Contact/Name Contact/Telephone Contact/ElectronicMail Contact/Telefax ',
    'PostalAddress/StreetName PostalAddress/AdditionalStreetName PostalAddress/BuildingNumber PostalAddress/CityName PostalAddress/PostalZone ',
    'PostalAddress/CountrySubentity PostalAddress/AddressLine PostalAddress/Country AddressLine/Line Country/IdentificationCode ',
    'IssuingCountry/IdentificationCode ExportCountry/IdentificationCode OriginCountry/IdentificationCode ',
    'EndorserParty/RoleCode EndorserParty/SequenceNumeric EndorserParty/Party EndorserParty/SignatoryContact SignatoryContact/Name SignatoryContact/Note ',
    'IssuerEndorsement/DocumentID IssuerEndorsement/ApprovalStatus IssuerEndorsement/Remarks IssuerEndorsement/EndorserParty ',
    'SupportingDocumentReference/ID SupportingDocumentReference/IssueDate SupportingDocumentReference/DocumentTypeCode SupportingDocumentReference/DocumentType ',
    'Shipment/ID Shipment/TotalGoodsItemQuantity Shipment/GoodsItem Shipment/ShipmentStage ',
    'Shipment/TransportHandlingUnit Shipment/ExportCountry TransportHandlingUnit/ShippingMarks ',
    'ShipmentStage/TransportModeCode ShipmentStage/TransportMeans ShipmentStage/LoadingPortLocation ShipmentStage/UnloadingPortLocation ',
    'ShipmentStage/EstimatedDepartureTransportEvent ShipmentStage/ActualDepartureTransportEvent ',
    'EstimatedDepartureTransportEvent/OccurrenceDate ActualDepartureTransportEvent/OccurrenceDate ',
    'TransportMeans/JourneyID TransportMeans/MaritimeTransport TransportMeans/AirTransport MaritimeTransport/VesselName MaritimeTransport/VesselID AirTransport/AircraftID ',
    'LoadingPortLocation/ID LoadingPortLocation/Name UnloadingPortLocation/ID UnloadingPortLocation/Name ',
    'GoodsItem/ID GoodsItem/Description GoodsItem/FreeOnBoardValueAmount GoodsItem/ValueAmount GoodsItem/DeclaredCustomsValueAmount ',
    'GoodsItem/GrossWeightMeasure GoodsItem/NetWeightMeasure GoodsItem/Quantity GoodsItem/PreferenceCriterionCode GoodsItem/Item ',
    'GoodsItem/ContainingPackage GoodsItem/ShipmentDocumentReference GoodsItem/InvoiceLine ',
    'Item/Name Item/Description Item/SellersItemIdentification Item/OriginCountry Item/CommodityClassification SellersItemIdentification/ID ',
    'CommodityClassification/ItemClassificationCode ContainingPackage/ID ContainingPackage/Quantity ContainingPackage/PackagingTypeCode ',
    'ShipmentDocumentReference/ID ShipmentDocumentReference/IssueDate ShipmentDocumentReference/DocumentTypeCode ',
    'InvoiceLine/ID InvoiceLine/LineExtensionAmount InvoiceLine/Item ')"/>

  <xsl:variable name="doc" select="/co:CertificateOfOrigin"/>
  <xsl:variable name="app" select="$doc/cac:CertificateOfOriginApplication"/>
  <xsl:variable name="shipment" select="$app/cac:Shipment"/>
  <xsl:variable name="exporter" select="$doc/cac:ExporterParty | $app/cac:ExporterParty[not($doc/cac:ExporterParty)]"/>
  <xsl:variable name="importer" select="$doc/cac:ImporterParty | $app/cac:ImporterParty[not($doc/cac:ImporterParty)]"/>
  <xsl:variable name="exportCountry">
    <xsl:choose>
      <xsl:when test="$shipment/cac:ExportCountry"><xsl:value-of select="normalize-space($shipment/cac:ExportCountry/cbc:IdentificationCode)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($exporter/cac:PostalAddress/cac:Country/cbc:IdentificationCode)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="importCountry" select="normalize-space($importer/cac:PostalAddress/cac:Country/cbc:IdentificationCode)"/>

  <xsl:template match="/">
    <xsl:if test="not($doc)">
      <xsl:message terminate="yes">expected a UBL 2.1 CertificateOfOrigin (urn:oasis:names:specification:ubl:schema:xsd:CertificateOfOrigin-2)</xsl:message>
    </xsl:if>
    <UnipassDocument version="1">
      <Envelope>
        <MessageId><xsl:value-of select="$messageId"/></MessageId>
        <DocumentType>CertificateOfOrigin</DocumentType>
        <Source>
          <Format>xml</Format>
          <MessageType>CertificateOfOrigin</MessageType>
          <Version><xsl:value-of select="concat('UBL ', normalize-space($doc/cbc:UBLVersionID))"/></Version>
          <Reference>
            <xsl:choose>
              <xsl:when test="$sourceReference != ''"><xsl:value-of select="$sourceReference"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="normalize-space($doc/cbc:ID)"/></xsl:otherwise>
            </xsl:choose>
          </Reference>
          <Mapping>ubl-certificate-of-origin-to-canonical</Mapping>
        </Source>
        <Sender>
          <xsl:choose>
            <xsl:when test="$sender != ''"><xsl:value-of select="$sender"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="normalize-space($app/cac:IssuerParty/cac:PartyIdentification/cbc:ID)"/></xsl:otherwise>
          </xsl:choose>
        </Sender>
        <Receiver><xsl:value-of select="$receiver"/></Receiver>
        <xsl:choose>
          <xsl:when test="$partnerCountry != ''"><PartnerCountry><xsl:value-of select="$partnerCountry"/></PartnerCountry></xsl:when>
          <xsl:when test="$importCountry != ''"><PartnerCountry><xsl:value-of select="$importCountry"/></PartnerCountry></xsl:when>
        </xsl:choose>
        <ReceivedAt><xsl:value-of select="$receivedAt"/></ReceivedAt>
      </Envelope>
      <CertificateOfOrigin documentType="CertificateOfOrigin">
        <CertificateNumber><xsl:value-of select="normalize-space($doc/cbc:ID)"/></CertificateNumber>
        <xsl:for-each select="$app/cbc:CertificateType">
          <CertificateType><Text><xsl:value-of select="."/></Text></CertificateType>
        </xsl:for-each>
        <xsl:for-each select="$doc/cbc:ProfileID">
          <Agreement><Code list="UBL ProfileID"><xsl:value-of select="normalize-space(.)"/></Code></Agreement>
        </xsl:for-each>
        <xsl:for-each select="$app/cbc:ApplicationStatusCode">
          <Status list="UBL ApplicationStatusCode"><xsl:value-of select="normalize-space(.)"/></Status>
        </xsl:for-each>
        <xsl:for-each select="$doc/cbc:IssueDate"><IssueDate><xsl:value-of select="normalize-space(.)"/></IssueDate></xsl:for-each>
        <xsl:for-each select="$doc/cbc:IssueTime">
          <DateTime type="IssueDateTime" typeCode="IssueDate+IssueTime" iso="{concat(normalize-space(../cbc:IssueDate), 'T', normalize-space(.))}"><xsl:value-of select="concat(normalize-space(../cbc:IssueDate), 'T', normalize-space(.))"/></DateTime>
        </xsl:for-each>
        <!-- Reference -->
        <xsl:for-each select="$doc/cbc:CustomizationID"><Reference type="Customization" typeCode="CustomizationID"><Identifier><xsl:value-of select="normalize-space(.)"/></Identifier></Reference></xsl:for-each>
        <xsl:for-each select="$doc/cbc:UUID"><Reference type="UUID" typeCode="UUID"><Identifier><xsl:value-of select="normalize-space(.)"/></Identifier></Reference></xsl:for-each>
        <xsl:for-each select="$doc/cbc:VersionID"><Reference type="CertificateVersion" typeCode="VersionID"><Version><xsl:value-of select="normalize-space(.)"/></Version></Reference></xsl:for-each>
        <xsl:for-each select="$app/cbc:ReferenceID"><Reference type="Application" typeCode="ReferenceID"><Identifier><xsl:value-of select="normalize-space(.)"/></Identifier></Reference></xsl:for-each>
        <xsl:for-each select="$app/cbc:OriginalJobID"><Reference type="OriginalJob" typeCode="OriginalJobID"><Identifier><xsl:value-of select="normalize-space(.)"/></Identifier></Reference></xsl:for-each>
        <xsl:for-each select="$app/cbc:PreviousJobID"><Reference type="PreviousJob" typeCode="PreviousJobID"><Identifier><xsl:value-of select="normalize-space(.)"/></Identifier></Reference></xsl:for-each>
        <xsl:for-each select="$shipment/cbc:ID"><Reference type="Shipment" typeCode="ShipmentID"><Identifier><xsl:value-of select="normalize-space(.)"/></Identifier></Reference></xsl:for-each>
        <xsl:for-each select="$app/cac:SupportingDocumentReference"><xsl:call-template name="document-reference"/></xsl:for-each>
        <xsl:for-each select="$app/cac:IssuingCountry/cbc:IdentificationCode"><IssuingCountry><xsl:value-of select="normalize-space(.)"/></IssuingCountry></xsl:for-each>
        <xsl:if test="$exportCountry != ''"><ExportCountry><xsl:value-of select="$exportCountry"/></ExportCountry></xsl:if>
        <xsl:if test="$importCountry != ''"><ImportCountry><xsl:value-of select="$importCountry"/></ImportCountry></xsl:if>
        <!-- Party -->
        <xsl:apply-templates select="$exporter" mode="party"><xsl:with-param name="type" select="'Exporter'"/><xsl:with-param name="code" select="'EX'"/></xsl:apply-templates>
        <xsl:apply-templates select="$importer" mode="party"><xsl:with-param name="type" select="'Importer'"/><xsl:with-param name="code" select="'IM'"/></xsl:apply-templates>
        <xsl:apply-templates select="$app/cac:PreparationParty" mode="party"><xsl:with-param name="type" select="'Preparer'"/><xsl:with-param name="code" select="'PreparationParty'"/></xsl:apply-templates>
        <xsl:apply-templates select="$app/cac:IssuerParty" mode="party"><xsl:with-param name="type" select="'Issuer'"/><xsl:with-param name="code" select="'IssuerParty'"/></xsl:apply-templates>
        <!-- Transport -->
        <xsl:if test="$shipment/cac:ShipmentStage">
          <Transport>
            <xsl:for-each select="($shipment/cac:ShipmentStage/cac:ActualDepartureTransportEvent/cbc:OccurrenceDate | $shipment/cac:ShipmentStage/cac:EstimatedDepartureTransportEvent/cbc:OccurrenceDate)[1]">
              <DepartureDate><xsl:value-of select="normalize-space(.)"/></DepartureDate>
            </xsl:for-each>
            <xsl:for-each select="$shipment/cac:ShipmentStage">
              <TransportMeans sequence="{position()}">
                <Stage list="UNCL 8051" name="MainCarriageTransport">20</Stage>
                <xsl:for-each select="cac:TransportMeans/cbc:JourneyID"><JourneyNumber><xsl:value-of select="normalize-space(.)"/></JourneyNumber></xsl:for-each>
                <xsl:for-each select="cbc:TransportModeCode"><Mode><Code list="UN/ECE Rec 19"><xsl:value-of select="normalize-space(.)"/></Code></Mode></xsl:for-each>
                <xsl:for-each select="cac:TransportMeans/cac:MaritimeTransport/cbc:VesselID | cac:TransportMeans/cac:AirTransport/cbc:AircraftID">
                  <Identification scheme="{local-name()}"><xsl:value-of select="normalize-space(.)"/></Identification>
                </xsl:for-each>
                <xsl:for-each select="cac:TransportMeans/cac:MaritimeTransport/cbc:VesselName"><Name><xsl:value-of select="."/></Name></xsl:for-each>
                <xsl:for-each select="cac:ActualDepartureTransportEvent/cbc:OccurrenceDate">
                  <DateTime type="ActualDeparture" typeCode="ActualDepartureTransportEvent" format="102" iso="{normalize-space(.)}"><xsl:value-of select="normalize-space(.)"/></DateTime>
                </xsl:for-each>
                <xsl:for-each select="cac:EstimatedDepartureTransportEvent/cbc:OccurrenceDate">
                  <DateTime type="EstimatedDeparture" typeCode="EstimatedDepartureTransportEvent" iso="{normalize-space(.)}"><xsl:value-of select="normalize-space(.)"/></DateTime>
                </xsl:for-each>
              </TransportMeans>
            </xsl:for-each>
            <xsl:for-each select="$shipment/cac:ShipmentStage/cac:LoadingPortLocation">
              <Location type="PlacePortOfLoading" typeCode="9" typeList="UNCL 3227"><xsl:call-template name="location-content"/></Location>
            </xsl:for-each>
            <xsl:for-each select="$shipment/cac:ShipmentStage/cac:UnloadingPortLocation">
              <Location type="PlacePortOfDischarge" typeCode="11" typeList="UNCL 3227"><xsl:call-template name="location-content"/></Location>
            </xsl:for-each>
          </Transport>
        </xsl:if>
        <!-- OriginItem -->
        <xsl:apply-templates select="$shipment/cac:GoodsItem"/>
        <!-- Endorsement -->
        <xsl:for-each select="$app/cac:EndorserParty | $doc/cac:EndorserParty">
          <xsl:call-template name="endorsement"><xsl:with-param name="type" select="'Application'"/></xsl:call-template>
        </xsl:for-each>
        <xsl:for-each select="$doc/cac:IssuerEndorsement">
          <xsl:variable name="e" select="."/>
          <xsl:for-each select="cac:EndorserParty">
            <xsl:call-template name="endorsement"><xsl:with-param name="type" select="'Issuer'"/><xsl:with-param name="endorsement" select="$e"/></xsl:call-template>
          </xsl:for-each>
        </xsl:for-each>
        <!-- FreeText -->
        <xsl:for-each select="$doc/cbc:Description"><FreeText type="Description" typeCode="Description"><Text><xsl:value-of select="."/></Text></FreeText></xsl:for-each>
        <xsl:for-each select="$doc/cbc:Note"><FreeText type="Note" typeCode="Note"><Text><xsl:value-of select="."/></Text></FreeText></xsl:for-each>
        <xsl:for-each select="$app/cbc:Remarks"><FreeText type="Remarks" typeCode="Remarks"><Text><xsl:value-of select="."/></Text></FreeText></xsl:for-each>
        <xsl:for-each select="$shipment/cac:TransportHandlingUnit/cbc:ShippingMarks"><FreeText type="ShippingMarks" typeCode="ShippingMarks"><Text><xsl:value-of select="."/></Text></FreeText></xsl:for-each>
        <xsl:apply-templates select="$doc/*" mode="leftover"/>
      </CertificateOfOrigin>
    </UnipassDocument>
  </xsl:template>

  <xsl:template match="cac:GoodsItem">
    <OriginItem sequence="{normalize-space(cbc:ID)}">
      <xsl:for-each select="cbc:Description | cac:Item/cbc:Description"><Description><xsl:value-of select="."/></Description></xsl:for-each>
      <xsl:for-each select="cac:Item/cac:CommodityClassification/cbc:ItemClassificationCode">
        <Classification position="{position()}">
          <xsl:variable name="list" select="normalize-space(@listID)"/>
          <xsl:attribute name="scheme">
            <xsl:choose>
              <xsl:when test="$list = 'HS'">HS</xsl:when>
              <xsl:when test="$list = 'HSK' or $list = 'CN' or $list = 'ITC-HS' or $list = 'AHTN' or $list = 'NationalTariff'">NationalTariff</xsl:when>
              <xsl:otherwise>Unknown</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:if test="$list != ''"><xsl:attribute name="schemeCode"><xsl:value-of select="$list"/></xsl:attribute></xsl:if>
          <xsl:if test="@listAgencyName or @listAgencyID"><xsl:attribute name="agency"><xsl:value-of select="normalize-space(concat(@listAgencyID, ' ', @listAgencyName))"/></xsl:attribute></xsl:if>
          <xsl:value-of select="normalize-space(.)"/>
        </Classification>
      </xsl:for-each>
      <xsl:for-each select="cbc:PreferenceCriterionCode">
        <OriginCriterion list="origin criterion">
          <xsl:attribute name="name"><xsl:call-template name="criterion-name"><xsl:with-param name="code" select="normalize-space(.)"/></xsl:call-template></xsl:attribute>
          <xsl:value-of select="normalize-space(.)"/>
        </OriginCriterion>
      </xsl:for-each>
      <xsl:for-each select="cac:Item/cac:OriginCountry/cbc:IdentificationCode[1]"><OriginCountry><xsl:value-of select="normalize-space(.)"/></OriginCountry></xsl:for-each>
      <xsl:for-each select="cbc:Quantity">
        <Quantity type="GoodsQuantity" typeCode="Quantity"><xsl:if test="@unitCode"><xsl:attribute name="unit"><xsl:value-of select="@unitCode"/></xsl:attribute></xsl:if><xsl:value-of select="normalize-space(.)"/></Quantity>
      </xsl:for-each>
      <xsl:for-each select="cbc:GrossWeightMeasure">
        <Measure type="GrossWeight" typeCode="GrossWeightMeasure" dimension="GrossMass" unit="{@unitCode}"><xsl:value-of select="normalize-space(.)"/></Measure>
      </xsl:for-each>
      <xsl:for-each select="cbc:NetWeightMeasure">
        <Measure type="NetWeight" typeCode="NetWeightMeasure" dimension="NetMass" unit="{@unitCode}"><xsl:value-of select="normalize-space(.)"/></Measure>
      </xsl:for-each>
      <xsl:for-each select="cbc:FreeOnBoardValueAmount | cbc:ValueAmount | cbc:DeclaredCustomsValueAmount | cac:InvoiceLine/cbc:LineExtensionAmount">
        <Amount typeCode="{local-name()}" currency="{@currencyID}">
          <xsl:attribute name="type">
            <xsl:choose>
              <xsl:when test="local-name() = 'FreeOnBoardValueAmount'">FOBValue</xsl:when>
              <xsl:when test="local-name() = 'LineExtensionAmount'">InvoiceLineAmount</xsl:when>
              <xsl:when test="local-name() = 'DeclaredCustomsValueAmount'">CustomsValue</xsl:when>
              <xsl:otherwise>Value</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:value-of select="normalize-space(.)"/>
        </Amount>
      </xsl:for-each>
      <xsl:for-each select="cac:ContainingPackage">
        <Package>
          <xsl:for-each select="cbc:Quantity"><Quantity><xsl:value-of select="normalize-space(.)"/></Quantity></xsl:for-each>
          <xsl:for-each select="cbc:PackagingTypeCode"><Type><Code list="UN/ECE Rec 21"><xsl:value-of select="normalize-space(.)"/></Code></Type></xsl:for-each>
        </Package>
      </xsl:for-each>
      <xsl:for-each select="cac:ShipmentDocumentReference"><xsl:call-template name="document-reference"/></xsl:for-each>
      <xsl:for-each select="cac:Item/cac:SellersItemIdentification/cbc:ID"><Reference type="SellersItemIdentification" typeCode="SellersItemIdentification"><Identifier><xsl:value-of select="normalize-space(.)"/></Identifier></Reference></xsl:for-each>
      <xsl:for-each select="cac:InvoiceLine/cbc:ID"><Reference type="InvoiceLine" typeCode="InvoiceLine"><LineNumber><xsl:value-of select="normalize-space(.)"/></LineNumber></Reference></xsl:for-each>
      <xsl:for-each select="cac:Item/cbc:Name | cac:InvoiceLine/cac:Item/cbc:Name"><FreeText type="ItemName" typeCode="{concat(local-name(../..), '/Item/Name')}"><Text><xsl:value-of select="."/></Text></FreeText></xsl:for-each>
      <xsl:apply-templates select="*" mode="leftover"/>
      <!-- code-list attributes of a classification that the canonical Classification has no place for -->
      <xsl:for-each select="cac:Item/cac:CommodityClassification/cbc:ItemClassificationCode[@listVersionID or @listName or @listURI or @listSchemeURI]">
        <Unmapped segment="ItemClassificationCode" path="/CertificateOfOrigin/CertificateOfOriginApplication[1]/Shipment[1]/GoodsItem[{count(ancestor::cac:GoodsItem/preceding-sibling::cac:GoodsItem) + 1}]/Item[1]/CommodityClassification[{count(../preceding-sibling::cac:CommodityClassification) + 1}]/ItemClassificationCode[1]">
          <xsl:for-each select="@listVersionID | @listName | @listURI | @listSchemeURI">
            <Value element="{concat('@', local-name())}"><xsl:value-of select="normalize-space(.)"/></Value>
          </xsl:for-each>
        </Unmapped>
      </xsl:for-each>
    </OriginItem>
  </xsl:template>

  <xsl:template name="document-reference">
    <xsl:variable name="c" select="normalize-space(cbc:DocumentTypeCode)"/>
    <Reference typeCode="{$c}" typeList="UNCL 1001">
      <xsl:attribute name="type">
        <xsl:choose>
          <xsl:when test="cbc:DocumentType"><xsl:value-of select="cbc:DocumentType"/></xsl:when>
          <xsl:when test="$c = '380'">CommercialInvoice</xsl:when>
          <xsl:when test="$c = '271'">PackingList</xsl:when>
          <xsl:when test="$c = '705'">BillOfLading</xsl:when>
          <xsl:when test="$c = '740'">AirWaybill</xsl:when>
          <xsl:otherwise>Document</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <Identifier><xsl:value-of select="normalize-space(cbc:ID)"/></Identifier>
      <xsl:for-each select="cbc:IssueDate"><DateTime type="Issue" typeCode="IssueDate" iso="{normalize-space(.)}"><xsl:value-of select="normalize-space(.)"/></DateTime></xsl:for-each>
    </Reference>
  </xsl:template>

  <xsl:template name="location-content">
    <xsl:for-each select="cbc:ID"><Identification scheme="UN/LOCODE"><xsl:value-of select="normalize-space(.)"/></Identification></xsl:for-each>
    <xsl:for-each select="cbc:Name"><Name><xsl:value-of select="."/></Name></xsl:for-each>
  </xsl:template>

  <xsl:template match="*" mode="party">
    <xsl:param name="type"/>
    <xsl:param name="code"/>
    <Party type="{$type}" typeCode="{$code}">
      <xsl:for-each select="cac:PartyIdentification/cbc:ID">
        <Identification><xsl:if test="@schemeID"><xsl:attribute name="scheme"><xsl:value-of select="@schemeID"/></xsl:attribute></xsl:if><xsl:value-of select="normalize-space(.)"/></Identification>
      </xsl:for-each>
      <xsl:for-each select="cac:PartyName/cbc:Name"><Name><xsl:value-of select="."/></Name></xsl:for-each>
      <xsl:for-each select="cac:PostalAddress">
        <Address>
          <xsl:for-each select="cac:AddressLine/cbc:Line"><Line><xsl:value-of select="."/></Line></xsl:for-each>
          <xsl:for-each select="cbc:StreetName | cbc:AdditionalStreetName | cbc:BuildingNumber"><Street><xsl:value-of select="."/></Street></xsl:for-each>
          <xsl:for-each select="cbc:CityName"><City><xsl:value-of select="."/></City></xsl:for-each>
          <xsl:for-each select="cbc:CountrySubentity"><CountrySubdivision><xsl:value-of select="."/></CountrySubdivision></xsl:for-each>
          <xsl:for-each select="cbc:PostalZone"><PostalCode><xsl:value-of select="normalize-space(.)"/></PostalCode></xsl:for-each>
          <xsl:for-each select="cac:Country/cbc:IdentificationCode"><Country><xsl:value-of select="normalize-space(.)"/></Country></xsl:for-each>
        </Address>
      </xsl:for-each>
      <xsl:for-each select="cac:Contact">
        <Contact>
          <xsl:for-each select="cbc:Name"><Name><xsl:value-of select="."/></Name></xsl:for-each>
          <xsl:for-each select="cbc:Telephone"><Communication channel="Telephone" channelCode="TE"><xsl:value-of select="normalize-space(.)"/></Communication></xsl:for-each>
          <xsl:for-each select="cbc:Telefax"><Communication channel="Fax" channelCode="FX"><xsl:value-of select="normalize-space(.)"/></Communication></xsl:for-each>
          <xsl:for-each select="cbc:ElectronicMail"><Communication channel="Email" channelCode="EM"><xsl:value-of select="normalize-space(.)"/></Communication></xsl:for-each>
        </Contact>
      </xsl:for-each>
    </Party>
  </xsl:template>

  <xsl:template name="endorsement">
    <xsl:param name="type"/>
    <xsl:param name="endorsement" select="/.."/>
    <Endorsement type="{$type}" typeCode="{normalize-space(cbc:RoleCode)}" sequence="{normalize-space(cbc:SequenceNumeric)}">
      <xsl:apply-templates select="cac:Party" mode="party">
        <xsl:with-param name="type" select="normalize-space(cbc:RoleCode)"/>
        <xsl:with-param name="code" select="'EndorserParty'"/>
      </xsl:apply-templates>
      <xsl:for-each select="cac:SignatoryContact/cbc:Name"><Signatory><xsl:value-of select="."/></Signatory></xsl:for-each>
      <xsl:for-each select="$endorsement/cbc:ApprovalStatus"><Status list="UBL ApprovalStatus"><xsl:value-of select="normalize-space(.)"/></Status></xsl:for-each>
      <xsl:for-each select="$endorsement/cbc:DocumentID"><DocumentIdentifier><xsl:value-of select="normalize-space(.)"/></DocumentIdentifier></xsl:for-each>
      <xsl:for-each select="cac:Party/cac:PhysicalLocation/cbc:Name"><Location type="Endorsement" typeCode="PhysicalLocation"><Name><xsl:value-of select="."/></Name></Location></xsl:for-each>
      <xsl:for-each select="cac:SignatoryContact/cbc:Note"><FreeText type="SignatoryNote" typeCode="SignatoryContact/Note"><Text><xsl:value-of select="."/></Text></FreeText></xsl:for-each>
      <xsl:for-each select="$endorsement/cbc:Remarks"><FreeText type="Remarks" typeCode="Remarks"><Text><xsl:value-of select="."/></Text></FreeText></xsl:for-each>
    </Endorsement>
  </xsl:template>

  <xsl:template name="criterion-name">
    <xsl:param name="code"/>
    <xsl:choose>
      <xsl:when test="$code = 'WO'">WhollyObtained</xsl:when>
      <xsl:when test="$code = 'WP' or $code = 'PE'">ProducedFromOriginatingMaterials</xsl:when>
      <xsl:when test="$code = 'PSR'">ProductSpecificRule</xsl:when>
      <xsl:when test="$code = 'CTC'">ChangeInTariffClassification</xsl:when>
      <xsl:when test="$code = 'CC'">ChangeOfChapter</xsl:when>
      <xsl:when test="$code = 'CTH'">ChangeOfTariffHeading</xsl:when>
      <xsl:when test="$code = 'CTSH'">ChangeOfTariffSubheading</xsl:when>
      <xsl:when test="starts-with($code, 'RVC')">RegionalValueContent</xsl:when>
      <xsl:when test="$code = 'DMI'">DeMinimis</xsl:when>
      <xsl:otherwise>Unknown</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ the safety net -->

  <!-- Walks the source below a mapped element: an element whose parent/child pair is in $known
       was mapped, so its children are walked in turn; the first unknown element on each path is
       copied whole into Unmapped. Goods items are walked by their own template. -->
  <xsl:template match="*" mode="leftover">
    <xsl:choose>
      <xsl:when test="self::cac:GoodsItem and parent::cac:Shipment"/>
      <xsl:when test="contains($known, concat(' ', local-name(..), '/', local-name(), ' '))">
        <xsl:apply-templates select="*" mode="leftover"/>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates select="." mode="unmapped"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="*" mode="unmapped">
    <xsl:variable name="top" select="."/>
    <Unmapped segment="{local-name()}">
      <xsl:attribute name="path">
        <xsl:for-each select="ancestor-or-self::*">
          <xsl:text>/</xsl:text><xsl:value-of select="local-name()"/>
          <xsl:if test="parent::*">[<xsl:value-of select="count(preceding-sibling::*[local-name() = local-name(current())]) + 1"/>]</xsl:if>
        </xsl:for-each>
      </xsl:attribute>
      <xsl:for-each select="descendant-or-self::*[not(*)][normalize-space(.) != ''] | descendant-or-self::*/@*[namespace-uri() = '']">
        <Value>
          <xsl:attribute name="element">
            <xsl:variable name="depth" select="count($top/ancestor-or-self::*)"/>
            <xsl:variable name="p">
              <xsl:for-each select="ancestor-or-self::*[count(ancestor-or-self::*) &gt; $depth]">
                <xsl:if test="position() &gt; 1">/</xsl:if><xsl:value-of select="local-name()"/>
              </xsl:for-each>
              <xsl:if test="count(. | ../@*) = count(../@*)">
                <xsl:if test="count(ancestor::*) &gt; $depth">/</xsl:if><xsl:value-of select="concat('@', local-name())"/>
              </xsl:if>
            </xsl:variable>
            <xsl:choose>
              <xsl:when test="string($p) = ''"><xsl:value-of select="local-name($top)"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$p"/></xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:value-of select="normalize-space(.)"/>
        </Value>
      </xsl:for-each>
    </Unmapped>
  </xsl:template>
</xsl:stylesheet>
