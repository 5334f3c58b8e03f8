#!/usr/bin/env python3
"""Generate docs/canonical-model.md from the canonical XSDs plus the field meanings below.

Every element and attribute of every complex type in Mappings/canonical/*.xsd must have an entry
in FIELDS (the script fails otherwise), so the document cannot fall behind the schema.
WCO IDs are WCO Data Model 3.x IDs as annotated (<WCOID>) in the HMRC CDS DMS schemas
(../shared/samples/wco/hmrc-cds/schemas); "none" where the DMS subset has no such data element.

Usage: python3 Mappings/tools/canonical-doc.py > docs/canonical-model.md
"""
import os, sys
import xml.etree.ElementTree as ET

XS = '{http://www.w3.org/2001/XMLSchema}'
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FILES = ['Mappings/canonical/unipass-canonical.xsd', 'Mappings/canonical/unipass-common.xsd']

# Type.Field -> (meaning, WCO ID). "@x" = attribute. Attribute groups are documented once.
FIELDS = {
 # attribute groups
 'TypeAttributes.@type': ('readable name of the qualifier (e.g. BillOfLadingNumber, PlaceOfDeparture), from the UN/EDIFACT code list name in CamelCase; "Unknown" for a code not in the list, "Unspecified" when none was sent', 'none'),
 'TypeAttributes.@typeCode': ('the qualifier code exactly as sent (EDIFACT 1153, 2005, 3035, 3227, 6311, 5025, 6063, 6069, 4451, 8053, 1001, 5283...)', 'none'),
 'TypeAttributes.@typeList': ('the code list of @typeCode when it is not the usual one for the element', 'none'),
 'CodeListAttributes.@name': ('readable meaning of the code', 'none'),
 'CodeListAttributes.@list': ('the code list (e.g. "UNCL 1225", "UNECE Rec 19", "ISO 6346")', 'none'),
 'CodeListAttributes.@listQualifier': ('code list qualifier as sent (EDIFACT 1131)', 'none'),
 'CodeListAttributes.@listAgency': ('code list responsible agency as sent (EDIFACT 3055)', 'none'),
 # envelope
 'UnipassDocument.Envelope': ('routing data of the gateway, the same for every document type', 'none'),
 'UnipassDocument.@version': ('model version, always 1', 'none'),
 'UnipassDocument.CargoManifest': ('body: a sea or air cargo report', 'none'),
 'UnipassDocument.PassengerList': ('body: an advance passenger / crew list', 'none'),
 'UnipassDocument.ImportDeclaration': ('body: an import goods declaration (WCO DEC)', 'none'),
 'UnipassDocument.ExportDeclaration': ('body: an export goods declaration (WCO DEC)', 'none'),
 'UnipassDocument.CertificateOfOrigin': ('body: a (preferential) certificate of origin, e-CO', 'none'),
 'UnipassDocument.CustomsResponse': ('body: customs\' answer to a submitted document', 'none'),
 'Envelope.MessageId': ('the gateway\'s id of the message (stylesheet parameter messageId); TEST-0001 in vectors', 'none'),
 'Envelope.DocumentType': ('the canonical document type; equals the body element name (checked by the schema)', 'none'),
 'Envelope.Source': ('where the document came from', 'none'),
 'Envelope.Sender': ('interchange sender (parameter sender, else EDIFACT UNB S002 0004 / XML sender)', 'none'),
 'Envelope.Receiver': ('interchange recipient (parameter receiver, else UNB S003 0010)', 'none'),
 'Envelope.PartnerCountry': ('ISO 3166 country of the partner administration (parameter partnerCountry), absent when unknown; selects outbound mappings', 'none'),
 'Envelope.ReceivedAt': ('when the gateway received the document, ISO 8601 UTC (parameter receivedAt)', 'none'),
 'Source.Format': ('edifact or xml', 'none'),
 'Source.MessageType': ('EDIFACT message type (CUSCAR, PAXLST, CUSDEC...) or the XML root element', 'none'),
 'Source.Version': ('EDIFACT version+release as in UNH (D96B, D03B...) or the XML schema version', 'none'),
 'Source.Association': ('EDIFACT association assigned code (UNH 0057, e.g. IATA)', 'none'),
 'Source.Reference': ('the sender\'s reference for the document (parameter sourceReference, else the UNB control reference)', 'none'),
 'Source.InterchangeReference': ('EDIFACT interchange control reference (UNB 0020)', 'none'),
 'Source.MessageReference': ('EDIFACT message reference number (UNH 0062)', 'none'),
 'Source.Mapping': ('id of the mapping that produced the document', 'none'),
 # header group
 'DocumentHeader.DocumentName': ('document name code (EDIFACT BGM C002 1001, e.g. 785 cargo manifest, 745 passenger list, 929/830 import/export declaration) and/or its text (1000)', 'D013'),
 'DocumentHeader.DocumentNumber': ('document number given by the sender (BGM C106 1004)', 'D014'),
 'DocumentHeader.DocumentVersion': ('version of the document (BGM C106 1056)', '383'),
 'DocumentHeader.DocumentRevision': ('revision number (BGM C106 1060)', 'none'),
 'DocumentHeader.MessageFunction': ('message function (BGM 1225: 9 original, 5 replace, 1 cancellation, 4 change...)', '017'),
 'DocumentHeader.ResponseType': ('response type requested or given (BGM 4343: AB, AP, RE, CA...)', 'none'),
 # common
 'Code': ('a code as sent; readable meaning and code list in attributes', 'none'),
 'CodeWithText.Code': ('the coded value', 'none'),
 'CodeWithText.Text': ('the same thing as free text (one element per text component)', 'none'),
 'Identifier': ('the identifier exactly as sent', 'by use'),
 'Classification': ('a classification code (text) exactly as sent', '145 (commodity classification) for HS/tariff schemes'),
 'Classification.@scheme': ('readable scheme: HS, NationalTariff, Commodity, CustomsProcedure, CustomsStatusOfGoods, CustomsPreference, CustomsDeclarationType, CodeList<n>; without a qualifier 6 digits = HS, 7-12 digits = NationalTariff (then @schemeCode is absent), else Unspecified', 'none'),
 'Classification.@schemeCode': ('the scheme qualifier as sent (EDIFACT 1131: 169 HS, 108 tariff schedule, 122 commodity, 117 customs procedure...; XML listID)', 'none'),
 'Classification.@agency': ('responsible agency as sent (3055)', 'none'),
 'Classification.@position': ('position of the code in its source segment (CST C246 1..5)', 'none'),
 'Identifier.@scheme': ('readable name of the identification scheme', 'none'),
 'Identifier.@schemeCode': ('scheme / code list qualifier as sent (1131, 8213 qualifier, XML schemeID)', 'none'),
 'Identifier.@agency': ('issuing agency as sent (3055)', 'none'),
 'Reference.Identifier': ('the reference number (RFF C506 1154); its meaning is the type', 'by type: D018 previous document, 016 UCR, 009 trader reference, D026 functional reference'),
 'Reference.LineNumber': ('line number within the referenced document (1156)', '171 (for previous-document lines)'),
 'Reference.Version': ('reference version (4000)', 'none'),
 'Reference.Revision': ('revision (1060, D.0xB directories)', 'none'),
 'Reference.DateTime': ('dates of the reference (DTM in the same group)', 'by type'),
 'Reference.Location': ('places of the reference', 'none'),
 'DateTime': ('the date/time exactly as sent', 'by type: D011 issue date, 023 acceptance, 024 exit date, 277 release date...'),
 'DateTime.@format': ('format code (EDIFACT 2379: 102 CCYYMMDD, 203 CCYYMMDDHHMM, 201 YYMMDDHHMM...)', 'none'),
 'DateTime.@iso': ('ISO 8601 form when the format is unambiguous (102, 203, 204); two-digit years are never expanded', 'none'),
 'Amount': ('the amount, decimal', 'by type: 108 customs value, 109 invoice amount, 112 item amount, 114 statistical value, 117 freight, 120 duty assessed'),
 'Amount.@currency': ('ISO 4217 currency (6345)', '135'),
 'Amount.@currencyQualifier': ('currency qualifier (6343)', 'none'),
 'Amount.@status': ('amount status (4405)', 'none'),
 'Quantity': ('the quantity, decimal', 'by type: 130 supplementary quantity, 144 number of packages'),
 'Quantity.@unit': ('unit of measure (UN/ECE Rec 20, 6411)', 'none'),
 'Measure': ('the measured value, decimal', 'by dimension: 126 gross weight (item), 128 net net weight, 131 total gross weight, 395 volume'),
 'Measure.@dimension': ('what is measured, readable (6313: GrossWeight, TotalNetWeight...)', 'none'),
 'Measure.@dimensionCode': ('6313 as sent (G, AAD, AAC...)', 'none'),
 'Measure.@significance': ('measurement significance (6321)', 'none'),
 'Measure.@attribute': ('non-discrete measurement name/code (6155/6154)', 'none'),
 'Measure.@unit': ('unit (6411, UN/ECE Rec 20: KGM, MTQ...)', 'none'),
 'Measure.@minimum': ('range minimum (6162)', 'none'),
 'Measure.@maximum': ('range maximum (6152)', 'none'),
 'ControlTotal': ('control value (CNT C270 6066), decimal', 'by type: 146 total packages, 228 total items, 131 total gross weight, 013 loading lists'),
 'ControlTotal.@unit': ('unit of the control value', 'none'),
 'Indicator.Code': ('processing indicator (GIS C529 / GEI C012 7365)', 'none'),
 'Indicator.ProcessType': ('process type (7187)', 'none'),
 'Indicator.Text': ('processing indicator description (GEI 7364)', 'none'),
 'FreeText.TextReference': ('coded free text reference (FTX C107 4441)', 'none'),
 'FreeText.Text': ('text lines as sent (FTX C108 4440, one element per line)', '225 (additional statement text) / 137 (goods description, type AAA)'),
 'FreeText.@function': ('text function (4453)', 'none'),
 'FreeText.@language': ('language (3453)', 'none'),
 'Address.Line': ('unstructured name-and-address line (NAD C058 3124)', 'none'),
 'Address.Street': ('street and number / P.O. box (C059 3042)', '239'),
 'Address.City': ('city name (3164)', '241'),
 'Address.CountrySubdivision': ('country sub-entity code or name (3229 / C819)', '244 (coded) / 243 (name)'),
 'Address.PostalCode': ('postcode (3251)', '245'),
 'Address.Country': ('country (3207, ISO 3166)', '242'),
 'Communication': ('communication number (COM C076 3148)', '240'),
 'Communication.@channel': ('readable channel (3155: Telephone, Telefax, ElectronicMail...)', '253 (communication number type)'),
 'Communication.@channelCode': ('3155 as sent (TE, FX, EM...)', 'none'),
 'Contact.Function': ('contact function (CTA 3139)', 'none'),
 'Contact.Identifier': ('department or employee id (C056 3413)', 'none'),
 'Contact.Name': ('department or employee (C056 3412)', '246'),
 'Contact.Communication': ('communication numbers of the contact', '240'),
 'Party.Identification': ('party id with its scheme (NAD C082 3039, e.g. business registration number)', 'by role: R038 importer, R032 exporter, R123 declarant, R015 consignee, R021 consignor, R012 carrier, R051 seller, R010 buyer, R004 agent, R144 authorisation holder'),
 'Party.Name': ('party name lines (C080 3036)', 'by role: R037 importer, R031 exporter, R124 declarant, R014 consignee, R020 consignor, R011 carrier, R050 seller, R009 buyer, R003 agent'),
 'Party.NameFormat': ('party name format (3045)', 'none'),
 'Party.Address': ('address', '04A (Address class)'),
 'Party.Contact': ('contacts (CTA + COM)', '34A (Contact class)'),
 'Party.Communication': ('communication numbers of the party itself', '240'),
 'Party.Reference': ('references of the party (RFF in the party group)', 'none'),
 'Party.DateTime': ('dates of the party (e.g. birth date of a crew member, D.03B CUSCAR SG2)', 'none'),
 'Party.Unmapped': ('unmapped values of the party segments', 'none'),
 'RelatedLocation.Identification': ('related place code (C519 3223 / C553 3233)', 'none'),
 'RelatedLocation.Name': ('related place name (3222 / 3232)', 'none'),
 'RelatedLocation.@level': ('1 = first related location (C519), 2 = second (C553)', 'none'),
 'Location.Identification': ('place code with its list (LOC C517 3225; UN/LOCODE when 1131 = 139, 3055 = 6)', 'by type: L010 place of loading, L017 location of goods, 065 office of declaration, G005 office of exit, 063 country of origin'),
 'Location.Name': ('place name (3224)', 'by type: L009 place of loading, L016 location of goods'),
 'Location.RelatedLocation': ('related places (port terminal, berth...)', 'none'),
 'Location.Relation': ('relation code (5479)', 'none'),
 'Location.DateTime': ('dates at this place (e.g. PAXLST SG3 departure/arrival times)', 'none'),
 'Carrier.Identification': ('carrier code (TDT C040 3127; IATA/SCAC...)', 'R012'),
 'Carrier.Name': ('carrier name (3128)', 'R011'),
 'TransportMeans.Stage': ('transport stage (8051: 20 main carriage, 11 at border, 12 at departure...)', 'none'),
 'TransportMeans.JourneyNumber': ('voyage or flight number (TDT 8028)', 'none (conveyance reference number; not in the DMS subset)'),
 'TransportMeans.Mode': ('mode of transport (UN/ECE Rec 19: 1 maritime, 4 air...)', 'T022 border / T020 arrival / T021 departure'),
 'TransportMeans.MeansType': ('type of means of transport (UN/ECE Rec 28)', 'T010 border / T008 arrival / T009 departure'),
 'TransportMeans.Carrier': ('carrier', '28A (Carrier)'),
 'TransportMeans.TransitDirection': ('transit direction (8101)', 'none'),
 'TransportMeans.ExcessTransportation': ('excess transportation reason / responsibility / authorisation (C401)', 'none'),
 'TransportMeans.Identification': ('means of transport id (TDT C222 8213: IMO number, call sign, aircraft registration) with its scheme', 'T006 border / T002 arrival / T004 departure (coded); T018 its type'),
 'TransportMeans.Name': ('vessel / aircraft name (C222 8212)', 'T005 border / T001 arrival / T003 departure'),
 'TransportMeans.Nationality': ('nationality of the means (C222 8453)', 'T014'),
 'TransportMeans.Ownership': ('transport ownership (8281)', 'none'),
 'TransportMeans.Location': ('ports/places of the stage (departure, arrival, last port of call...)', 'L010 / 064 (itinerary)'),
 'TransportMeans.DateTime': ('scheduled/estimated/actual departure and arrival', 'none'),
 'TransportMeans.Measure': ('measures of the means (weights, counts)', 'none'),
 'TransportMeans.Reference': ('references (booking, onward carriage control numbers)', 'none'),
 'TransportMeans.FreeText': ('free text of the stage', 'none'),
 'TransportMeans.Unmapped': ('unmapped values of the TDT group', 'none'),
 'TransportMeans.@sequence': ('order of the leg (PassengerList legs: 1, 2, 3...)', '81A (Itinerary sequence)'),
 'Seal.Identifier': ('seal number (SEL 9308)', '165'),
 'Seal.Issuer': ('sealing party (C215 9303/9302: CA carrier, CU customs, SH shipper)', 'none'),
 'Seal.Condition': ('seal condition (4517)', 'none'),
 'Equipment.Identification': ('equipment id (EQD C237 8260: container number, ULD id)', '159'),
 'Equipment.IdentificationCountry': ('country of the equipment id (C237 3207)', 'none'),
 'Equipment.SizeType': ('size and type (ISO 6346 code 8155 and/or text 8154)', 'none'),
 'Equipment.Supplier': ('equipment supplier (8077: shipper/carrier supplied)', 'none'),
 'Equipment.Status': ('equipment status (8249: import, export, transhipment...)', 'none'),
 'Equipment.FullEmpty': ('full/empty indicator (8169)', 'none'),
 'Equipment.Measure': ('weights and measurements of the equipment', 'none'),
 'Equipment.Seal': ('seals', '44B (Seal class)'),
 'Equipment.Party': ('parties of the equipment (empty container responsible party)', 'none'),
 'Equipment.Indicator': ('indicators (quarantine...)', 'none'),
 'Equipment.Location': ('places of the equipment', 'none'),
 'Equipment.Unmapped': ('unmapped segments of the equipment group (TSR, DIM, TMP-RNG...)', 'none'),
 'Package.Quantity': ('number of packages (7224)', '144'),
 'Package.Type': ('type of packages (UN/ECE Rec 21 code 7065 and/or text 7064)', '141'),
 'Package.Level': ('packaging level (7075 / 7233)', 'none'),
 'Package.Marks': ('shipping marks of these packages', '142'),
 'Marks.Line': ('shipping marks lines (PCI C210 7102)', '142'),
 'Marks.Instruction': ('marking instructions (4233)', 'none'),
 'Marks.MarkingType': ('type of marking (C827 7511)', 'none'),
 'Marks.FreeText': ('free text of the marks group', 'none'),
 'Marks.Reference': ('references of the marks group', 'none'),
 'DangerousGoods.Regulation': ('dangerous goods regulations (8273: IMD, ICAO, ADR...)', 'none'),
 'DangerousGoods.HazardCode': ('hazard code / class (C205 8351)', 'none'),
 'DangerousGoods.UNNumber': ('UN number (C234 7124)', '506'),
 'DangerousGoods.Flashpoint': ('shipment flashpoint (C223)', 'none'),
 'DangerousGoods.PackingGroup': ('packing group (8339)', 'none'),
 'DangerousGoods.EmsNumber': ('EMS number (8364)', 'none'),
 'DocumentReference.Name': ('document name as text (C002 1000)', 'D028'),
 'DocumentReference.Identifier': ('document number (C503 1004)', 'D005 (additional document) / D018 (previous document)'),
 'DocumentReference.Status': ('document status (1373)', 'none'),
 'DocumentReference.Source': ('document source (1366)', 'none'),
 'DocumentReference.Language': ('language (3453)', 'none'),
 'DocumentReference.Copies': ('number of copies required (1220)', 'none'),
 'DocumentReference.Originals': ('number of originals required (1218)', 'none'),
 'DocumentReference.DateTime': ('issue, expiry, effective dates', 'D011 issue date, 276 effective date'),
 'DocumentReference.Location': ('place of issue (LOC 91) and other places', 'D012 (issuing place, coded)'),
 'DocumentReference.Party': ('parties of the document (issuer)', 'none'),
 'DocumentReference.Indicator': ('indicators of the document', 'none'),
 'DocumentReference.Reference': ('references of the document', 'none'),
 'DocumentReference.Quantity': ('quantities of the document group (QTY)', 'none'),
 'DocumentReference.Unmapped': ('unmapped segments of the document group', 'none'),
 'DocumentReference.@list': ('document code list qualifier (C002 1131, e.g. 110 in the IATA API guide)', 'none'),
 'DocumentReference.@listAgency': ('document code list agency (C002 3055)', 'none'),
 'DutyTaxFee.TaxType': ('duty/tax/fee type (5153: CUD customs duty, VAT, EXC, ADD...)', '113'),
 'DutyTaxFee.Account': ('duty/tax/fee account (C533 5289)', 'none'),
 'DutyTaxFee.AssessmentBasis': ('assessment basis (5286)', '116 (value) / 129 (quantity)'),
 'DutyTaxFee.Rate': ('rate (C243 5278), as sent', '115'),
 'DutyTaxFee.RateIdentification': ('rate identification (5279)', 'none'),
 'DutyTaxFee.RateBasis': ('rate basis (5273)', 'none'),
 'DutyTaxFee.Category': ('duty/tax/fee category (5305: S standard, Z zero, E exempt...)', 'none'),
 'DutyTaxFee.PartyTaxIdentifier': ('party tax identification number (3446)', 'none'),
 'DutyTaxFee.Amount': ('assessed/payable amounts (MOA in the TAX group)', '120 (assessed), 111 (reduced), 378 (payment)'),
 'DutyTaxFee.Indicator': ('indicators of the duty line (GIS)', 'none'),
 'DutyTaxFee.Measure': ('measures of the duty line', 'none'),
 'DutyTaxFee.Reference': ('references of the duty line', 'none'),
 'Currency.Currency': ('currency (CUX C504 6345) with its details qualifier (6347: 2 reference, 3 target) in @type', '135'),
 'Currency.ExchangeRate': ('rate of exchange (5402)', '118'),
 'Currency.Market': ('currency market exchange (6341)', 'none'),
 'Currency.DateTime': ('date of the rate', 'none'),
 'Currency.@qualifier': ('currency qualifier (6343)', 'none'),
 'Currency.@rateBase': ('currency rate base (6348)', 'none'),
 'TradeTerms.Function': ('terms of delivery function (4055)', 'none'),
 'TradeTerms.ChargesPaymentMethod': ('transport charges method of payment (4215)', '098'),
 'TradeTerms.Terms': ('INCOTERMS code (4053) and/or text (4052)', '090 (coded) / 089 (text)'),
 'TradeTerms.Location': ('INCOTERMS place', 'L002 (coded) / L001 (name)'),
 'TradeTerms.FreeText': ('free text of the terms', 'none'),
 'Authentication.Result': ('validation result (AUT 9280)', '104'),
 'Authentication.Key': ('validation key identification (AUT 9282)', 'none'),
 'Authentication.DateTime': ('authentication date', 'none'),
 'Authentication.Reference': ('authentication references', 'none'),
 'UnmappedValue': ('a source value no named element holds', 'none'),
 'UnmappedValue.@element': ('its element path inside the segment (C536/D4065, E2/C1 for data the directory does not know) or the XML path', 'none'),
 'Unmapped.Value': ('the non-empty values of the segment, in order', 'none'),
 'Unmapped.@segment': ('segment tag (or XML element name); "Message" for further messages of the interchange', 'none'),
 'Unmapped.@path': ('path of the segment in the source rendering, e.g. SG7[1]/SG8[2]/TSR[1]', 'none'),
 # CargoManifest
 'CargoManifest.DateTime': ('message dates (137 document date, 132 arrival estimated...)', 'none'),
 'CargoManifest.Location': ('message-level places (D.03B: place of report)', 'none'),
 'CargoManifest.Quantity': ('message-level quantities (D.03B: persons on board)', 'none'),
 'CargoManifest.Reference': ('manifest references (SG1 RFF+DTM, e.g. AFB cargo manifest number)', 'none'),
 'CargoManifest.Party': ('reporting party, carrier, agents, crew (SG2 NAD with SG3 contacts)', 'R059 / R058 (submitter)'),
 'CargoManifest.FreeText': ('reason for change and other remarks (FTX)', '225'),
 'CargoManifest.TransportMeans': ('the arriving/departing conveyance with voyage/flight number, ports and times (SG4)', '15A (BorderTransportMeans)'),
 'CargoManifest.Indicator': ('message-level indicators (GIS / GEI)', 'none'),
 'CargoManifest.Equipment': ('containers / ULDs with seals (SG5)', '31B (TransportEquipment)'),
 'CargoManifest.ControlTotal': ('message control totals (CNT: number of bills, equipment...)', '146 / 228 / 131'),
 'CargoManifest.MasterConsignment': ('master bills with their house bills (SG7/SG8)', '28A (Consignment)'),
 'CargoManifest.Authentication': ('authentication (SG17)', '104'),
 'CargoManifest.Unmapped': ('source data without a named element (TSR, DIM, HAN...)', 'none'),
 'CargoManifest.@documentType': ('always CargoManifest', 'none'),
 'ConsignmentContent.TransportDocument': ('the bill: master/house bill of lading, (master/house) air waybill (RFF qualifier in @type/@typeCode)', 'D005/D018 (transport document number)'),
 'ConsignmentContent.ControlTotal': ('bill totals (CNT: gross weight, packages)', '131 / 146'),
 'ConsignmentContent.Amount': ('bill amounts (declared value for customs/carriage, insurance...)', '108 / 117'),
 'ConsignmentContent.Location': ('places of the bill (loading 9, discharge 11, destination 8, delivery 7, transhipment 13...)', 'L010 (place of loading)'),
 'ConsignmentContent.Indicator': ('processing indicators of the bill (import/export/transit)', 'none'),
 'ConsignmentContent.Currency': ('default currency of the bill', '135'),
 'ConsignmentContent.ChargePayment': ('charge category and method of payment (CPI)', '098'),
 'ConsignmentContent.OnwardTransport': ('onward carriage (SG9 TDT with places, dates, references)', '10A/46A (arrival/departure transport means)'),
 'ConsignmentContent.Party': ('consignor, consignee, notify party, agents (SG11 NAD)', 'R021/R020 consignor, R015/R014 consignee'),
 'ConsignmentContent.QuantityVariance': ('quantity manifested/landed and reason (SG13 QTY-FTX)', 'none'),
 'ConsignmentContent.GoodsItem': ('goods items of the bill (SG14)', '29A (ConsignmentItem)'),
 'MasterConsignment.Document': ('the consignment document of the CNI (C503 1004 etc.)', 'D005'),
 'MasterConsignment.LoadSequenceNumber': ('consignment load sequence number (CNI 1312)', 'none'),
 'MasterConsignment.GroupControlTotal': ('totals of the SG7 group (CNI CNT: number of house bills...)', 'none'),
 'MasterConsignment.HouseConsignment': ('the house bills under this master (SG8 whose RFF is BH, HWB or ABH)', '28A'),
 'MasterConsignment.Unmapped': ('unmapped data of the bill', 'none'),
 'MasterConsignment.@sequence': ('consolidation item number (CNI 1490)', 'none'),
 'HouseConsignment.Unmapped': ('unmapped data of the house bill', 'none'),
 'ChargePayment.Category': ('charge category (5237)', 'none'),
 'ChargePayment.Method': ('method of payment (4215)', '098'),
 'ChargePayment.PrepaidCollect': ('prepaid/collect (4237)', 'none'),
 'QuantityVariance.Quantity': ('quantity manifested / landed / short / over', 'none'),
 'QuantityVariance.FreeText': ('reason for the difference', 'none'),
 'EquipmentPlacement.EquipmentIdentification': ('container holding (part of) the goods item (SGP C237 8260)', '159'),
 'EquipmentPlacement.PackageQuantity': ('packages in that container (SGP 7224)', '144'),
 'ManifestGoodsItem.Package': ('number and type of packages (GID C213, PAC)', '144 / 141'),
 'ManifestGoodsItem.FreeText': ('goods description (FTX AAA) and other texts', '137 (type AAA)'),
 'ManifestGoodsItem.Measure': ('gross weight, volume (MEA)', '126 / 395'),
 'ManifestGoodsItem.Amount': ('values of the item (MOA)', '112'),
 'ManifestGoodsItem.EquipmentPlacement': ('split goods placement (SGP)', 'none'),
 'ManifestGoodsItem.DangerousGoods': ('dangerous goods (DGS)', '12C'),
 'ManifestGoodsItem.Marks': ('shipping marks (PCI)', '142'),
 'ManifestGoodsItem.CustomsItemNumber': ('goods item number of the CST segment (1496)', 'none'),
 'ManifestGoodsItem.Classification': ('HS / tariff codes of the item (CST C246) with their scheme', '145'),
 'ManifestGoodsItem.Location': ('place of the goods on board (D.03B LOC)', 'none'),
 'ManifestGoodsItem.Indicator': ('other government requirements / status (SG15 GIS, GEI)', 'none'),
 'ManifestGoodsItem.Document': ('documents required (SG15 DOC with its DTMs)', 'D005 / D006'),
 'ManifestGoodsItem.QuantityVariance': ('item-level quantity variance (SG16)', 'none'),
 'ManifestGoodsItem.Unmapped': ('unmapped data of the item (HAN, TMD...)', 'none'),
 'ManifestGoodsItem.@sequence': ('goods item number (GID 1496)', '006'),
 # PassengerList
 'PassengerList.Reference': ('message references (RFF TN transaction reference)', 'none'),
 'PassengerList.DateTime': ('message dates', 'none'),
 'PassengerList.Party': ('reporting party with contacts (SG1 NAD MS)', 'none'),
 'PassengerList.Leg': ('the flight or voyage, one per leg (SG2 TDT: flight number in JourneyNumber, carrier, SG3 places with their times)', 'none'),
 'PassengerList.Traveller': ('passengers and crew (SG4)', 'none'),
 'PassengerList.ControlTotal': ('number of passengers / crew (CNT 41, 42)', 'none'),
 'PassengerList.Authentication': ('authentication (AUT)', 'none'),
 'PassengerList.Unmapped': ('unmapped source data', 'none'),
 'PassengerList.@documentType': ('always PassengerList', 'none'),
 'PersonName.FamilyName': ('surname (NAD C080 first 3036)', 'none'),
 'PersonName.GivenName': ('given names, in order (following 3036)', 'none'),
 'PersonName.NameFormat': ('name format code (3045)', 'none'),
 'Traveller.Identification': ('traveller id (NAD C082)', 'none'),
 'Traveller.Name': ('name of the person', 'none'),
 'Traveller.Address': ('address (residence)', 'none'),
 'Traveller.Attribute': ('personal attributes (ATT; type Gender for ATT+2)', 'none'),
 'Traveller.DateTime': ('dates of the person (329 birth date)', 'none'),
 'Traveller.Measure': ('measures (e.g. baggage weight)', 'none'),
 'Traveller.Indicator': ('indicators (GEI: e.g. verified)', 'none'),
 'Traveller.FreeText': ('free text', 'none'),
 'Traveller.Location': ('178 embarkation, 179 debarkation, 174 residence, 180 birth place, 22 clearance...', 'none'),
 'Traveller.Communication': ('contact numbers (COM)', 'none'),
 'Traveller.Employment': ('employment / crew function (EMP)', 'none'),
 'Traveller.Nationality': ('nationality (NAT C042 3293, ISO 3166 alpha-3 in the API guide)', 'none'),
 'Traveller.Reference': ('references (AVF reservation, ABO passenger reference, SEA seat, CR frequent flyer...)', 'none'),
 'Traveller.TravelDocument': ('travel documents (SG5 DOC: P passport, V visa...; number, expiry DTM 36, issuing country LOC 91)', 'none'),
 'Traveller.Baggage': ('checked baggage (SG6 GID-FTX-QTY)', 'none'),
 'Traveller.Unmapped': ('unmapped data of the traveller (e.g. SG7)', 'none'),
 'TravellerAttribute.AttributeType': ('attribute type (C955 9021)', 'none'),
 'TravellerAttribute.Value': ('attribute value code (C956 9019: M, F, U, X for gender)', 'none'),
 'TravellerAttribute.Text': ('attribute value text (C956 9018)', 'none'),
 'Employment.Category': ('employment category (C948)', 'none'),
 'Employment.Occupation': ('occupation (C951)', 'none'),
 'Employment.Qualification': ('qualification (C950)', 'none'),
 'Employment.JobTitle': ('job title (3494)', 'none'),
 'Employment.QualificationArea': ('qualification area (9035)', 'none'),
 'Nationality': ('nationality code as sent', 'none'),
 'Baggage.Package': ('number and type of pieces', 'none'),
 'Baggage.FreeText': ('bag tag numbers and text', 'none'),
 'Baggage.Quantity': ('quantities (weight...)', 'none'),
 'Baggage.@sequence': ('goods item number (GID 1496)', 'none'),
 # Declaration
 'Declaration.CustomsStatus': ('declaration-level customs codes (CUSDEC CST C246: declaration type 105, procedure 117...) with scheme', 'D013 (declaration type) / 166 (procedure)'),
 'Declaration.DateTime': ('declaration dates (137 document date, 150 declaration date...)', 'D011 / 023'),
 'Declaration.Location': ('offices and countries (22 office of clearance, 35 country of export, 36 destination...)', '065 office of declaration, 062 country of exportation, 465 destination'),
 'Declaration.Indicator': ('declaration indicators (GIS: 22 export, 23 import, 24 transit...)', 'none'),
 'Declaration.Measure': ('declaration measures (total gross weight...)', '131'),
 'Declaration.Reference': ('references (SG1: manifest, bill of lading, previous declaration, UCR, LRN)', 'D018 / 016 / D026'),
 'Declaration.Party': ('importer, exporter, declarant, seller, buyer, agent... (SG6)', 'R038 / R032 / R123 / R051 / R010 / R004'),
 'Declaration.FreeText': ('free text of the declaration', '225'),
 'Declaration.TransportMeans': ('transport at border / arrival / departure (SG4)', 'T005 / T006 / T014 / T022'),
 'Declaration.Equipment': ('containers (EQD)', '159'),
 'Declaration.Seal': ('seals (SEL)', '165'),
 'Declaration.AdditionalDocument': ('documents produced (SG5 DOC: invoice, licence...)', 'D005 / D006'),
 'Declaration.TradeTerms': ('delivery terms (SG7 TOD)', '090 / L002'),
 'Declaration.Amount': ('declaration amounts (SG8 MOA: invoice total, customs value...)', '109 / 108'),
 'Declaration.Currency': ('currencies and exchange rate (SG9 CUX)', '135 / 118'),
 'Declaration.GoodsShipment': ('the goods: packages, invoices and customs items', '67A (GoodsShipment)'),
 'Declaration.ControlTotal': ('summary totals (CNT)', '228 / 146'),
 'Declaration.DutyTaxFee': ('summary duty totals (SG49 TAX-MOA)', '120'),
 'Declaration.Authentication': ('authentication (SG50)', '104'),
 'Declaration.Unmapped': ('unmapped source data (e.g. FII)', 'none'),
 'ImportDeclaration.@documentType': ('always ImportDeclaration', 'none'),
 'ExportDeclaration.@documentType': ('always ExportDeclaration', 'none'),
 'GoodsShipment.Package': ('packages of the shipment (SG1/SG2 PAC with SG3 PCI marks)', '93A (Packaging)'),
 'GoodsShipment.Invoice': ('commercial documents summarised (SG10 DMS) with lines (SG21)', '78A (Invoice)'),
 'GoodsShipment.GoodsItem': ('customs items (SG30)', '68A (GovernmentAgencyGoodsItem)'),
 'Invoice.Identifier': ('invoice number (DMS 1004)', 'D016'),
 'Invoice.DocumentName': ('document name code (DMS 1001: 380 commercial invoice)', 'none'),
 'Invoice.TotalItems': ('total number of items (DMS 7240)', 'none'),
 'Invoice.DateTime': ('invoice date (DTM 3)', 'D015'),
 'Invoice.Measure': ('invoice measures', 'none'),
 'Invoice.Amount': ('invoice amounts (SG11 MOA)', '109'),
 'Invoice.Currency': ('invoice currency (SG12 CUX)', '135'),
 'Invoice.TradeTerms': ('invoice delivery terms (SG13 TOD)', '090'),
 'Invoice.Party': ('invoice parties (SG14 NAD)', 'R051 / R010'),
 'Invoice.Package': ('packages of the invoice (SG16 PAC with SG17 marks)', '144 / 141 / 142'),
 'Invoice.Line': ('invoice lines (SG21 LIN)', '79A (InvoiceLine)'),
 'Invoice.Unmapped': ('unmapped invoice data (PAT, ALC...)', 'none'),
 'InvoiceLine.ItemIdentification': ('item numbers (LIN/PIA C212 7140 with 7143 type)', 'none'),
 'InvoiceLine.Quantity': ('invoiced quantities', 'none'),
 'InvoiceLine.Measure': ('line measures', 'none'),
 'InvoiceLine.Amount': ('line amounts (38 invoice item amount...)', '112'),
 'InvoiceLine.Description': ('item description (SG27 IMD/FTX)', '137'),
 'InvoiceLine.Party': ('parties of the line (manufacturer...)', 'none'),
 'InvoiceLine.Document': ('documents of the line (SG22)', 'none'),
 'InvoiceLine.Unmapped': ('unmapped line data', 'none'),
 'InvoiceLine.@sequence': ('line item number (LIN 1082)', 'none'),
 'Origin.Country': ('country of origin (LOC 27)', '063'),
 'Origin.Region': ('region of origin (LOC 106)', '066'),
 'Origin.Type': ('origin type: preferential / non-preferential', '501'),
 'Origin.Certificate': ('the certificate of origin proving it (DOC 861/862/864/865/17: number, dates, place): the link to a CertificateOfOrigin document', 'D005 / D006'),
 'DeclarationGoodsItem.Classification': ('HS and national tariff codes (CST C246) each with its scheme', '145'),
 'DeclarationGoodsItem.Description': ('goods description (FTX AAA, SG36 IMD/FTX)', '137'),
 'DeclarationGoodsItem.FreeText': ('other texts of the item', '225'),
 'DeclarationGoodsItem.Origin': ('origin and its certificate', '92A (Origin)'),
 'DeclarationGoodsItem.Location': ('other places of the item', 'none'),
 'DeclarationGoodsItem.DateTime': ('item dates', 'none'),
 'DeclarationGoodsItem.Measure': ('gross / net weight, supplementary quantity', '126 / 128 / 130'),
 'DeclarationGoodsItem.Party': ('item parties', 'none'),
 'DeclarationGoodsItem.TransportMeans': ('item transport', 'none'),
 'DeclarationGoodsItem.Package': ('packages of the item (SG31 PAC + SG32 PCI)', '144 / 141 / 142'),
 'DeclarationGoodsItem.Amount': ('item amounts (SG33: 40 customs value, 123 statistical value...)', '108 / 114 / 112'),
 'DeclarationGoodsItem.Currency': ('item currencies (SG34)', '135'),
 'DeclarationGoodsItem.Reference': ('item references (SG35 RFF+DTM; previous document...)', 'D018 / 171'),
 'DeclarationGoodsItem.AdditionalDocument': ('documents of the item (SG37, SG48 DOC) other than certificates of origin', 'D005 / D006'),
 'DeclarationGoodsItem.TradeTerms': ('item delivery terms (SG38)', '090'),
 'DeclarationGoodsItem.NatureOfCargo': ('nature of cargo (SG39 GDS + FTX)', 'none'),
 'DeclarationGoodsItem.Indicator': ('item indicators (SG40 GIS: preference, valuation...)', 'none'),
 'DeclarationGoodsItem.DutyTaxFee': ('duties, taxes and fees of the item (SG41 TAX-MOA-GIS)', '50A (DutyTaxFee)'),
 'DeclarationGoodsItem.QuantityVariance': ('quantity variances of the item', 'none'),
 'DeclarationGoodsItem.Unmapped': ('unmapped item data (GIN, PCD, QVR, GIR...)', 'none'),
 'DeclarationGoodsItem.@sequence': ('customs item number (CST 1496)', '006'),
 # CertificateOfOrigin
 'CertificateOfOrigin.CertificateNumber': ('certificate number', 'D005 (as an additional document of a declaration)'),
 'CertificateOfOrigin.CertificateType': ('certificate type / form (e.g. Korea-India CEPA, Form E, Form AK)', 'D006'),
 'CertificateOfOrigin.Agreement': ('trade agreement claimed', 'none'),
 'CertificateOfOrigin.Status': ('approval status', 'none'),
 'CertificateOfOrigin.IssueDate': ('issue date (xs:date)', 'D011'),
 'CertificateOfOrigin.DateTime': ('other dates', 'none'),
 'CertificateOfOrigin.Reference': ('references (application number, invoice...)', 'none'),
 'CertificateOfOrigin.IssuingCountry': ('issuing country', 'none'),
 'CertificateOfOrigin.ExportCountry': ('exporting country', '062'),
 'CertificateOfOrigin.ImportCountry': ('importing country', '465'),
 'CertificateOfOrigin.Party': ('exporter, importer, consignee, producer, issuer, preparer...', 'R032 / R038 / R015'),
 'CertificateOfOrigin.Transport': ('transport details of the certificate', 'none'),
 'CertificateOfOrigin.OriginItem': ('the goods with origin', 'none'),
 'CertificateOfOrigin.Endorsement': ('endorsements / signatures (exporter declaration, issuer certification)', 'none'),
 'CertificateOfOrigin.FreeText': ('remarks', 'none'),
 'CertificateOfOrigin.Unmapped': ('unmapped source data', 'none'),
 'CertificateOfOrigin.@documentType': ('always CertificateOfOrigin', 'none'),
 'CertificateTransport.DepartureDate': ('departure date as sent', 'none'),
 'CertificateTransport.TransportMeans': ('vessel / flight', 'none'),
 'CertificateTransport.Location': ('ports of loading and discharge', 'L010'),
 'CertificateTransport.Equipment': ('containers', '159'),
 'OriginItem.Description': ('goods description', '137'),
 'OriginItem.Classification': ('HS code with scheme', '145'),
 'OriginItem.OriginCriterion': ('origin criterion (WO, PE, CTH, CTSH, RVC40...)', 'none'),
 'OriginItem.OriginCountry': ('country of origin', '063'),
 'OriginItem.Quantity': ('quantities', 'none'),
 'OriginItem.Measure': ('gross/net weight', '126'),
 'OriginItem.Amount': ('FOB / invoice value', 'none'),
 'OriginItem.Package': ('packages', '144 / 141'),
 'OriginItem.Marks': ('marks and numbers', '142'),
 'OriginItem.Reference': ('invoice number and date', 'D016'),
 'OriginItem.FreeText': ('remarks', 'none'),
 'OriginItem.Unmapped': ('unmapped item data', 'none'),
 'OriginItem.@sequence': ('item number', 'none'),
 'Endorsement.Party': ('endorsing party', 'none'),
 'Endorsement.Signatory': ('name of the signatory', 'none'),
 'Endorsement.Status': ('approval status', 'none'),
 'Endorsement.DocumentIdentifier': ('document id the endorsement refers to', 'none'),
 'Endorsement.DateTime': ('date of the endorsement', 'none'),
 'Endorsement.Location': ('place of the endorsement', 'none'),
 'Endorsement.FreeText': ('declaration / certification text', 'none'),
 'Endorsement.@sequence': ('order of the endorsement', 'none'),
 # CustomsResponse
 'CustomsResponse.Status': ('status of the answered document (UNCL 7365 code, or Accepted/Rejected/Released/Examination/Detained/Received)', '379'),
 'CustomsResponse.Indicator': ('further status / processing indicators (GIS after the first)', 'none'),
 'CustomsResponse.DateTime': ('response dates', 'D029'),
 'CustomsResponse.Location': ('places of the response (customs office: LOC 41, 22...)', '065 / G002'),
 'CustomsResponse.Reference': ('what the response answers (declaration number, LRN, original message reference)', 'D026 / D014'),
 'CustomsResponse.Party': ('customs office and contacts', 'none'),
 'CustomsResponse.FreeText': ('general remarks', 'none'),
 'CustomsResponse.Error': ('errors', '53A (Error)'),
 'CustomsResponse.DutyTaxFee': ('duties assessed', '120'),
 'CustomsResponse.Unmapped': ('unmapped source data', 'none'),
 'CustomsResponse.@documentType': ('always CustomsResponse', 'none'),
 'ResponseError.Code': ('error code with its list', '377'),
 'ResponseError.Description': ('error description', '488'),
 'ResponseError.Pointer': ('where in the source the error is', '97A (Pointer)'),
 'Pointer.Section': ('message section (1049: 1 heading, 10 customs item detail of CUSDEC...)', '375'),
 'Pointer.ItemNumber': ('item number in that section (1052), e.g. the customs item', 'none'),
 'Pointer.SubItemNumber': ('sub-item number (1054)', 'none'),
 'Pointer.SegmentTag': ('segment tag (9166)', '381'),
 'Pointer.SegmentPosition': ('segment position in the message, UNH = 1 (1050)', 'none'),
 'Pointer.SequenceSource': ('sequence number source (1159)', 'none'),
 'Pointer.ElementPosition': ('data element position in the segment', 'none'),
 'Pointer.ComponentPosition': ('component position in the element', 'none'),
 'Pointer.Line': ('line in the source file', 'none'),
 'Pointer.Column': ('column in the source file', 'none'),
 'Pointer.Path': ('XPath into an XML source', 'none'),
 'Pointer.Reference': ('references identifying the item (e.g. declaration number + line)', 'none'),
}

