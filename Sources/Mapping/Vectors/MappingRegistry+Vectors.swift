import Diagnostics
import Foundation

extension MappingRegistry {
    /// True when `UNIPASS_RECORD=1`: vectors then (re)write their expected output.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["UNIPASS_RECORD"] == "1" }

    /// Runs the test vectors of every mapping (or of the given ids): translates each input with
    /// its mapping and the fixed test parameters, validates the output, and compares it byte for
    /// byte with the expected file. With `record`, writes the output as the expected file.
    public func runVectors(of ids: Set<String>? = nil, record: Bool = MappingRegistry.isRecording) -> [MappingVectorResult] {
        var results: [MappingVectorResult] = []
        for mapping in mappings where ids?.contains(mapping.id) ?? true {
            for vector in mapping.vectors {
                results.append(run(vector, of: mapping, record: record))
            }
        }
        return results
    }

    /// Runs one vector.
    public func run(_ vector: MappingVector, of mapping: MappingDefinition, record: Bool = false) -> MappingVectorResult {
        func result(_ passed: Bool, _ detail: String) -> MappingVectorResult {
            MappingVectorResult(mappingID: mapping.id, vector: vector, passed: passed, detail: detail)
        }
        guard let input = FileManager.default.contents(atPath: vector.inputPath) else {
            return result(false, "cannot read \(vector.inputPath)")
        }
        let output: [UInt8]
        do {
            output = try translate(Array(input), sourceName: vector.inputPath, mappingID: mapping.id).output
        } catch {
            let detail = error.diagnostics.errors.first.map { "\(error.reason)\n    \($0)" } ?? error.reason
            return result(false, detail)
        }
        if record {
            do {
                try Data(output).write(to: URL(fileURLWithPath: vector.expectedPath))
                return result(true, "recorded \(vector.expectedPath)")
            } catch {
                return result(false, "cannot write \(vector.expectedPath): \(error)")
            }
        }
        guard let expected = FileManager.default.contents(atPath: vector.expectedPath) else {
            return result(false, "\(vector.expectedPath) is missing (record it with UNIPASS_RECORD=1)")
        }
        if Array(expected) == output { return result(true, "") }
        return result(false, DiffExcerpt.between(expected: Array(expected), actual: output))
    }
}
