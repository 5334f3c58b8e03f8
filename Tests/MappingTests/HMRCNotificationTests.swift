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
