/// What the structure check needs to know of a segment besides its values: the tag (as the
/// integer code the compiled tables use) and where the segment is, for findings.
///
/// A plain value without references, so passing and keeping it costs no reference counting.
/// A tag that is not three ASCII bytes keeps its first 16 bytes of text for findings (such a
/// tag is never in a directory, so only the text of a finding depends on it).
struct WalkedSegment {
    /// The three tag bytes packed, or -1 when the tag is not three bytes
    /// (`CompiledMessageDefinition.tagCode`).
    var tagCode: Int32
    /// The tag's UTF-8 bytes (at most 16) when it cannot be derived from `tagCode`.
    private var spelled: (UInt64, UInt64) = (0, 0)
    private var spelledCount: Int8 = -1
    /// 1-based line and column, 0-based byte offset; line 0 for segments built in code.
    var line: Int
    var column: Int
    var byteOffset: Int
    /// Position in the message (UNH = 1), when known.
    var index: Int?

    /// A value to start from (no segment).
    static let placeholder = WalkedSegment(tagCode: -1, line: 0, column: 0, byteOffset: 0, index: nil)

    /// The tag as text.
    var tag: String {
        if spelledCount < 0 {
            let bytes = [UInt8(truncatingIfNeeded: tagCode >> 16), UInt8(truncatingIfNeeded: tagCode >> 8), UInt8(truncatingIfNeeded: tagCode)]
            return String(decoding: bytes, as: UTF8.self)
        }
        return withUnsafeBytes(of: spelled) { String(decoding: $0.prefix(Int(spelledCount)), as: UTF8.self) }
    }

    private mutating func spell(_ text: String) {
        tagCode = CompiledMessageDefinition.tagCode(text)
        var count = 0
        withUnsafeMutableBytes(of: &spelled) { storage in
            for byte in text.utf8.prefix(storage.count) {
                storage[count] = byte
                count += 1
            }
        }
        spelledCount = Int8(count)
    }
}

// The initializers from segments live in an extension so that the memberwise one stays.
extension WalkedSegment {
    /// A materialized segment at position `index` of its message.
    init(_ segment: Segment, index: Int?) {
        tagCode = 0
        line = segment.position.line
        column = segment.position.column
        byteOffset = segment.position.byteOffset
        self.index = index
        spell(segment.tag)
    }

    /// A segment from the tokenizer at position `index` of its message. Its tag reads as
    /// `RawSegment.materialize` would spell it.
    @inline(__always)
    init(_ raw: RawSegment, index: Int?) {
        let bytes = raw.bytes
        line = raw.token.line
        column = raw.token.column
        byteOffset = raw.token.byteOffset
        self.index = index
        if raw.hasPlainTag && bytes[0] < 0x80 && bytes[1] < 0x80 && bytes[2] < 0x80 && bytes[2] != 0x20 {
            tagCode = Int32(bytes[0]) << 16 | Int32(bytes[1]) << 8 | Int32(bytes[2])
        } else {
            tagCode = 0
            spell(raw.tag)
        }
    }
}
