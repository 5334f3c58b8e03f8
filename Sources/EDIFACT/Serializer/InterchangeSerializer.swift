/// Writes segments and interchanges as EDIFACT bytes: separators, release characters before
/// every service character inside data, the character set's encoding, and correct control
/// counts and references in UNT, UNE and UNZ.
///
/// Stateless and `Sendable`. Throws `EDIFACTError(.unserializable)` when a value cannot be
/// written (a character outside the repertoire, a service character with no release
/// character, a repetition without a repetition separator).
public struct InterchangeSerializer: Sendable {
    /// The separators to write with.
    public var separators: Separators
    /// The repertoire values are encoded in; nil writes UTF-8 unchecked.
    public var repertoire: CharacterRepertoire?
    /// Write `UNA` before UNB (when serializing an interchange).
    public var writesServiceStringAdvice: Bool
    /// Write a line feed after each segment terminator (readable output; ISO 9735 permits
    /// none, but every mainstream reader skips it).
    public var lineBreakAfterSegment: Bool
    /// Leave out empty data elements at the end of a segment and empty components at the
    /// end of an element, as ISO 9735 requires (syntax 4 reports them with code 45). Turn
    /// off to reproduce a source segment exactly, trailing separators included.
    public var omitsTrailingEmptyValues: Bool

    public init(
        separators: Separators = .default, repertoire: CharacterRepertoire? = nil,
        writesServiceStringAdvice: Bool = false, lineBreakAfterSegment: Bool = false,
        omitsTrailingEmptyValues: Bool = true
    ) {
        self.separators = separators
        self.repertoire = repertoire
        self.writesServiceStringAdvice = writesServiceStringAdvice
        self.lineBreakAfterSegment = lineBreakAfterSegment
        self.omitsTrailingEmptyValues = omitsTrailingEmptyValues
    }

    /// Writes an interchange. The counts and references of UNT, UNE and UNZ are recomputed
    /// (trailers the model lacks are added), so the output always balances.
    public func serialize(_ interchange: Interchange) throws -> [UInt8] {
        var output: [UInt8] = []
        if writesServiceStringAdvice {
            output += Array("UNA".utf8) + separators.serviceStringAdvice
            if lineBreakAfterSegment { output.append(0x0A) }
        }
        let unb = interchange.header
        try write(unb, into: &output)
        let reference = unb[element: 5] ?? ""
        for group in interchange.groups {
            try write(group.header, into: &output)
            for message in group.messages { try write(message, into: &output) }
            var une = group.trailer ?? Segment("UNE")
            Self.setElement(&une, 1, String(group.messages.count))
            Self.setElement(&une, 2, group.reference)
            try write(une, into: &output)
        }
        for message in interchange.messages { try write(message, into: &output) }
        var unz = interchange.trailer ?? Segment("UNZ")
        let count = interchange.groups.isEmpty ? interchange.messages.count : interchange.groups.count + interchange.messages.count
        Self.setElement(&unz, 1, String(count))
        Self.setElement(&unz, 2, reference)
        try write(unz, into: &output)
        return output
    }

    /// Writes a message; UNT is added or corrected (segment count, reference).
    public func write(_ message: Message, into output: inout [UInt8]) throws {
        var segments = message.segments
        if segments.last?.tag != "UNT" { segments.append(Segment("UNT")) }
        let reference = segments.first?.tag == "UNH" ? (segments[0][element: 1] ?? message.reference) : message.reference
        Self.setElement(&segments[segments.count - 1], 1, String(segments.count))
        Self.setElement(&segments[segments.count - 1], 2, reference)
        for segment in segments { try write(segment, into: &output) }
    }

    /// Writes segments as they are (no count is touched).
    public func serialize(segments: [Segment]) throws -> [UInt8] {
        var output: [UInt8] = []
        for segment in segments { try write(segment, into: &output) }
        return output
    }

    /// Writes one segment with its terminator.
    public func write(_ segment: Segment, into output: inout [UInt8]) throws {
        output += Array(segment.tag.utf8)
        var elements = segment.elements
        if omitsTrailingEmptyValues {
            while elements.last?.isEmpty == true { elements.removeLast() }
            for index in elements.indices {
                for repetition in elements[index].repetitions.indices {
                    while elements[index].repetitions[repetition].count > 1 && elements[index].repetitions[repetition].last == "" {
                        elements[index].repetitions[repetition].removeLast()
                    }
                }
            }
        }
        for (elementIndex, element) in elements.enumerated() {
            output.append(separators.element)
            if element.repetitions.count > 1 && separators.repetition == nil {
                throw EDIFACTError(.unserializable, "\(segment.tag) element \(elementIndex + 1) repeats, but no repetition separator is in use (syntax 4 needed)")
            }
            for (repetitionIndex, components) in element.repetitions.enumerated() {
                if repetitionIndex > 0, let repetition = separators.repetition { output.append(repetition) }
                for (componentIndex, value) in components.enumerated() {
                    if componentIndex > 0 { output.append(separators.component) }
                    try writeValue(value, into: &output, place: "\(segment.tag) element \(elementIndex + 1).\(componentIndex + 1)")
                }
            }
        }
        output.append(separators.segment)
        if lineBreakAfterSegment { output.append(0x0A) }
    }

    /// Encodes one value, releasing service characters.
    func writeValue(_ value: String, into output: inout [UInt8], place: String) throws {
        let bytes: [UInt8]
        if let repertoire {
            guard let encoded = repertoire.encode(value) else {
                throw EDIFACTError(.unserializable, "\(place): '\(value)' has characters outside character set \(repertoire.rawValue)")
            }
            bytes = encoded
        } else {
            bytes = Array(value.utf8)
        }
        for byte in bytes {
            if separators.isServiceCharacter(byte) {
                guard let release = separators.release else {
                    throw EDIFACTError(.unserializable, "\(place): '\(value)' contains the service character '\(Separators.show(byte))' and no release character is in use")
                }
                output.append(release)
            }
            output.append(byte)
        }
    }

    /// Sets a simple element's value, adding empty elements before it when needed.
    static func setElement(_ segment: inout Segment, _ number: Int, _ value: String) {
        while segment.elements.count < number { segment.elements.append(DataElement([""])) }
        segment.elements[number - 1] = DataElement([value])
    }
}
