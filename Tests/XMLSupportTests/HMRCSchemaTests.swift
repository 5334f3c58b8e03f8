import Diagnostics
import Foundation
import Testing
import XMLSupport

/// HMRC's WCO 3.6 DMS profile, added from outside as `--schemas .../wrapper_submit.xsd` would:
/// its schemas compile and its declaration examples validate (read in place from ../shared).
@Suite("HMRC CDS schemas")
struct HMRCSchemaTests {
    static let examples = (TestPaths.hmrc as NSString).appendingPathComponent("examples")
    static let validDeclarations = [
        "TT_IM001a/Step1_TT_IM001a.xml", "TT_IM001b/TT_IM001b.xml", "TT_IM011a/TT_IM011a.xml",
        "TT_IM011a/TT_IM011a_Amendment.xml", "TT_EX001a/TT_EX001a.xml",
    ]

    static func registry(_ entries: [String]) throws -> SchemaRegistry {
        try SchemaRegistry.load(paths: entries.map { (TestPaths.hmrc as NSString).appendingPathComponent("schemas/customs/\($0)") })
    }

    @Test func theSubmitWrapperCompiles() throws {
        let registry = try Self.registry(["wrapper_submit.xsd"])
        let entry = try #require(registry.entries.first)
        #expect(entry.targetNamespace == "urn:wco:datamodel:WCO:DocumentMetaData-DMS:2")
        #expect(entry.globalElementNames.contains("MetaData"))
    }

    @Test(arguments: validDeclarations)
    func declarationsValidate(file: String) throws {
        let validator = XMLDocumentValidator(registry: try Self.registry(["wrapper_submit.xsd"]))
        let path = (Self.examples as NSString).appendingPathComponent(file)
        let report = validator.validate(try #require(FileManager.default.contents(atPath: path)), sourceName: file)
        #expect(report.isValid, "\(report.diagnostics.map(\.description))")
        #expect(report.root == XMLQualifiedName(namespace: "urn:wco:datamodel:WCO:DocumentMetaData-DMS:2", localName: "MetaData"))
    }

    @Test func theCancellationValidatesAgainstTheCancelWrapper() throws {
        let path = (Self.examples as NSString).appendingPathComponent("TT_IM011a/TT_IM011a_Cancellation.xml")
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let cancel = XMLDocumentValidator(registry: try Self.registry(["wrapper_cancel.xsd"]))
        let report = cancel.validate(bytes)
        #expect(report.isValid, "\(report.diagnostics.map(\.description))")
        #expect(report.schemaPath?.hasSuffix("wrapper_cancel.xsd") == true)
        // Both wrappers share a namespace: with both configured the document is valid if either accepts it.
        let both = XMLDocumentValidator(registry: try Self.registry(["wrapper_submit.xsd", "wrapper_cancel.xsd"]))
        #expect(both.validate(bytes).isValid)
    }

    @Test func theDeliberatelyInvalidDeclarationFailsAtItsLine() throws {
        let validator = XMLDocumentValidator(registry: try Self.registry(["wrapper_submit.xsd"]))
        let path = (Self.examples as NSString).appendingPathComponent("example_submission_declaration_400.xml")
        let report = validator.validate(try #require(FileManager.default.contents(atPath: path)), sourceName: "400.xml")
        #expect(!report.isValid)
        let error = try #require(report.diagnostics.errors.first)
        #expect(error.location.line == 12)
        #expect(error.location.path == "/md:MetaData/Declaration/unknown")
        #expect(error.message.contains("AcceptanceDateTime"))
    }

    @Test func notificationsWithoutNamespacesHaveNoSchema() throws {
        // The published DMS notifications carry no namespace, so no HMRC entry claims them:
        // they are reported, not silently accepted. (MappingTests re-namespaces and validates them.)
        let validator = XMLDocumentValidator(registry: try Self.registry(["wrapper_submit.xsd"]))
        let path = (Self.examples as NSString).appendingPathComponent("Example_DMS_notifications/01_DMSACC.xml")
        let report = validator.validate(try #require(FileManager.default.contents(atPath: path)))
        #expect(report.root == XMLQualifiedName(namespace: nil, localName: "MetaData"))
        #expect(report.diagnostics.errors.map(\.code) == ["xml.noSchema"])
    }
}
