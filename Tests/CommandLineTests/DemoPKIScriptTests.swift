import Foundation
import Testing

/// `Certificates/make-demo-pki.sh` as an administrator calls it: with a relative OUTDIR too.
@Suite struct DemoPKIScriptTests {
    @Test func aRelativeOutputFolderWorks() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("unipass-pki-relative-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [CommandRunner.repositoryRoot.appendingPathComponent("Certificates/make-demo-pki.sh").path, "demo"]
        process.currentDirectoryURL = work
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        for file in ["gateway.cert.pem", "gateway.key.pem", "partners/KCCI.pem", "partners/CNCUSTOMS.pem"] {
            #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("demo/\(file)").path), "\(file)")
        }
    }
}
