import EDIFACT
import Foundation

/// Reads a UNECE segment directory (`TRSD.96B`, `EDSD.16A`): every segment with its simple
/// and composite data elements, the composites' components, status, repetitions (syntax 4
/// directories) and representations.
///
/// Entries are separated by a line of `─` or `-`. Long names that wrap onto a second line are
/// joined before the line is read.
struct SegmentDirectoryParser {
    let fileName: String

    func parse(_ text: String) throws -> [String: SegmentDefinition] {
        var segments: [String: SegmentDefinition] = [:]
        for entry in DirectoryEntries.split(text) {
            guard let segment = try parseEntry(entry.lines, firstLine: entry.firstLine) else { continue }
            segments[segment.tag] = segment
        }
        guard !segments.isEmpty else {
            throw EDIFACTError(.directorySource, "\(fileName): no segment definitions found; is this a UNECE segment directory (EDSD/TRSD)?")
        }
        return segments
    }

    private func parseEntry(_ lines: [Substring], firstLine: Int) throws -> SegmentDefinition? {
        guard let headerIndex = lines.firstIndex(where: { !$0.trimmingSpaces.isEmpty }) else { return nil }
        let header = DirectoryEntries.dropChangeIndicators(lines[headerIndex])
        let tag = String(header.prefix(3))
        let name = header.dropFirst(3).trimmingSpaces
        guard tag.count == 3, tag.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) }), header.dropFirst(3).first == " ",
              lines[(headerIndex + 1)...].contains(where: { $0.contains("Function:") }) else { return nil }

        var elements: [SegmentDefinition.Element] = []
        var index = headerIndex + 1
        while index < lines.count {
            var line = String(lines[index])
            let lineNumber = firstLine + index
            index += 1
            let isElement = line.first?.isNumber == true
            let isComponent = !isElement && Self.componentPattern(line)
            guard isElement || isComponent else { continue }
            // Join a wrapped name with its continuation line.
            while Self.fields(of: line, isElement: isElement) == nil, index < lines.count, !lines[index].trimmingSpaces.isEmpty {
                line += " " + lines[index].trimmingSpaces
                index += 1
            }
            guard let fields = Self.fields(of: line, isElement: isElement) else {
                throw EDIFACTError(.directorySource, "\(fileName), line \(lineNumber): cannot read the element line of segment \(tag)")
            }
            if isElement {
                let content: SegmentDefinition.Content
                if let repr = fields.representation {
                    content = .simple(DataElementDefinition(id: fields.id, name: fields.name, characterClass: repr.0, minLength: repr.min, maxLength: repr.max))
                } else {
                    content = .composite(CompositeDefinition(id: fields.id, name: fields.name, components: []))
                }
                elements.append(.init(position: fields.position, isMandatory: fields.isMandatory, maxRepetitions: fields.repeats, content: content))
            } else {
                guard let last = elements.last, case .composite(var composite) = last.content, let repr = fields.representation else {
                    throw EDIFACTError(.directorySource, "\(fileName), line \(lineNumber): component outside a composite in segment \(tag)")
                }
                let element = DataElementDefinition(id: fields.id, name: fields.name, characterClass: repr.0, minLength: repr.min, maxLength: repr.max)
                composite.components.append(.init(element: element, isMandatory: fields.isMandatory))
                elements[elements.count - 1].content = .composite(composite)
            }
        }
        return SegmentDefinition(tag: tag, name: name, elements: elements)
    }

    /// A component line: indentation, an optional change indicator, a four-digit element number.
    private static func componentPattern(_ line: String) -> Bool {
        let body = DirectoryEntries.dropChangeIndicators(Substring(line))
        guard line.first == " " || line.first.map({ "+*#|X-".contains($0) }) == true else { return false }
        let id = body.prefix(4)
        return id.count == 4 && id.allSatisfy { $0.isASCII && $0.isNumber } && body.dropFirst(4).first == " "
    }

    struct Fields {
        var position: String
        var id: String
        var name: String
        var isMandatory: Bool
        var repeats: Int
        var representation: (DataElementDefinition.CharacterClass, min: Int, max: Int)?
    }

    /// Splits `POS [ind] ID NAME... M|C [REPEATS] [REPR]` (element) or `ID NAME... M|C REPR`
    /// (component); nil when the status is not found (a wrapped line).
    static func fields(of line: String, isElement: Bool) -> Fields? {
        var tokens = line.split(separator: " ")
        var position = ""
        if isElement {
            guard !tokens.isEmpty else { return nil }
            position = String(tokens.removeFirst())
        }
        if let first = tokens.first, first.allSatisfy({ "+*#|X-".contains($0) }) { tokens.removeFirst() }
        if let first = tokens.first, first.count > 4, first.first.map({ "+*#|X-".contains($0) }) == true {
            tokens[0] = first.drop(while: { "+*#|X-".contains($0) })
        }
        guard tokens.count >= 3 else { return nil }
        let id = String(tokens.removeFirst())
        var representation: (DataElementDefinition.CharacterClass, min: Int, max: Int)?
        if let last = tokens.last, let repr = DataElementDefinition.parseRepresentation(last) {
            representation = repr
            tokens.removeLast()
        }
        var repeats = 1
        if let last = tokens.last, let number = Int(last), tokens.count >= 2, tokens[tokens.count - 2] == "M" || tokens[tokens.count - 2] == "C" {
            repeats = number
            tokens.removeLast()
        }
        guard let status = tokens.popLast(), status == "M" || status == "C", !tokens.isEmpty else { return nil }
        if !isElement && representation == nil { return nil }
        return Fields(position: position, id: id, name: tokens.joined(separator: " "), isMandatory: status == "M",
                      repeats: repeats, representation: representation)
    }
}
