import Foundation

/// A throw-away demo PKI made once per test run by the project's own script, in a temporary
/// folder (never the checkout's Certificates/demo, which a user may be using).
enum DemoPKI {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The PKI folder: gateway.key.pem, gateway.cert.pem, trust/, crl/, partners/, keys/, test/.
    static let folder: Result<URL, Failure> = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unipass-cli-pki-\(UUID().uuidString)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [CommandRunner.repositoryRoot.appendingPathComponent("Certificates/make-demo-pki.sh").path, folder.path]
        process.standardOutput = FileHandle.nullDevice
        let error = Pipe()
        process.standardError = error
        do {
            try process.run()
        } catch {
            return .failure(Failure(description: "cannot run make-demo-pki.sh: \(error)"))
        }
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return .failure(Failure(description: "make-demo-pki.sh failed: \(message)"))
        }
        return .success(folder)
    }()

    static func path(_ relative: String) throws -> String {
        try folder.get().appendingPathComponent(relative).path
    }
}
