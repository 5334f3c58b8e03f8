import Diagnostics
import Foundation
import Mapping
import Testing

/// A reload swaps the registry only when every mapping compiles and every vector passes.
@Suite("Safe reload")
struct ReloadTests {
    @Test func aBrokenStylesheetKeepsTheWorkingRegistry() throws {
        let folder = try MappingTestPaths.copyOfMappings()
        defer { try? FileManager.default.removeItem(atPath: folder + "/..") }
        let live = try ReloadableMappingRegistry(directory: folder)
        let working = live.current
        let stylesheet = folder + "/order-to-summary/transform.xsl"
        let original = try String(contentsOfFile: stylesheet, encoding: .utf8)
        try original.replacingOccurrences(of: #"select="o:Number""#, with: #"select="o:Number[""#)
            .write(toFile: stylesheet, atomically: true, encoding: .utf8)
        let error = #expect(throws: MappingError.self) { try live.reload() }
        #expect(error?.code == .stylesheetCompilation)
        #expect(error?.reason.contains("order-to-summary/transform.xsl") == true)
        #expect(error?.diagnostics.contains { $0.location.line == 16 && $0.location.file?.hasSuffix("transform.xsl") == true } == true)
        #expect(live.current === working)
    }

    @Test func aFailingVectorKeepsTheWorkingRegistry() throws {
        let folder = try MappingTestPaths.copyOfMappings()
        defer { try? FileManager.default.removeItem(atPath: folder + "/..") }
        let live = try ReloadableMappingRegistry(directory: folder)
        let working = live.current
        let stylesheet = folder + "/order-to-summary/transform.xsl"
        try String(contentsOfFile: stylesheet, encoding: .utf8)
            .replacingOccurrences(of: #"sum(o:Line/o:Quantity)"#, with: #"sum(o:Line/o:Quantity) + 1"#)
            .write(toFile: stylesheet, atomically: true, encoding: .utf8)
        let error = #expect(throws: MappingError.self) { try live.reload() }
        #expect(error?.code == .vectorFailed)
        #expect(error?.reason.contains("order-to-summary/two-lines") == true)
        #expect(live.current === working)
    }

    @Test func swapsWhenEverythingPasses() throws {
        let folder = try MappingTestPaths.copyOfMappings()
        defer { try? FileManager.default.removeItem(atPath: folder + "/..") }
        let live = try ReloadableMappingRegistry(directory: folder)
        let working = live.current
        // A new mapping folder dropped in by an administrator.
        try FileManager.default.copyItem(atPath: folder + "/cuscar-d96b", toPath: folder + "/cuscar-d03b")
        let manifest = folder + "/cuscar-d03b/manifest.yaml"
        try String(contentsOfFile: manifest, encoding: .utf8)
            .replacingOccurrences(of: "id: cuscar-d96b", with: "id: cuscar-d03b")
            .replacingOccurrences(of: "[D96B, D95B]", with: "[D03B]")
            .write(toFile: manifest, atomically: true, encoding: .utf8)
        let reloaded = try live.reload()
        #expect(live.current === reloaded)
        #expect(reloaded !== working)
        #expect(reloaded.mapping(for: .edifact(messageType: "CUSCAR", version: "D03B", association: nil))?.id == "cuscar-d03b")
        #expect(working.mapping(for: .edifact(messageType: "CUSCAR", version: "D03B", association: nil)) == nil)
    }
}
