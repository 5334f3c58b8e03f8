import Diagnostics
import Foundation
import Mapping
import Testing

/// The verdicts `Samples/xml/README.md` promises, checked through the engine with the project's
/// own mappings and schema sets: good samples translate to the right document, broken and
/// hostile ones are refused with a reason that names the place.
@Suite("XML sample verdicts")
struct XMLSampleVerdictTests {
    static let ublSchema = SharedSamplePaths.shared + "/samples/eco/oasis-ubl-2.1/xsd/maindoc/UBL-CertificateOfOrigin-2.1.xsd"

    static func registry() throws -> MappingRegistry {
        try MappingRegistry.load(directory: SharedSamplePaths.mappings, extraSchemas: [ublSchema])
    }

    static func sample(_ name: String) throws -> [UInt8] {
        try SharedSamplePaths.bytes(SharedSamplePaths.samples + "/" + name)
    }

    @Test(arguments: [
        ("wco-import-declaration.xml", "ImportDeclaration"),
        ("wco-export-declaration.xml", "ExportDeclaration"),
    ])
    func translatesAWCODeclaration(file: String, documentType: String) throws {
        let result = try Self.registry().translate(try Self.sample(file), sourceName: file)
        #expect(result.mapping.id == "wco-declaration-to-canonical")
        let output = String(decoding: result.output, as: UTF8.self)
        #expect(output.contains("<\(documentType) documentType=\"\(documentType)\">"))
        let source = try LeafValues(SharedSamplePaths.samples + "/" + file)
        let missing = source.values.filter { !output.contains(LeafValues.escaped($0.value)) }
        #expect(missing.isEmpty, "values of \(file) dropped: \(missing.prefix(5).map { "\($0.path)=\($0.value)" })")
    }

    @Test func linksTheCertificateOfOriginFromTheGoodsItem() throws {
        let output = String(decoding: try Self.registry().translate(try Self.sample("wco-import-declaration.xml")).output, as: UTF8.self)
        #expect(output.contains("<Certificate typeCode=\"861\" type=\"CertificateOfOrigin\" list=\"UNCL 1001\">"))
        #expect(output.contains("<Identifier>K2637000000481</Identifier>"))
        #expect(output.contains("<Classification position=\"2\" scheme=\"NationalTariff\" schemeCode=\"HSK\">8471300000</Classification>"))
    }

    @Test func sendsTheUBLCertificateToChinaInItsOwnFormat() throws {
        let registry = try Self.registry()
        let canonical = try registry.translate(try Self.sample("ubl-certificate-of-origin.xml"), sourceName: "ubl-certificate-of-origin.xml")
        #expect(canonical.mapping.id == "ubl-certificate-of-origin-to-canonical")
        let chinese = try registry.translate(canonical.output, partner: "CN")
        #expect(chinese.mapping.id == "eco-cn-kr-cn-fta")
        let output = String(decoding: chinese.output, as: UTF8.self)
        #expect(output.contains("<CustomizationID>urn:unipass:eco:cn:kr-cn-fta:gacc:1.0</CustomizationID>"))
        #expect(output.contains("<ID>KRCN26SE0004127</ID>"))
        #expect(output.contains("<HSCode>330499</HSCode>"))
        #expect(output.contains("<OriginCriterion>PSR</OriginCriterion>"))
        #expect(output.contains("<OriginCriterion>WP</OriginCriterion>"))
    }

    @Test func refusesACertificateWhoseNumberBreaksThePartnersPattern() throws {
        let registry = try Self.registry()
        let canonical = try registry.translate(try Self.sample("ubl-certificate-of-origin.xml"))
        // A KR-CN FTA number is no Form AK reference number.
        let vietnam = #expect(throws: MappingError.self) { try registry.translate(canonical.output, partner: "VN") }
        #expect(vietnam?.code == .transformFailed)
        #expect(vietnam?.description.contains("CertificateOfOrigin/CertificateNumber") == true)
        let file = "canonical-certificate-of-origin-bad-number.xml"
        let china = #expect(throws: MappingError.self) { try registry.translate(try Self.sample(file), sourceName: file) }
        #expect(china?.code == .transformFailed)
        #expect(china?.description.contains("'KR-CO-2026-000123' is not a KR-CN FTA certificate number") == true)
    }

    @Test func answersTheBrokerInWCO() throws {
        let result = try Self.registry().translate(try Self.sample("canonical-customs-response.xml"))
        #expect(result.mapping.id == "response-to-wco")
        let output = String(decoding: result.output, as: UTF8.self)
        #expect(output.contains("<FunctionCode>03</FunctionCode>"))
        #expect(output.contains("<ValidationCode>KR-E0861</ValidationCode>"))
        #expect(output.contains("<TagID>/Declaration/GoodsShipment/GovernmentAgencyGoodsItem[1]/AdditionalDocument[1]/ID</TagID>"))
    }

    @Test func refusesTheSchemaInvalidDeclarationWithItsLine() throws {
        let file = "wco-import-declaration-invalid.xml"
        let registry = try Self.registry()
        let error = #expect(throws: MappingError.self) { try registry.translate(try Self.sample(file), sourceName: file) }
        #expect(error?.code == .invalidInput)
        let lines = error?.diagnostics.errors.compactMap(\.location.line) ?? []
        #expect(lines.contains(8) && lines.contains(12) && lines.contains(13))
    }

    @Test(arguments: ["wco-import-declaration-xxe.xml", "ubl-certificate-of-origin-entity-bomb.xml"])
    func refusesHostileInput(file: String) throws {
        let registry = try Self.registry()
        let error = #expect(throws: MappingError.self) { try registry.translate(try Self.sample(file), sourceName: file) }
        #expect(error?.code == .invalidInput)
        #expect(error?.description.contains("root:") == false)
        #expect(error?.description.contains("lollollol") == false)
    }
}
