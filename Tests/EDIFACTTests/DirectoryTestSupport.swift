import Foundation

/// Paths the directory tests read: the repository, the shared UNECE files beside it, and the
/// committed definitions.
enum DirectoryTestSupport {
    /// The repository root (three levels above this file).
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `<repo>/../shared/edifact-directories`.
    static let sharedDirectories = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/edifact-directories")
    /// The committed definitions in the source tree.
    static let committedDirectories = repositoryRoot.appendingPathComponent("Sources/EDIFACT/Resources/Directories")
    /// True when golden files should be re-recorded (`UNIPASS_RECORD=1`).
    static let recording = ProcessInfo.processInfo.environment["UNIPASS_RECORD"] == "1"
    /// The message types the gateway ships definitions for.
    static let builtInMessages = ["CUSCAR", "PAXLST", "CUSDEC", "CUSRES", "APERAK"]

    static func shared(_ path: String) -> URL { sharedDirectories.appendingPathComponent(path) }
}