INTRO = """# Canonical model (urn:unipass:canonical:1)

<!-- GENERATED by Mappings/tools/canonical-doc.py from Mappings/canonical/*.xsd; edit the script. -->

Every document the gateway translates becomes one `UnipassDocument`: an `Envelope` (gateway routing
data) and exactly one body whose element name is the document type: `CargoManifest`,
`PassengerList`, `ImportDeclaration`, `ExportDeclaration`, `CertificateOfOrigin` or
`CustomsResponse`. `Envelope/DocumentType` repeats it; the schema checks that both agree
(`xs:key`/`xs:keyref` on the body's `documentType` attribute).

Schema: `Mappings/canonical/unipass-canonical.xsd` (root, envelope, bodies), including
`unipass-common.xsd` (shared types). One namespace, `urn:unipass:canonical:1`, elements qualified,
attributes unqualified.

## Rules every mapping follows

- **Strings and decimals, never floating point.** Identifiers, codes, numbers used as identifiers
  and dates are strings (kept exactly as sent); amounts, quantities, measures and control totals
  are `xs:decimal` (an EDIFACT decimal comma becomes a point).
- **Codes keep their list.** A coded value is element text; `@name` gives its readable meaning,
  `@list`/`@listQualifier`/`@listAgency` where it comes from.
- **Qualifiers are kept twice.** Generic elements (`Reference`, `DateTime`, `Party`, `Location`,
  `Measure`, `Amount`, `Quantity`, `ControlTotal`, `FreeText`, `Equipment`, documents, duties) carry
  `@type`, a readable name derived from the UN/EDIFACT code list (`BillOfLadingNumber`,
  `PlacePortOfDischarge`, `Consignee`...), and `@typeCode`, the original qualifier (`BM`, `11`, `CN`).
  Unknown codes give `type="Unknown"` and keep `@typeCode`. The readable names come from the UNCL
  code lists of D.96B and D.05B (`Mappings/lib/edifact-codes.xsl`, generated by
  `Mappings/tools/make-code-tables.py`).
- **Classifications keep their scheme.** Every HS, national tariff, procedure or status code is a
  `Classification`/`CustomsStatus` with `@scheme` (HS, NationalTariff, CustomsProcedure...) and the
  original qualifier in `@schemeCode`; several codes of one item are all kept, in order (`@position`).
- **Nothing is dropped silently.** Source data a mapping has no named element for is written as
  `Unmapped` (segment tag, its path in the source, each value with its element path) in the nearest
  container that allows it. EDIFACT mappings check every value of every segment they map against
  the list of elements they read; what is left over is reported. Further messages of the same
  interchange are named in an `Unmapped segment="Message"` (one canonical document per message).
- **Dates** keep the source text and format code; `@iso` is added only when the format is
  unambiguous (EDIFACT 102, 203, 204). Two-digit years are never expanded by guessing.

## Examples

Every mapping's vectors hold complete documents: `Mappings/cuscar-to-canonical/vectors/*/expected.xml`
(CargoManifest with master and house bills), `Mappings/paxlst-iata-to-canonical/vectors/*/expected.xml`
(PassengerList), `Mappings/cusdec-d96b-to-canonical/vectors/*/expected.xml` (Import/ExportDeclaration
with an `Origin/Certificate` link and an `Unmapped` FII), `Mappings/cusres-d96b-to-canonical/...`
(CustomsResponse with error pointers), `Mappings/ubl-certificate-of-origin-to-canonical/...`
(CertificateOfOrigin).

## WCO data model IDs

The "WCO ID" column gives the WCO Data Model ID of the matching data element where one exists,
as annotated (`<WCOID>`) in the HMRC CDS DMS schemas (WCO DM 3.x, `samples/wco/hmrc-cds/schemas`):
e.g. D013 document name (declaration type), D014 document reference number, 017 message function,
145 commodity classification, 063 country of origin, R038 importer, R144 authorisation holder.
Class IDs (e.g. 28A Consignment, 68A GovernmentAgencyGoodsItem) are given for containers. "none"
means the DMS subset has no such element (passenger data, EDIFACT-only details); "by type" means
the ID depends on the qualifier (`@typeCode`).

"""


