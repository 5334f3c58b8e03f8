import EDIFACT
import Foundation

/// Reads the segment table (section 4.3.1) of a UNECE message specification file such as
/// `CUSCAR_D.96B` or `CUSCAR_D.16A`.
///
/// Both layouts are understood: D.96B draws group brackets with code page 437 box characters
/// (`┐` opens, `┘` and `┴` close), later releases with ASCII (`+` opens and closes, `|`
/// continues). Group nesting is taken from the number of closing marks at the end of the
/// line of a group's last segment.
struct MessageTableParser {
    /// What the importer needs from a message file.
    struct Result {
        var type: String
        var version: String
        var release: String
        var agency: String
        var name: String
        var structure: [MessageDefinition.Node]
    }

    private struct OpenGroup {
        var position: String
        var number: Int
        var isMandatory: Bool
        var maxRepetitions: Int
        var children: [MessageDefinition.Node] = []
    }

    let fileName: String

    func parse(_ text: String) throws -> Result {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var header: [String: String] = [:]
        var titleLines: [String] = []
        for line in lines.prefix(80) {
            let trimmed = line.trimmingSpaces
            if let colon = trimmed.firstIndex(of: ":"), trimmed.hasPrefix("Message Type") || trimmed.hasPrefix("Version")
                || trimmed.hasPrefix("Release") || trimmed.hasPrefix("Contr. Agency") {
                header[String(trimmed[..<colon]).trimmingSpaces] = String(trimmed[trimmed.index(after: colon)...]).trimmingSpaces
            } else if header.isEmpty, !trimmed.isEmpty, !trimmed.hasPrefix("---"), titleLines.count < 3 {
                titleLines.append(String(trimmed))
            }
        }
        guard let type = header["Message Type"], let version = header["Version"], let release = header["Release"] else {
            throw EDIFACTError(.directorySource, "\(fileName): no 'Message Type', 'Version' and 'Release' header; is this a UNECE message specification?")
        }
        let name = titleLines.count >= 3 ? titleLines[2] : type

        // The segment table proper: the last "4.3.1 Segment table" heading at the left margin.
        guard let start = lines.lastIndex(where: { $0.hasPrefix("4.3.1") && $0.contains("Segment table") }) else {
            throw EDIFACTError(.directorySource, "\(fileName): no '4.3.1 Segment table' section")
        }
        var stack = [OpenGroup(position: "", number: 0, isMandatory: true, maxRepetitions: 1)]
        var sawTrailer = false
        for (offset, line) in lines[start...].enumerated() where !sawTrailer {
            guard let first = line.first, first.isASCII, first.isNumber else { continue }
            let lineNumber = start + offset + 1
            let position = String(line.prefix(while: { $0.isASCII && $0.isNumber }))
            guard position.count >= 4, line.dropFirst(position.count).first == " " else { continue }
            var rest = line.dropFirst(position.count).drop(while: { $0 == " " })
            if let mark = rest.first, "+*#|X-".contains(mark), rest.dropFirst().first == " " {
                rest = rest.dropFirst().drop(while: { $0 == " " })
            }
            if let groupRange = rest.range(of: "Segment group") {
                let afterLabel = rest[groupRange.upperBound...].drop(while: { $0 == " " })
                guard let number = Int(afterLabel.prefix(while: { $0.isASCII && $0.isNumber })),
                      let (isMandatory, maximum, _) = Self.statusAndRepeats(afterLabel.dropFirst(String(number).count)) else {
                    throw EDIFACTError(.directorySource, "\(fileName), line \(lineNumber): cannot read the segment group line")
                }
                stack.append(OpenGroup(position: position, number: number, isMandatory: isMandatory, maxRepetitions: maximum))
                continue
            }
            let tag = String(rest.prefix(3))
            guard tag.count == 3, tag.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) }),
                  let (isMandatory, maximum, tail) = Self.statusAndRepeats(rest.dropFirst(3)) else {
                throw EDIFACTError(.directorySource, "\(fileName), line \(lineNumber): cannot read the segment line")
            }
            stack[stack.count - 1].children.append(.segment(.init(position: position, tag: tag, isMandatory: isMandatory, maxRepetitions: maximum)))
            let closings = tail.reduce(0) { $0 + ($1 == "┘" || $1 == "┴" || $1 == "+" ? 1 : 0) }
            for _ in 0..<closings {
                guard stack.count > 1, let group = stack.popLast() else {
                    throw EDIFACTError(.directorySource, "\(fileName), line \(lineNumber): a group closes that was never opened")
                }
                stack[stack.count - 1].children.append(.group(.init(position: group.position, number: group.number, isMandatory: group.isMandatory,
                                                                     maxRepetitions: group.maxRepetitions, children: group.children)))
            }
            if tag == "UNT" && stack.count == 1 { sawTrailer = true }
        }
        guard sawTrailer, stack.count == 1, let root = stack.first else {
            throw EDIFACTError(.directorySource, "\(fileName): the segment table does not end with UNT at the top level")
        }
        return Result(type: type, version: version, release: release, agency: header["Contr. Agency"] ?? "UN", name: name, structure: root.children)
    }

    /// Finds `M|C` followed by the maximum repetitions in the right part of a table line and
    /// returns them with whatever follows the number (the bracket drawing).
    static func statusAndRepeats(_ text: Substring) -> (Bool, Int, Substring)? {
        var tokens = text.split(whereSeparator: { $0 == " " })
        var removed: [Substring] = []
        while let last = tokens.popLast() {
            defer { removed.append(last) }
            guard let previous = tokens.last, previous == "M" || previous == "C" else { continue }
            let digits = last.prefix(while: { $0.isASCII && $0.isNumber })
            guard let maximum = Int(digits), maximum > 0 else { continue }
            let tail = String(last.dropFirst(digits.count)) + removed.reversed().joined(separator: " ")
            return (previous == "M", maximum, Substring(tail))
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        guard let first = firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(self[first...last])
    }
}
