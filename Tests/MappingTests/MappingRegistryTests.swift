import Diagnostics
import Foundation
import Mapping
import Testing
import XMLSupport

/// The registry loads every manifest folder, refuses duplicate selectors, answers which mapping
/// a document takes, and runs vectors.
@Suite("Mapping registry")
struct MappingRegistryTests {
    @Test func loadsEveryManifestFolder() throws {
        let registry = try MappingRegistry.load(directory: MappingTestPaths.mappings)
        #expect(registry.mappings.map(\.id) == ["cuscar-d96b", "order-to-summary", "paxlst-iata", "summary-to-cn"])
        #expect(registry.schemas.entries.contains { $0.targetNamespace == "urn:test:order" })
    }

    @Test func answersWhichMappingADocumentTakes() throws {
        let registry = try MappingRegistry.load(directory: MappingTestPaths.mappings)
        let order = XMLQualifiedName(namespace: "urn:test:order", localName: "Order")
        #expect(registry.mapping(for: .xml(root: order))?.id == "order-to-summary")
        #expect(registry.mapping(for: .xml(root: XMLQualifiedName(namespace: nil, localName: "Order"))) == nil)
        #expect(registry.mapping(for: .edifact(messageType: "CUSCAR", version: "D95B", association: nil))?.id == "cuscar-d96b")
        #expect(registry.mapping(for: .edifact(messageType: "CUSCAR", version: "D96B", association: "XYZ"))?.id == "cuscar-d96b")
        #expect(registry.mapping(for: .edifact(messageType: "CUSCAR", version: "D03B", association: nil)) == nil)
        #expect(registry.mapping(for: .edifact(messageType: "PAXLST", version: "D05B", association: "IATA"))?.id == "paxlst-iata")
        #expect(registry.mapping(for: .edifact(messageType: "PAXLST", version: "D05B", association: nil)) == nil)
        #expect(registry.mapping(for: .canonical(documentType: "CertificateOfOrigin", partner: "CN"))?.id == "summary-to-cn")
        #expect(registry.mapping(for: .canonical(documentType: "CertificateOfOrigin", partner: "VN")) == nil)
    }

    @Test func readsTheKeyOfACanonicalDocument() throws {
        let path = MappingTestPaths.mappings + "/summary-to-cn/vectors/basic/input.xml"
        let document = try XMLDocument(contentsOfFile: path)
        #expect(DocumentKey.of(document) == .canonical(documentType: "CertificateOfOrigin", partner: "CN"))
        #expect(DocumentKey.of(document, partner: "VN") == .canonical(documentType: "CertificateOfOrigin", partner: "VN"))
        let order = try XMLDocument(parsing: #"<Order xmlns="urn:test:order"/>"#)
        #expect(DocumentKey.of(order) == .xml(root: XMLQualifiedName(namespace: "urn:test:order", localName: "Order")))
    }

    @Test func refusesTwoMappingsForTheSameSelector() throws {
        let folder = try MappingTestPaths.copyOfMappings()
        defer { try? FileManager.default.removeItem(atPath: folder + "/..") }
        try FileManager.default.copyItem(atPath: folder + "/order-to-summary", toPath: folder + "/order-to-summary-copy")
        let manifest = folder + "/order-to-summary-copy/manifest.yaml"
        let text = try String(contentsOfFile: manifest, encoding: .utf8).replacingOccurrences(of: "id: order-to-summary", with: "id: order-to-summary-copy")
        try text.write(toFile: manifest, atomically: true, encoding: .utf8)
        let error = #expect(throws: MappingError.self) { try MappingRegistry.load(directory: folder) }
        #expect(error?.code == .duplicateSelector)
        #expect(error?.reason.contains("order-to-summary") == true)
        #expect(error?.reason.contains("{urn:test:order}Order") == true)
    }

    @Test func refusesAnInvalidManifestNamingFileAndLine() throws {
        let folder = try MappingTestPaths.copyOfMappings()
        defer { try? FileManager.default.removeItem(atPath: folder + "/..") }
        try "id: x\ndirection: sideways\n".write(toFile: folder + "/cuscar-d96b/manifest.yaml", atomically: true, encoding: .utf8)
        let wrongValue = #expect(throws: MappingError.self) { try MappingRegistry.load(directory: folder) }
        #expect(wrongValue?.code == .invalidManifest)
        #expect(wrongValue?.reason.contains("cuscar-d96b/manifest.yaml") == true)
        try "id: x\nsource: [unclosed\n".write(toFile: folder + "/cuscar-d96b/manifest.yaml", atomically: true, encoding: .utf8)
        let notYAML = #expect(throws: MappingError.self) { try MappingRegistry.load(directory: folder) }
        #expect(notYAML?.diagnostics.first?.location.line != nil)
    }

    @Test func runsVectorsAndShowsADiff() throws {
        let folder = try MappingTestPaths.copyOfMappings()
        defer { try? FileManager.default.removeItem(atPath: folder + "/..") }
        let passing = try MappingRegistry.load(directory: folder).runVectors(record: false)
        #expect(passing.count == 3)
        #expect(passing.allSatisfy { $0.passed })
        let expected = folder + "/order-to-summary/vectors/two-lines/expected.xml"
        let text = try String(contentsOfFile: expected, encoding: .utf8).replacingOccurrences(of: "<s:Quantity>7", with: "<s:Quantity>8")
        try text.write(toFile: expected, atomically: true, encoding: .utf8)
        let results = try MappingRegistry.load(directory: folder).runVectors(record: false)
        let failed = try #require(results.first { !$0.passed })
        #expect(failed.mappingID == "order-to-summary")
        #expect(failed.detail.contains("line 8"))
        #expect(failed.detail.contains("- 8     <s:Quantity>8</s:Quantity>"))
        #expect(failed.detail.contains("+ 8     <s:Quantity>7</s:Quantity>"))
    }

    @Test func recordsExpectedOutputs() throws {
        let folder = try MappingTestPaths.copyOfMappings()
        defer { try? FileManager.default.removeItem(atPath: folder + "/..") }
        let expected = folder + "/order-to-summary/vectors/two-lines/expected.xml"
        let original = try Data(contentsOf: URL(fileURLWithPath: expected))
        try FileManager.default.removeItem(atPath: expected)
        let registry = try MappingRegistry.load(directory: folder)
        #expect(registry.runVectors(of: ["order-to-summary"], record: false).first?.passed == false)
        #expect(registry.runVectors(of: ["order-to-summary"], record: true).first?.passed == true)
        let rewritten = try Data(contentsOf: URL(fileURLWithPath: expected))
        #expect(rewritten == original)
    }
}