def complex_types():
    types = []
    for f in FILES:
        root = ET.parse(os.path.join(ROOT, f)).getroot()
        for node in root:
            if node.tag in (XS + 'complexType', XS + 'group', XS + 'attributeGroup', XS + 'element'):
                types.append((os.path.basename(f), node))
    return types


def occurs(e):
    lo = e.get('minOccurs', '1')
    hi = e.get('maxOccurs', '1')
    hi = 'n' if hi == 'unbounded' else hi
    return lo if lo == hi else '%s..%s' % (lo, hi)


def rows(node, name):
    out = []
    simple = node.find('./' + XS + 'simpleContent')
    if simple is not None:
        base = simple.find('./*').get('base')
        out.append(('(text)', base, '', name))
    for e in node.iter(XS + 'element'):
        if e.get('name') and e is not node:
            t = e.get('type') or 'inline'
            out.append((e.get('name'), t, occurs(e), '%s.%s' % (name, e.get('name'))))
    for g in node.iter(XS + 'group'):
        if g.get('ref'):
            out.append(('group ' + g.get('ref'), '', '', None))
    for a in node.iter(XS + 'attribute'):
        if a.get('name'):
            out.append(('@' + a.get('name'), a.get('type', ''), 'required' if a.get('use') == 'required' else 'optional',
                        '%s.@%s' % (name, a.get('name'))))
    for g in node.iter(XS + 'attributeGroup'):
        if g.get('ref'):
            out.append(('attributes ' + g.get('ref'), '', '', None))
    return out


