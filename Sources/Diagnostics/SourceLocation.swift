/// Where in a document a finding applies. Every field is optional: a validator fills in
/// what it knows, and renderers print only what is set.
///
/// Positions are 1-based (line, column, segment, element, component, repetition) except
/// `byteOffset`, which is 0-based from the first byte of the input.
public struct SourceLocation: Sendable, Hashable, Codable {
    /// The file or source name, when known.
    public var file: String?
    /// 1-based line number.
    public var line: Int?
    /// 1-based column, in bytes from the start of the line.
    public var column: Int?
    /// 0-based byte offset from the start of the input.
    public var byteOffset: Int?

    /// EDIFACT: interchange control reference (UNB 0020) of the interchange concerned.
    public var interchangeReference: String?
    /// EDIFACT: functional group reference (UNG 0048) when the finding is in a group.
    public var groupReference: String?
    /// EDIFACT: message reference number (UNH 0062) when the finding is in a message.
    public var messageReference: String?
    /// EDIFACT: segment position in the message, UNH = 1 (ISO 9735 / CONTRL UCS 0096).
    public var segment: Int?
    /// Segment tag (EDIFACT) or element name (XML) the finding is about.
    public var tag: String?
    /// EDIFACT: 1-based position of the data element in its segment (CONTRL UCD 0098).
    public var element: Int?
    /// EDIFACT: 1-based position of the component in its composite (CONTRL UCD 0104).
    public var component: Int?
    /// EDIFACT: 1-based repetition of a repeating data element (syntax 4).
    public var repetition: Int?
    /// XML: a path to the element, such as `/Declaration/GoodsShipment/GovernmentAgencyGoodsItem[2]`.
    public var path: String?

    public init(
        file: String? = nil,
        line: Int? = nil,
        column: Int? = nil,
        byteOffset: Int? = nil,
        interchangeReference: String? = nil,
        groupReference: String? = nil,
        messageReference: String? = nil,
        segment: Int? = nil,
        tag: String? = nil,
        element: Int? = nil,
        component: Int? = nil,
        repetition: Int? = nil,
        path: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
        self.interchangeReference = interchangeReference
        self.groupReference = groupReference
        self.messageReference = messageReference
        self.segment = segment
        self.tag = tag
        self.element = element
        self.component = component
        self.repetition = repetition
        self.path = path
    }
}

extension SourceLocation: CustomStringConvertible {
    /// A short human-readable place, e.g. `line 3, column 7, segment 4 (NAD), element 2.1`.
    public var description: String {
        var parts: [String] = []
        if let file { parts.append(file) }
        if let line { parts.append("line \(line)") }
        if let column { parts.append("column \(column)") }
        if let messageReference { parts.append("message \(messageReference)") }
        if let segment {
            parts.append(tag.map { "segment \(segment) (\($0))" } ?? "segment \(segment)")
        } else if let tag {
            parts.append(tag)
        }
        if let element {
            var text = "element \(element)"
            if let component { text += ".\(component)" }
            if let repetition, repetition > 1 { text += " (repetition \(repetition))" }
            parts.append(text)
        }
        if let path { parts.append(path) }
        return parts.joined(separator: ", ")
    }
}
