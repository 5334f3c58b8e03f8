import Foundation
import Mapping
import Testing

/// The project's mappings on public documents read in place from `../shared` (never copied):
/// HMRC's CDS declarations (WCO DEC-DMS in an md:MetaData envelope) and the UBL 2.1 certificate
/// of origin sample. Each translation is validated against the canonical schema by the engine;
/// these tests check what the mappings promise on top: the document type chosen by the
/// declaration type, every classification kept with its scheme, every source value carried
/// somewhere (named element or Unmapped), and a clear refusal of what has no canonical form.
@Suite("Shared samples translation")
struct SharedSamplesTranslationTests {
    static let hmrc = SharedSamplePaths.shared + "/samples/wco/hmrc-cds"
    static let ubl = SharedSamplePaths.shared + "/samples/eco"

    /// The project's mappings, with HMRC's and OASIS's schemas added from outside so that the
    /// inputs are validated too.
    static func registry() throws -> MappingRegistry {
        try MappingRegistry.load(
            directory: SharedSamplePaths.mappings,
            extraSchemas: [
                hmrc + "/schemas/customs/wrapper_submit.xsd",
                ubl + "/oasis-ubl-2.1/xsd/maindoc/UBL-CertificateOfOrigin-2.1.xsd",
            ]
        )
    }

    static let declarations: [(file: String, documentType: String)] = [
        ("TT_IM001a/Step1_TT_IM001a.xml", "ImportDeclaration"),
        ("TT_IM001b/TT_IM001b.xml", "ImportDeclaration"),
        ("TT_IM011a/TT_IM011a.xml", "ImportDeclaration"),
        ("TT_EX001a/TT_EX001a.xml", "ExportDeclaration"),
    ]

    @Test(arguments: declarations)
    func translatesAnHMRCDeclaration(file: String, documentType: String) throws {
        let path = Self.hmrc + "/examples/" + file
        let result = try Self.registry().translate(try SharedSamplePaths.bytes(path), sourceName: file)
        #expect(result.mapping.id == "hmrc-dms-declaration-to-canonical")
        let output = String(decoding: result.output, as: UTF8.self)
        #expect(output.contains("<DocumentType>\(documentType)</DocumentType>"))
        #expect(output.contains("<\(documentType) documentType=\"\(documentType)\">"))
        #expect(output.contains("<Association>GB HMRC v2.1</Association>"))

        let source = try LeafValues(path)
        for classification in source.classifications {
            #expect(output.contains("schemeCode=\"\(classification.scheme)\"") && output.contains(">\(classification.id)</Classification>"),
                    "classification \(classification.id) (\(classification.scheme)) of \(file) is missing")
        }
        let missing = source.values.filter { !output.contains(LeafValues.escaped($0.value)) }
            .filter { $0.path != "/MetaData/WCOTypeName" }
        #expect(missing.isEmpty, "values of \(file) dropped: \(missing.prefix(5).map { "\($0.path)=\($0.value)" })")
    }

    @Test func keepsWhatHasNoCanonicalPlaceInUnmapped() throws {
        let file = "TT_EX001a/TT_EX001a.xml"
        let result = try Self.registry().translate(try SharedSamplePaths.bytes(Self.hmrc + "/examples/" + file), sourceName: file)
        let output = String(decoding: result.output, as: UTF8.self)
        #expect(output.contains("<Unmapped segment=\"Freight\" path=\"/MetaData/Declaration[1]/Consignment[1]/Freight[1]\">"))
        #expect(output.contains("<Value element=\"PaymentMethodCode\">D</Value>"))
    }

    @Test func refusesAnAmendmentWithAClearMessage() throws {
        let file = "TT_IM011a/TT_IM011a_Amendment.xml"
        let registry = try Self.registry()
        let error = #expect(throws: MappingError.self) {
            try registry.translate(try SharedSamplePaths.bytes(Self.hmrc + "/examples/" + file), sourceName: file)
        }
        #expect(error?.code == .transformFailed)
        #expect(error?.description.contains("Declaration/TypeCode") == true)
        #expect(error?.description.contains("'COR'") == true)
    }

    @Test func translatesTheUBLCertificateOfOriginSample() throws {
        let path = Self.ubl + "/synthetic/ubl21-co-sample.xml"
        let result = try Self.registry().translate(try SharedSamplePaths.bytes(path), sourceName: "ubl21-co-sample.xml")
        #expect(result.mapping.id == "ubl-certificate-of-origin-to-canonical")
        let output = String(decoding: result.output, as: UTF8.self)
        #expect(output.contains("<CertificateNumber>KR-CO-2024-000123</CertificateNumber>"))
        #expect(output.contains("<Classification position=\"1\" scheme=\"HS\" schemeCode=\"HS\">720839</Classification>"))
        #expect(output.contains("<OriginCriterion list=\"origin criterion\" name=\"ChangeOfTariffHeading\">CTH</OriginCriterion>"))
        #expect(output.contains("<PartnerCountry>IN</PartnerCountry>"))
        let missing = try LeafValues(path).values.filter { !output.contains(LeafValues.escaped($0.value)) }
        #expect(missing.isEmpty, "values dropped: \(missing.prefix(5).map { "\($0.path)=\($0.value)" })")
    }

    @Test func refusesToSendTheUBLSampleToIndiaWithAnUnknownNumberPattern() throws {
        let registry = try Self.registry()
        let canonical = try registry.translate(try SharedSamplePaths.bytes(Self.ubl + "/synthetic/ubl21-co-sample.xml"))
        let error = #expect(throws: MappingError.self) { try registry.translate(canonical.output) }
        #expect(error?.code == .transformFailed)
        #expect(error?.description.contains("'KR-CO-2024-000123' is not a KR-IN CEPA certificate number") == true)
    }
}
