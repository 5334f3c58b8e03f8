import Foundation
import Testing
@testable import XMLSupport

/// The policy the process-wide entity loader consults: nothing by default, never the network,
/// local files only inside the allowed folders (after resolving `..` and symbolic links).
@Suite("External resource policy")
struct ExternalResourcePolicyTests {
    @Test func refusesEverythingByDefault() {
        #expect(!ExternalResourcePolicy.current.allowsRead(of: "/etc/passwd"))
        #expect(!ExternalResourcePolicy.refuseAll.allowsRead(of: "file:///etc/passwd"))
    }

    @Test func confinesLocalFilesToTheirRoots() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("policy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let inside = root.appendingPathComponent("sub/a.xsl")
        try Data("x".utf8).write(to: inside)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("escape.xsl").path, withDestinationPath: "/etc/passwd")
        let policy = ExternalResourcePolicy.localFiles(under: [root.path])
        #expect(policy.allowsRead(of: inside.path))
        #expect(policy.allowsRead(of: "file://" + inside.path))
        #expect(!policy.allowsRead(of: root.path + "/sub/../../../etc/passwd"))
        #expect(!policy.allowsRead(of: root.appendingPathComponent("escape.xsl").path))
        #expect(!policy.allowsRead(of: "http://127.0.0.1:1/a.xsl"))
        #expect(!policy.allowsRead(of: "ftp://127.0.0.1/a.xsl"))
        #expect(!policy.allowsRead(of: "file://otherhost" + inside.path))
    }
}
