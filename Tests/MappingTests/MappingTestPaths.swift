import Foundation

/// Paths the engine tests read: their fixtures, the shared samples beside the repository, and
/// throw-away copies for tests that modify a mapping folder.
enum MappingTestPaths {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
    static let repositoryRoot = URL(fileURLWithPath: testsFolder).deletingLastPathComponent().deletingLastPathComponent().path
    static let fixtures = testsFolder + "/Fixtures"
    static let mappings = fixtures + "/Mappings"
    static let security = fixtures + "/Security/folder"
    static let outside = fixtures + "/Security/outside"
    static let hmrc = repositoryRoot + "/../shared/samples/wco/hmrc-cds"

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mapping-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A copy of the fixture mapping folder that a test may change.
    static func copyOfMappings() throws -> String {
        let folder = try temporaryFolder() + "/Mappings"
        try FileManager.default.copyItem(atPath: mappings, toPath: folder)
        return folder
    }
}