def main():
    out = [INTRO]
    missing = []
    order = ['UnipassDocument', 'Envelope', 'Source', 'DocumentHeader', 'CargoManifest', 'MasterConsignment',
             'HouseConsignment', 'ConsignmentContent', 'ManifestGoodsItem', 'EquipmentPlacement', 'ChargePayment',
             'QuantityVariance', 'PassengerList', 'Traveller', 'PersonName', 'TravellerAttribute', 'Employment',
             'Nationality', 'Baggage', 'Declaration', 'ImportDeclaration', 'ExportDeclaration', 'GoodsShipment',
             'Invoice', 'InvoiceLine', 'DeclarationGoodsItem', 'Origin', 'CertificateOfOrigin', 'CertificateTransport',
             'OriginItem', 'Endorsement', 'CustomsResponse', 'ResponseError', 'Pointer']
    nodes = {}
    for f, node in complex_types():
        if node.get('name'):
            nodes.setdefault(node.get('name'), (f, node))
    names = order + sorted(n for n in nodes if n not in order)
    for name in names:
        if name not in nodes:
            continue
        f, node = nodes[name]
        kind = node.tag.replace(XS, '')
        if kind == 'element' and name != 'UnipassDocument':
            continue
        if kind == 'attributeGroup':
            kind = 'attribute group'
        out.append('## %s (%s, %s)\n' % (name, kind, f))
        doc = node.find('./' + XS + 'annotation/' + XS + 'documentation')
        if doc is not None and doc.text:
            out.append(' '.join(doc.text.split()) + '\n')
        table = rows(node, name)
        if not table:
            continue
        out.append('| field | type | occurs | meaning | WCO ID |')
        out.append('|---|---|---|---|---|')
        for field, typ, occ, key in table:
            if key is None:
                out.append('| %s | | | see %s | |' % (field, field.split(' ', 1)[1]))
                continue
            meaning, wco = FIELDS.get(key) or FIELDS.get(key.split('.')[0] if field == '(text)' else '', (None, None))
            if meaning is None:
                missing.append(key)
                meaning, wco = '?', '?'
            out.append('| %s | %s | %s | %s | %s |' % (field, typ, occ, meaning, wco))
        out.append('')
    if missing:
        sys.exit('undocumented fields: ' + ', '.join(missing))
    print('\n'.join(out))


if __name__ == '__main__':
    main()
