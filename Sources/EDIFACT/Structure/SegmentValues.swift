/// A decoded copy of one segment's values in the form `ElementChecker` reads: UTF-8 bytes
/// with one separator byte before each value, and the boundary words of those separators
/// (`offset << 2 | BoundaryKind`), as the tokenizer records them for the input.
///
/// A clean segment from the tokenizer (no release character, nothing but ASCII) needs no
/// copy: the checker reads the input bytes and the tokenizer's boundaries in place
/// (`readsInPlace`). Otherwise each value is decoded here (release characters removed, the
/// character set converted) exactly as `RawSegment.materialize` decodes it, so both ways of
/// validating a message (`MessageStructureValidator.validate(_:)` on a `Message` and the
/// streaming check of `InterchangeValidator`) see the same text.
///
/// Reusable scratch space that keeps its capacity. Not shared between threads.
struct SegmentValues {
    /// The values, each after one placeholder separator byte.
    private var bytes: [UInt8] = []
    /// One boundary word per placeholder separator.
    private var words: [UInt32] = []

    init() {
        bytes.reserveCapacity(256)
        words.reserveCapacity(64)
    }

    /// True when the segment's bytes are its values' UTF-8 as they stand: no release
    /// character, and nothing but ASCII (a byte above it is a character of an ISO 8859 set,
    /// part of a multi-byte character, or invalid, and must go through the decoder).
    @inline(__always)
    static func readsInPlace(_ raw: RawSegment) -> Bool {
        guard !raw.token.hasRelease && !raw.token.hasMultiByte else { return false }
        var high: UInt8 = 0
        for byte in raw.bytes { high |= byte }
        return high < 0x80
    }

    /// Placeholder separator byte (never read as data).
    private static let separator = UInt8(ascii: "+")

    private mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        words.removeAll(keepingCapacity: true)
    }

    /// Appends the value at `range` of `raw`: copied as it stands when it is ASCII (every
    /// repertoire decodes ASCII to itself), else decoded through a String.
    private mutating func append(_ raw: RawSegment, _ range: Range<Int>, repertoire: CharacterRepertoire, after kind: BoundaryKind) {
        words.append(UInt32(bytes.count) << 2 | kind.rawValue)
        bytes.append(Self.separator)
        let start = bytes.count
        var high: UInt8 = 0
        if let release = raw.release, raw.token.hasRelease {
            var index = range.lowerBound
            while index < range.upperBound {
                let byte = raw.bytes[index]
                if byte == release {
                    if index + 1 < range.upperBound {
                        let released = raw.bytes[index + 1]
                        high |= released
                        bytes.append(released)
                    }
                    index += 2
                } else {
                    high |= byte
                    bytes.append(byte)
                    index += 1
                }
            }
        } else {
            for byte in raw.bytes[range] { high |= byte }
            bytes.append(contentsOf: raw.bytes[range])
        }
        if high >= 0x80 {
            bytes.removeSubrange(start...)
            bytes.append(contentsOf: raw.text(range, repertoire: repertoire).utf8)
        }
    }

    private mutating func append(_ value: String, after kind: BoundaryKind) {
        words.append(UInt32(bytes.count) << 2 | kind.rawValue)
        bytes.append(Self.separator)
        bytes.append(contentsOf: value.utf8)
    }

    /// Decodes the values of a segment from the tokenizer. The tag element (and anything in
    /// it, such as syntax 4 nesting indicators) is left out, as `materialize` leaves it out.
    mutating func load(_ raw: RawSegment, repertoire: CharacterRepertoire) {
        reset()
        var start = 0
        var inTag = true
        // The kind of the boundary before the value being read.
        var before = BoundaryKind.element
        for word in raw.boundaries {
            let offset = Int(word >> 2)
            if !inTag { append(raw, start..<offset, repertoire: repertoire, after: before) }
            before = BoundaryKind(rawValue: word & 3) ?? .component
            if before == .element { inTag = false }
            start = offset + 1
        }
        if !inTag { append(raw, start..<raw.bytes.count, repertoire: repertoire, after: before) }
    }

    /// Lays out a materialized segment.
    mutating func load(_ segment: Segment) {
        reset()
        for element in segment.elements {
            switch element.storage {
            case .value(let value):
                append(value, after: .element)
            case .components(let values):
                for (index, value) in values.enumerated() { append(value, after: index == 0 ? .element : .component) }
            case .repeated(let all):
                for (repetition, values) in all.enumerated() {
                    for (index, value) in values.enumerated() {
                        append(value, after: index > 0 ? .component : repetition == 0 ? .element : .repetition)
                    }
                }
            }
        }
    }

    /// Runs `body` with the layout.
    func withLayout<Result>(_ body: (ElementChecker.Layout) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { bytes in
            words.withUnsafeBufferPointer { words in body(ElementChecker.Layout(bytes: bytes, words: words)) }
        }
    }
}
