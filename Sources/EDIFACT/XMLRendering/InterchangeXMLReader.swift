/// Reads the XML rendering of an interchange (as `InterchangeXMLRenderer` writes it, or as an
/// XSLT mapping produces it) back into an `Interchange`, which `InterchangeSerializer` turns
/// into EDIFACT.
///
/// Elements are placed by name using the directory: `D1004` or `C002` goes to the next
/// position of the segment (or composite) with that identifier, so optional positions may be
/// left out; positions skipped become empty elements. `E<n>`/`C<n>` name a position
/// explicitly. A repeated sibling is a repetition when the position may repeat (syntax 4) or
/// when it names the same explicit position. The XML is read with a strict reader that
/// refuses DTDs and entities (see `XMLTreeReader`).
///
/// `Sendable`; stateless apart from the catalog's cache.
public struct InterchangeXMLReader: Sendable {
    public let catalog: DirectoryCatalog

    public init(catalog: DirectoryCatalog = .builtIn) {
        self.catalog = catalog
    }

    /// Reads a document.
    /// - Throws: `EDIFACTError` `.xmlRendering` naming the XML line and column and what was expected.
    public func read(_ bytes: [UInt8]) throws -> Interchange {
        let root = try XMLTreeReader().parse(bytes)
        guard root.name == "Interchange" else {
            throw Self.failure(root, "the root element is <\(root.name)>; expected <Interchange>")
        }
        let children = root.elements
        var index = 0
        var separators: Separators?
        if index < children.count, children[index].name == "UNA" {
            let advice = Array(children[index].text.utf8)
            guard advice.count == 6 else { throw Self.failure(children[index], "<UNA> must hold exactly 6 characters (component, element, decimal mark, release, repetition, segment)") }
            separators = Separators(component: advice[0], element: advice[1], decimalMark: advice[2],
                                    release: advice[3] == 0x20 ? nil : advice[3], repetition: advice[4] == 0x20 ? nil : advice[4], segment: advice[5])
            index += 1
        }
        guard index < children.count, children[index].name == "UNB" else {
            throw Self.failure(children.indices.contains(index) ? children[index] : root, "expected <UNB> (after the optional <UNA>)")
        }
        let versionText = root.attribute("syntaxVersion").flatMap { $0.isEmpty ? nil : $0 }
            ?? children[index].elements.first?.elements.dropFirst().first?.text ?? ""
        let syntaxVersion = Int(versionText) ?? 3
        let service = try catalog.serviceDirectory(syntaxVersion: syntaxVersion)
        let header = try segment(children[index], definition: service?.segments["UNB"])
        index += 1

        var groups: [FunctionalGroup] = []
        var messages: [Message] = []
        var trailer: Segment?
        while index < children.count {
            let child = children[index]
            index += 1
            switch child.name {
            case "Group":
                groups.append(try group(child, service: service))
            case "Message":
                messages.append(try message(child, service: service, groupReference: nil))
            case "UNZ":
                guard index == children.count else { throw Self.failure(children[index], "nothing may follow <UNZ>") }
                trailer = try segment(child, definition: service?.segments["UNZ"])
            default:
                throw Self.failure(child, "unexpected <\(child.name)> in <Interchange>; expected <Group>, <Message> or <UNZ>")
            }
        }
        return Interchange(separators: separators ?? .defaults(syntaxVersion: syntaxVersion), hasServiceStringAdvice: separators != nil,
                           header: header, groups: groups, messages: messages, trailer: trailer)
    }

    /// Reads a document from a string.
    public func read(_ text: String) throws -> Interchange { try read(Array(text.utf8)) }

    private func group(_ node: XMLTree, service: Directory?) throws -> FunctionalGroup {
        let children = node.elements
        guard let first = children.first, first.name == "UNG" else { throw Self.failure(node, "<Group> must begin with <UNG>") }
        let header = try segment(first, definition: service?.segments["UNG"])
        var group = FunctionalGroup(header: header)
        for (offset, child) in children.enumerated().dropFirst() {
            switch child.name {
            case "Message": group.messages.append(try message(child, service: service, groupReference: group.reference))
            case "UNE" where offset == children.count - 1: group.trailer = try segment(child, definition: service?.segments["UNE"])
            default: throw Self.failure(child, "unexpected <\(child.name)> in <Group>; expected <Message> or a final <UNE>")
            }
        }
        return group
    }

