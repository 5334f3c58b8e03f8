import Diagnostics
import Foundation
import Mapping
import Testing
import XMLSupport

/// Translation end to end on the fixture mappings: selection, parameters, input and output
/// validation.
@Suite("Translation")
struct TranslationTests {
    let order = Array("<Order xmlns=\"urn:test:order\"><Number>A-1</Number><Line><Quantity>5</Quantity></Line></Order>".utf8)

    @Test func translatesByTheDocumentsRoot() throws {
        let registry = try MappingRegistry.load(directory: MappingTestPaths.mappings)
        let result = try registry.translate(order, sourceName: "order.xml")
        #expect(result.mapping.id == "order-to-summary")
        let text = String(decoding: result.output, as: UTF8.self)
        #expect(text.contains("<s:MessageId>TEST-0001</s:MessageId>"))
        #expect(text.contains("<s:ReceivedAt>2026-01-01T00:00:00Z</s:ReceivedAt>"))
        #expect(text.contains("<s:Quantity>5</s:Quantity>"))
    }

    @Test func passesTheGatewayParameters() throws {
        let registry = try MappingRegistry.load(directory: MappingTestPaths.mappings)
        let parameters = TranslationParameters(messageId: "M-77", receivedAt: "2026-11-27T06:00:00Z", partnerCountry: "VN")
        let text = String(decoding: try registry.translate(order, parameters: parameters).output, as: UTF8.self)
        #expect(text.contains("<s:MessageId>M-77</s:MessageId>"))
        #expect(text.contains("<s:Partner>VN</s:Partner>"))
    }

    @Test func choosesTheOutboundMappingByPartner() throws {
        let registry = try MappingRegistry.load(directory: MappingTestPaths.mappings)
        let input = try Array(Data(contentsOf: URL(fileURLWithPath: MappingTestPaths.mappings + "/summary-to-cn/vectors/basic/input.xml")))
        #expect(try registry.translate(input).mapping.id == "summary-to-cn")
        let error = #expect(throws: MappingError.self) { try registry.translate(input, partner: "VN") }
        #expect(error?.code == .noMapping)
    }

    @Test func refusesAnInputThatIsInvalidAgainstItsSchema() throws {
        let registry = try MappingRegistry.load(directory: MappingTestPaths.mappings)
        let bad = Array("<Order xmlns=\"urn:test:order\">\n<Line><Quantity>5</Quantity></Line></Order>".utf8)
        let error = #expect(throws: MappingError.self) { try registry.translate(bad, sourceName: "bad.xml") }
        #expect(error?.code == .invalidInput)
        #expect(error?.diagnostics.first?.location.line == 2)
        #expect(error?.diagnostics.first?.location.path == "/Order/Line")
    }

    @Test func refusesHostileInput() throws {
        let registry = try MappingRegistry.load(directory: MappingTestPaths.mappings)
        let xxe = Array(#"<!DOCTYPE Order [<!ENTITY x SYSTEM "file:///etc/passwd">]><Order xmlns="urn:test:order">&x;</Order>"#.utf8)
        let error = #expect(throws: MappingError.self) { try registry.translate(xxe) }
        #expect(error?.code == .invalidInput)
        #expect(error?.description.contains("root:") == false)
    }

    @Test func refusesAnUnknownDocumentOrMappingID() throws {
        let registry = try MappingRegistry.load(directory: MappingTestPaths.mappings)
        #expect(throws: MappingError.self) { try registry.translate(Array("<Unknown/>".utf8)) }
        let error = #expect(throws: MappingError.self) { try registry.translate(order, mappingID: "nope") }
        #expect(error?.code == .noMapping)
        #expect(throws: MappingError.self) { try registry.translate(Array("hello".utf8)) }
    }

    @Test func validatesEveryOutputAgainstTheTargetSchema() throws {
        let folder = try MappingTestPaths.copyOfMappings()
        defer { try? FileManager.default.removeItem(atPath: folder + "/..") }
        let stylesheet = folder + "/order-to-summary/transform.xsl"
        let broken = try String(contentsOfFile: stylesheet, encoding: .utf8)
            .replacingOccurrences(of: #"<xsl:value-of select="count(o:Line)"/>"#, with: "many")
        try broken.write(toFile: stylesheet, atomically: true, encoding: .utf8)
        let registry = try MappingRegistry.load(directory: folder)
        let error = #expect(throws: MappingError.self) { try registry.translate(order) }
        #expect(error?.code == .invalidOutput)
        let first = error?.diagnostics.errors.first
        #expect(first?.location.path == "/s:Summary/s:Lines")
        #expect(first?.location.line == 7)
    }
}

/// EDIFACT inputs go through the EDIFACT module's parser and XML rendering; EDIFACT targets
/// come back through the rendering reader and serializer (E's real mappings cover the latter).
@Suite("EDIFACT translation")
struct EDIFACTTranslationTests {
    static let input = MappingTestPaths.mappings + "/cuscar-d96b/vectors/two-consignments/input.edi"

    @Test func translatesThroughTheRenderingWithUNBParameters() throws {
        let registry = try MappingRegistry.load(directory: MappingTestPaths.mappings)
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: Self.input)))
        let result = try registry.translate(bytes, sourceName: "cuscar.edi")
        #expect(result.mapping.id == "cuscar-d96b")
        #expect(result.key == .edifact(messageType: "CUSCAR", version: "D96B", association: nil))
        let text = String(decoding: result.output, as: UTF8.self)
        #expect(text.contains("<s:Partner>MAEU/REF42</s:Partner>"))
        #expect(text.contains("<s:Order>MF-0042</s:Order>"))
        #expect(text.contains("<s:Lines>2</s:Lines>"))
        #expect(text.contains("<s:Quantity>15</s:Quantity>"))
        #expect(!result.diagnostics.hasErrors)
    }

    @Test func envelopeFindingsTravelAsWarnings() throws {
        let registry = try MappingRegistry.load(directory: MappingTestPaths.mappings)
        let text = try String(contentsOfFile: Self.input, encoding: .utf8).replacingOccurrences(of: "UNT+8+1", with: "UNT+9+1")
        let result = try registry.translate(Array(text.utf8), sourceName: "cuscar.edi")
        #expect(!result.diagnostics.isEmpty)
        #expect(!result.diagnostics.hasErrors)
        #expect(result.diagnostics.contains { $0.location.tag == "UNT" })
    }

    @Test func refusesAnInterchangeWithoutMessages() throws {
        let registry = try MappingRegistry.load(directory: MappingTestPaths.mappings)
        let error = #expect(throws: MappingError.self) { try registry.translate(Array("UNB+UNOA:3+A+B+260101:0000+1'UNZ+0+1'".utf8)) }
        #expect(error?.code == .invalidInput)
        let unknown = #expect(throws: MappingError.self) {
            try registry.translate(Array("UNB+UNOA:3+A+B+260101:0000+1'UNH+1+IFTMIN:D:96B:UN'BGM+1'UNT+3+1'UNZ+1+1'".utf8))
        }
        #expect(unknown?.code == .noMapping)
        #expect(unknown?.reason.contains("IFTMIN D96B") == true)
    }
}
