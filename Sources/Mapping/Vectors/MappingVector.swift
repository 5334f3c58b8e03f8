import Foundation

/// One test vector of a mapping: `vectors/<name>/input.xml|input.edi` beside
/// `expected.xml|expected.edi`.
public struct MappingVector: Sendable, Hashable {
    /// The vector folder's name.
    public var name: String
    /// The input file.
    public var inputPath: String
    /// The expected output file (it may not exist yet when recording).
    public var expectedPath: String
}

extension MappingDefinition {
    /// The mapping's vectors, in name order.
    public var vectors: [MappingVector] {
        let root = folder + "/vectors"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        let expectedName = manifest.target.format == .edifact ? "expected.edi" : "expected.xml"
        return names.sorted().compactMap { name in
            let vector = root + "/" + name
            for input in ["input.xml", "input.edi"] where FileManager.default.fileExists(atPath: vector + "/" + input) {
                return MappingVector(name: name, inputPath: vector + "/" + input, expectedPath: vector + "/" + expectedName)
            }
            return nil
        }
    }
}