    private func message(_ node: XMLTree, service: Directory?, groupReference: String?) throws -> Message {
        var definition: MessageDefinition?
        if let type = node.attribute("type"), let version = node.attribute("version"), let release = node.attribute("release") {
            definition = try catalog.message(type: type, version: version, release: release, agency: node.attribute("agency").flatMap { $0.isEmpty ? nil : $0 })
        }
        var segments: [Segment] = []
        func collect(_ container: XMLTree) throws {
            for child in container.elements {
                if child.name.hasPrefix("SG"), Int(child.name.dropFirst(2)) != nil {
                    try collect(child)
                    continue
                }
                let isService = ["UNH", "UNT", "UNS"].contains(child.name)
                let segmentDefinition = isService ? service?.segments[child.name] : definition?.segments[child.name]
                segments.append(try segment(child, definition: segmentDefinition))
            }
        }
        try collect(node)
        if definition == nil, let header = segments.first, header.tag == "UNH" {
            let message = Message(segments: segments)
            if let found = try catalog.message(type: message.messageType, version: message.version, release: message.release) {
                definition = found
                segments = []
                try collect(node)
            }
        }
        return Message(segments: segments, groupReference: groupReference)
    }

    private func segment(_ node: XMLTree, definition: SegmentDefinition?) throws -> Segment {
        let tag = node.name
        guard tag.utf8.count == 3, tag.utf8.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) }) else {
            throw Self.failure(node, "<\(tag)> is not a segment tag (three letters or digits)")
        }
        var elements: [DataElement] = []
        var positions: [Int] = []
        var lastName = ""
        for child in node.elements {
            let name = child.name
            let position: Int
            if let explicit = Self.explicitPosition(name, prefix: "E") {
                position = explicit
            } else if let definition {
                if let last = positions.last, name == lastName, last < definition.elements.count, definition.elements[last].maxRepetitions > 1 {
                    elements[elements.count - 1].repetitions.append(try components(child, definition: definition.elements[last].content))
                    continue
                }
                let start = (positions.last ?? -1) + 1
                let identifier = name.hasPrefix("D") ? String(name.dropFirst()) : name
                guard let found = definition.elements.indices.first(where: { $0 >= start && definition.elements[$0].content.id == identifier }) else {
                    throw Self.failure(child, "<\(name)> is not an element of \(tag) at or after position \(start + 1) in the directory; use E<n> for positions the directory does not define")
                }
                position = found
            } else {
                throw Self.failure(child, "the directory does not define segment \(tag) here; name its elements E1, E2, ... by position instead of <\(name)>")
            }
            let content = definition.flatMap { position < $0.elements.count ? $0.elements[position].content : nil }
            let value = try components(child, definition: content)
            if let last = positions.last, position == last {
                elements[elements.count - 1].repetitions.append(value)
                continue
            }
            if let last = positions.last, position < last {
                throw Self.failure(child, "<\(name)> (position \(position + 1)) comes after position \(last + 1) in \(tag)")
            }
            while elements.count < position {  // positions left out are empty elements
                elements.append(DataElement([""]))
                positions.append(elements.count - 1)
            }
            elements.append(DataElement(value))
            positions.append(position)
            lastName = name
        }
        return Segment(tag, elements)
    }

    private func components(_ node: XMLTree, definition: SegmentDefinition.Content?) throws -> [String] {
        let children = node.elements
        guard !children.isEmpty else { return [node.text] }
        var values: [String] = []
        for child in children {
            guard child.elements.isEmpty else { throw Self.failure(child, "<\(child.name)> is a component and cannot hold elements") }
            let index: Int
            if let explicit = Self.explicitPosition(child.name, prefix: "C") {
                index = explicit
            } else if case .composite(let composite)? = definition, child.name.hasPrefix("D") {
                let identifier = String(child.name.dropFirst())
                guard let found = composite.components.indices.first(where: { $0 >= values.count && composite.components[$0].element.id == identifier }) else {
                    throw Self.failure(child, "<\(child.name)> is not a component of \(composite.id) at or after position \(values.count + 1)")
                }
                index = found
            } else {
                throw Self.failure(child, "<\(child.name)> cannot be placed in <\(node.name)>: use the directory's component names or C1, C2, ...")
            }
            guard index >= values.count else { throw Self.failure(child, "<\(child.name)> (component \(index + 1)) is out of order in <\(node.name)>") }
            while values.count < index { values.append("") }
            values.append(child.text)
        }
        return values
    }

    private static func explicitPosition(_ name: String, prefix: Character) -> Int? {
        guard name.first == prefix, let number = Int(name.dropFirst()), number >= 1, number <= 999 else { return nil }
        return number - 1
    }

    private static func failure(_ node: XMLTree, _ reason: String) -> EDIFACTError {
        EDIFACTError(.xmlRendering, "XML line \(node.line), column \(node.column): \(reason)")
    }
}
