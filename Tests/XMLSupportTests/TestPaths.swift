import Foundation

/// Paths the tests read in place: the repository root (from this file's path) and the shared
/// standard data and samples beside it (`<repo root>/../shared`).
enum TestPaths {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let shared = (repositoryRoot as NSString).appendingPathComponent("../shared")
    static let hmrc = (shared as NSString).appendingPathComponent("samples/wco/hmrc-cds")

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("xmlsupport-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
