import Diagnostics
import Foundation
import Mapping
import Testing
import XMLSupport

/// HMRC's published DMS notifications carry no namespaces. Re-namespaced (by a fixture
/// stylesheet run through the engine) they validate against HMRC's notification schemas, all
/// but one: 16_DMSEOG gives its Status/EffectiveDateTime/DateTimeString as free text
/// ("Wed Nov 13 00:00:00 UTC 2019") without the required formatCode attribute.
@Suite("HMRC notifications")
struct HMRCNotificationTests {
    static let examples = MappingTestPaths.hmrc + "/examples"
    static let notifications: [String] = {
        let names = FileManager.default.enumerator(atPath: examples)?.compactMap { $0 as? String } ?? []
        return names.filter { $0.hasSuffix(".xml") && $0.lowercased().contains("notifications/") }.sorted()
    }()

    /// A wrapper like the one HMRC does not ship: the notification envelope plus the RES schema.
    static func writeWrapper() throws -> String {
        let notification = MappingTestPaths.hmrc + "/schemas/wco/notification"
        let folder = try MappingTestPaths.temporaryFolder()
        let path = folder + "/notification-wrapper.xsd"
        try """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:wco:datamodel:WCO:DocumentMetaData-DMS:2" elementFormDefault="qualified">
              <xs:include schemaLocation="\(notification)/DocumentMetaData_2_DMS.xsd"/>
              <xs:import namespace="urn:wco:datamodel:WCO:RES-DMS:2" schemaLocation="\(notification)/WCO_RES_2_DMS.xsd"/>
            </xs:schema>
            """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func theNotificationSchemasSkipAConflictingImport() throws {
        // declaration/ and notification/ ship two *different* UnqualifiedDataType_6_DMS.xsd for
        // one namespace; libxml2 silently keeps the first. By default that is an error.
        let wrapper = try Self.writeWrapper()
        defer { try? FileManager.default.removeItem(atPath: (wrapper as NSString).deletingLastPathComponent) }
        let error = #expect(throws: XMLSupportError.self) { try XMLSchema.compile(entryAt: wrapper) }
        #expect(error?.code == .schemaCompilation)
        #expect(error?.diagnostics.contains { $0.message.contains("Skipping import") && $0.message.contains("UnqualifiedDataType") } == true)
    }

    @Test func reNamespacedNotificationsValidateExceptDMSEOG() throws {
        #expect(Self.notifications.count >= 15)
        let wrapper = try Self.writeWrapper()
        defer { try? FileManager.default.removeItem(atPath: (wrapper as NSString).deletingLastPathComponent) }
        let schema = try XMLSchema.compile(entryAt: wrapper, toleratingSkippedImports: true)
        let stylesheet = try XSLTStylesheet.compile(path: MappingTestPaths.fixtures + "/HMRC/notification-namespaces.xsl")
        var invalid: [String: DiagnosticList] = [:]
        for name in Self.notifications {
            let input = try XMLDocument(contentsOfFile: Self.examples + "/" + name)
            #expect(input.root?.namespace == nil, "\(name) was expected without namespace")
            let output = try stylesheet.transform(input)
            let reparsed = try XMLDocument(parsing: output.bytes, sourceName: name)
            let diagnostics = schema.validate(reparsed)
            if diagnostics.hasErrors { invalid[name] = diagnostics }
        }
        #expect(Array(invalid.keys) == ["Example_DMS_notifications/16_DMSEOG.xml"])
        let error = try #require(invalid["Example_DMS_notifications/16_DMSEOG.xml"]?.errors.first)
        #expect(error.message.contains("formatCode"))
        #expect(error.location.tag == "DateTimeString")
        #expect(error.location.path?.hasSuffix("Status/EffectiveDateTime/DateTimeString") == true)
        #expect(error.location.line != nil)
    }
}

/// HMRC's declarations, accepted inbound with their schemas added from outside (as
/// `unipass translate --schemas .../wrapper_submit.xsd` does): validated against HMRC's schemas,
/// translated by the repository's mapping, and valid canonical output.
@Suite("HMRC declarations")
struct HMRCDeclarationTests {
    static let declarations = [
        "TT_IM001a/Step1_TT_IM001a.xml", "TT_IM001b/TT_IM001b.xml", "TT_IM011a/TT_IM011a.xml", "TT_EX001a/TT_EX001a.xml",
    ]

    static func registry() throws -> MappingRegistry {
        try MappingRegistry.load(
            directory: MappingTestPaths.repositoryRoot + "/Mappings",
            extraSchemas: [MappingTestPaths.hmrc + "/schemas/customs/wrapper_submit.xsd"]
        )
    }

    @Test(arguments: declarations)
    func declarationsTranslate(file: String) throws {
        let registry = try Self.registry()
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: HMRCNotificationTests.examples + "/" + file)))
        let result = try registry.translate(bytes, sourceName: file)
        #expect(result.mapping.manifest.source.namespace == "urn:wco:datamodel:WCO:DocumentMetaData-DMS:2")
        #expect(result.document.root == XMLQualifiedName(namespace: "urn:unipass:canonical:1", localName: "UnipassDocument"))
    }

    @Test func anAmendmentIsRefusedWithTheStylesheetsReason() throws {
        // Valid against HMRC's schema, but a COR amendment has no canonical document type: the
        // mapping stops with xsl:message terminate, and its words reach the caller.
        let registry = try Self.registry()
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: HMRCNotificationTests.examples + "/TT_IM011a/TT_IM011a_Amendment.xml")))
        let error = #expect(throws: MappingError.self) { try registry.translate(bytes) }
        #expect(error?.code == .transformFailed)
        #expect(error?.reason.contains("'COR'") == true)
    }

    @Test func theInvalidDeclarationIsRefusedBeforeTranslation() throws {
        let registry = try Self.registry()
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: HMRCNotificationTests.examples + "/example_submission_declaration_400.xml")))
        let error = #expect(throws: MappingError.self) { try registry.translate(bytes) }
        #expect(error?.code == .invalidInput)
        #expect(error?.diagnostics.first?.location.line == 12)
    }
}
