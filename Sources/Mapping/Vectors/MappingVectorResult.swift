/// The outcome of one test vector.
public struct MappingVectorResult: Sendable, Hashable {
    /// The mapping's id.
    public var mappingID: String
    /// The vector.
    public var vector: MappingVector
    /// True when the output equals the expected output byte for byte (or was recorded).
    public var passed: Bool
    /// Why it failed: the error, or a diff excerpt around the first differing line.
    public var detail: String

    /// `PASS id/name` or `FAIL id/name: detail`.
    public var summary: String {
        passed ? "PASS \(mappingID)/\(vector.name)" : "FAIL \(mappingID)/\(vector.name): \(detail)"
    }
}

/// A short, readable difference between two texts: the first differing line with one line of
/// context, numbered as in the files.
enum DiffExcerpt {
    static func between(expected: [UInt8], actual: [UInt8]) -> String {
        let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < expectedLines.count, index < actualLines.count, expectedLines[index] == actualLines[index] { index += 1 }
        var lines = ["output differs from expected at line \(index + 1):"]
        let start = max(0, index - 1)
        for number in start...(index + 1) {
            let want = number < expectedLines.count ? String(expectedLines[number]) : nil
            let got = number < actualLines.count ? String(actualLines[number]) : nil
            if want == got, let want {
                lines.append("    \(number + 1)   \(clip(want))")
            } else {
                if let want { lines.append("  - \(number + 1)   \(clip(want))") } else if number == index { lines.append("  - (end of expected)") }
                if let got { lines.append("  + \(number + 1)   \(clip(got))") } else if number == index { lines.append("  + (end of output)") }
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func clip(_ line: String) -> String {
        line.count > 160 ? String(line.prefix(160)) + "..." : line
    }
}
