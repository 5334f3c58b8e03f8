extension Directory {
    /// Reads a directory from the compact text format.
    ///
    /// - Parameters:
    ///   - text: the file's content.
    ///   - source: a name for error messages (usually the file path).
    /// - Throws: `EDIFACTError` with code `.directoryFormat` naming the line and what was expected.
    public init(text: String, source: String = "directory") throws {
        var parser = DirectoryTextParser(source: source)
        self = try parser.parse(text)
    }
}

/// Line-by-line reader of the compact directory format. One instance per file.
struct DirectoryTextParser {
    let source: String
    private var lineNumber = 0

    private enum Section {
        case header
        case message(index: Int)
        case segment(tag: String)
        case codes(id: String)
    }

    /// A group being read, with the indentation of its children.
    private struct OpenGroup {
        var position: String
        var number: Int
        var isMandatory: Bool
        var maxRepetitions: Int
        var children: [MessageDefinition.Node] = []
        var depth: Int
    }

    init(source: String) { self.source = source }

    mutating func parse(_ text: String) throws -> Directory {
        var directory = Directory(name: "", version: "", release: "", agency: "")
        var section = Section.header
        var groups: [OpenGroup] = []
        var segmentElements: [SegmentDefinition.Element] = []
        var segmentName = ""
        var codeEntries: [CodeList.Entry] = []
        var sawHeader = false

        func finishSection(_ directory: inout Directory) throws {
            switch section {
            case .header: break
            case .message(let index):
                while groups.count > 1 { try closeGroup(&groups) }
                if let root = groups.first { directory.messages[index].structure = root.children }
                groups = []
            case .segment(let tag):
                directory.segments[tag] = SegmentDefinition(tag: tag, name: segmentName, elements: segmentElements)
                segmentElements = []
            case .codes(let id):
                directory.codeLists[id] = CodeList(elementID: id, entries: codeEntries)
                codeEntries = []
            }
        }

        // Lines and fields are cut on the UTF-8 bytes of line feeds and spaces (ASCII, never
        // inside a multi-byte character), which is many times faster than cutting on Characters.
        for rawLine in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let lineBytes = rawLine.last == UInt8(ascii: "\r") ? rawLine.dropLast() : rawLine
            if lineBytes.isEmpty || lineBytes.first == UInt8(ascii: "#") { continue }
            let line = Substring(lineBytes)
            if !sawHeader {
                guard line == Directory.formatHeader else {
                    throw failure("expected the header line '\(Directory.formatHeader)'")
                }
                sawHeader = true
                continue
            }
            let indent = lineBytes.prefix(while: { $0 == UInt8(ascii: " ") }).count
            let body = Substring(lineBytes.dropFirst(indent))
            if indent == 0 {
                let (keyword, rest) = Self.splitFirst(body)
                switch keyword {
                case "name", "version", "release", "agency", "source":
                    guard case .header = section else { throw failure("'\(keyword)' belongs before the first message") }
                    switch keyword {
                    case "name": directory.name = String(rest)
                    case "version": directory.version = String(rest)
                    case "release": directory.release = String(rest)
                    case "agency": directory.agency = String(rest)
                    default: directory.sources.append(String(rest))
                    }
                case "message", "segment", "codes":
                    try finishSection(&directory)
                    let (id, name) = Self.splitFirst(rest)
                    guard !id.isEmpty else { throw failure("'\(keyword)' needs an identifier") }
                    switch keyword {
                    case "message":
                        directory.messages.append(.init(type: String(id), name: String(name), structure: []))
                        section = .message(index: directory.messages.count - 1)
                        groups = [OpenGroup(position: "", number: 0, isMandatory: true, maxRepetitions: 1, depth: 1)]
                    case "segment":
                        section = .segment(tag: String(id))
                        segmentName = String(name)
                    default:
                        section = .codes(id: String(id))
                    }
                default:
                    throw failure("unknown keyword '\(keyword)' (expected message, segment, codes or a header key)")
                }
                continue
            }
            switch section {
            case .header:
                throw failure("indented line outside a message, segment or code list")
            case .message:
                try readStructureLine(body, depth: indent / 2, groups: &groups)
            case .segment:
                try readSegmentLine(body, depth: indent / 2, into: &segmentElements)
            case .codes:
                let (value, name) = Self.splitFirst(body)
                codeEntries.append(.init(value: String(value), name: String(name)))
            }
        }
        guard sawHeader else { throw failure("empty file; expected '\(Directory.formatHeader)'") }
        try finishSection(&directory)
        return directory
    }

    private mutating func readStructureLine(_ body: Substring, depth: Int, groups: inout [OpenGroup]) throws {
        let fields = Self.fields(body)
        guard fields.count == 4, let maxRepetitions = Int(fields[3]), maxRepetitions > 0,
              fields[2] == "M" || fields[2] == "C" else {
            throw failure("expected 'POSITION TAG M|C MAXIMUM' or 'POSITION SGn M|C MAXIMUM'")
        }
        while let last = groups.last, depth < last.depth, groups.count > 1 { try closeGroup(&groups) }
        guard let last = groups.last, depth == last.depth else {
            throw failure("indentation does not match the enclosing group")
        }
        let isMandatory = fields[2] == "M"
        if fields[1].hasPrefix("SG"), let number = Int(fields[1].dropFirst(2)) {
            groups.append(OpenGroup(position: String(fields[0]), number: number, isMandatory: isMandatory,
                                    maxRepetitions: maxRepetitions, depth: depth + 1))
        } else {
            let entry = MessageDefinition.SegmentEntry(position: String(fields[0]), tag: String(fields[1]),
                                                       isMandatory: isMandatory, maxRepetitions: maxRepetitions)
            groups[groups.count - 1].children.append(.segment(entry))
        }
    }

    private func closeGroup(_ groups: inout [OpenGroup]) throws {
        guard let group = groups.popLast(), !groups.isEmpty else { return }
        guard !group.children.isEmpty else { throw failure("segment group SG\(group.number) has no segments") }
        let entry = MessageDefinition.GroupEntry(position: group.position, number: group.number, isMandatory: group.isMandatory,
                                                 maxRepetitions: group.maxRepetitions, children: group.children)
        groups[groups.count - 1].children.append(.group(entry))
    }

    private mutating func readSegmentLine(_ body: Substring, depth: Int, into elements: inout [SegmentDefinition.Element]) throws {
        if depth >= 2 {
            // Component: ID M|C REPR NAME
            let fields = Self.fields(body, maxSplits: 3)
            guard fields.count >= 3, fields[1] == "M" || fields[1] == "C",
                  let repr = DataElementDefinition.parseRepresentation(fields[2]),
                  let last = elements.last, case .composite(var composite) = last.content else {
                throw failure("expected a component 'ID M|C REPRESENTATION NAME' under a composite")
            }
            let element = DataElementDefinition(id: String(fields[0]), name: fields.count > 3 ? String(fields[3]) : "",
                                                characterClass: repr.0, minLength: repr.min, maxLength: repr.max)
            composite.components.append(.init(element: element, isMandatory: fields[1] == "M"))
            elements[elements.count - 1].content = .composite(composite)
            return
        }
        let fields = Self.fields(body, maxSplits: 4)
        guard fields.count >= 4, fields[2] == "M" || fields[2] == "C", let repeats = Int(fields[3]), repeats > 0 else {
            throw failure("expected an element 'POSITION ID M|C REPEATS [REPRESENTATION] NAME'")
        }
        let id = String(fields[1])
        let isMandatory = fields[2] == "M"
        let rest = fields.count > 4 ? fields[4] : ""
        if let first = id.utf8.first, first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") {
            let (reprText, name) = Self.splitFirst(rest)
            guard let repr = DataElementDefinition.parseRepresentation(reprText) else {
                throw failure("element \(id) needs a representation such as an..35")
            }
            let element = DataElementDefinition(id: id, name: String(name), characterClass: repr.0, minLength: repr.min, maxLength: repr.max)
            elements.append(.init(position: String(fields[0]), isMandatory: isMandatory, maxRepetitions: repeats, content: .simple(element)))
        } else {
            let composite = CompositeDefinition(id: id, name: String(rest), components: [])
            elements.append(.init(position: String(fields[0]), isMandatory: isMandatory, maxRepetitions: repeats, content: .composite(composite)))
        }
    }

    private func failure(_ reason: String) -> EDIFACTError {
        EDIFACTError(.directoryFormat, "\(source), line \(lineNumber): \(reason)")
    }

    static func splitFirst(_ text: Substring) -> (Substring, Substring) {
        guard let space = text.utf8.firstIndex(of: UInt8(ascii: " ")) else { return (text, "") }
        return (text[..<space], text[text.utf8.index(after: space)...])
    }

    /// The space-separated fields of a line (runs of spaces count as one separator), at most
    /// `maxSplits + 1` of them: the last keeps the rest of the line.
    static func fields(_ text: Substring, maxSplits: Int = .max) -> [Substring] {
        text.utf8.split(separator: UInt8(ascii: " "), maxSplits: maxSplits).map { Substring($0) }
    }
}
