import Foundation

/// Where the mapping content tests find things: the repository's `Mappings/` and `Samples/xml/`,
/// and the shared public samples beside the repository (`<repo>/../shared`, read in place).
enum SharedSamplePaths {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let mappings = repositoryRoot + "/Mappings"
    static let samples = repositoryRoot + "/Samples/xml"
    static let shared = repositoryRoot + "/../shared"

    /// The bytes of a file.
    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
