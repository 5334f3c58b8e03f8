/// What the tokenizer does with one byte, looked up in a 256-entry `ByteClassTable`.
///
/// `data` is by far the most common class and is zero, so the scanning loop tests one byte
/// against zero and moves on.
enum ByteClass: UInt8 {
    /// An ordinary character of the declared repertoire.
    case data = 0
    case elementSeparator = 1
    case componentSeparator = 2
    case repetitionSeparator = 3
    case segmentTerminator = 4
    case release = 5
    /// Line feed inside a segment: counted for line numbers, invalid as data.
    case lineFeed = 6
    /// Not in the declared repertoire (0085 code 21).
    case invalid = 7
    /// A byte of a multi-byte character (UTF-8, CP949): checked per segment afterwards.
    case multiByte = 8
}

/// The 256-entry classification of bytes for one set of separators and one repertoire.
///
/// Built once per interchange (when UNA/UNB are known); immutable and `Sendable`.
struct ByteClassTable: Sendable {
    private(set) var classes: [UInt8]
    /// For the fast path: 1 for bytes that need the full scan (invalid, line feed, multi-byte),
    /// 2 for the release character, 0 for everything else (separators included).
    private(set) var screening: [UInt8]

    /// Separators only; every other byte is data. Used before UNB names the repertoire.
    init(separators: Separators) {
        self.init(separators: separators, repertoire: nil)
    }

    init(separators: Separators, repertoire: CharacterRepertoire?) {
        var table = [UInt8](repeating: ByteClass.data.rawValue, count: 256)
        if let repertoire {
            for byte in 0..<256 {
                table[byte] = repertoire.byteClass(UInt8(byte)).rawValue
            }
        }
        table[0x0A] = ByteClass.lineFeed.rawValue
        table[Int(separators.element)] = ByteClass.elementSeparator.rawValue
        table[Int(separators.component)] = ByteClass.componentSeparator.rawValue
        if let repetition = separators.repetition { table[Int(repetition)] = ByteClass.repetitionSeparator.rawValue }
        if let release = separators.release { table[Int(release)] = ByteClass.release.rawValue }
        table[Int(separators.segment)] = ByteClass.segmentTerminator.rawValue
        classes = table
        screening = table.map { value in
            switch value {
            case ByteClass.invalid.rawValue, ByteClass.lineFeed.rawValue, ByteClass.multiByte.rawValue: 1
            case ByteClass.release.rawValue: 2
            default: 0
            }
        }
    }

    subscript(byte: UInt8) -> ByteClass { ByteClass(rawValue: classes[Int(byte)]) ?? .data }
}
