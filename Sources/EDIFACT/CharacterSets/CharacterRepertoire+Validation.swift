extension CharacterRepertoire {
    /// The class of one byte in this repertoire, separators aside.
    ///
    /// Level A (ISO 9735 clause 5.1): `A-Z 0-9 space . , - ( ) / = ' + : ? ! " % & * ; < >`.
    /// Level B (clause 5.2): level A plus `a-z` (and the information separators, which are
    /// classified as separators by the table when they are used as such).
    /// ISO 8859 parts: printable ASCII plus the positions 0xA0-0xFF that the part defines.
    func byteClass(_ byte: UInt8) -> ByteClass {
        switch self {
        case .unoa:
            return Self.isLevelA(byte) ? .data : .invalid
        case .unob:
            return Self.isLevelA(byte) || (byte >= 0x61 && byte <= 0x7A) ? .data : .invalid
        case .unow, .unoy, .keca:
            if byte >= 0x80 { return .multiByte }
            return Self.isPrintableASCII(byte) ? .data : .invalid
        default:
            if Self.isPrintableASCII(byte) { return .data }
            if byte < 0xA0 { return .invalid }
            guard let part = iso8859Part else { return .invalid }
            return ISO8859.table(part: part).isDefined(byte) ? .data : .invalid
        }
    }

    static func isPrintableASCII(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }

    static func isLevelA(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x41...0x5A, 0x30...0x39: true
        case 0x20, 0x2E, 0x2C, 0x2D, 0x28, 0x29, 0x2F, 0x3D, 0x27, 0x2B, 0x3A, 0x3F: true
        case 0x21, 0x22, 0x25, 0x26, 0x2A, 0x3B, 0x3C, 0x3E: true
        default: false
        }
    }

    /// Checks the multi-byte sequences of one value or segment (UTF-8 for UNOW/UNOY, CP949 for
    /// KECA). Returns the offset of the first byte that does not start or continue a valid
    /// character, or nil when all are valid.
    func firstInvalidMultiByteOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        switch self {
        case .keca:
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 { index += 1; continue }
                guard byte >= 0x81 && byte <= 0xFE, index + 1 < bytes.count else { return index }
                let trail = bytes[index + 1]
                let trailOK = (trail >= 0x41 && trail <= 0x5A) || (trail >= 0x61 && trail <= 0x7A) || (trail >= 0x81 && trail <= 0xFE)
                if !trailOK { return index }
                index += 2
            }
            return nil
        case .unow, .unoy:
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 { index += 1; continue }
                let length: Int
                switch byte {
                case 0xC2...0xDF: length = 2
                case 0xE0...0xEF: length = 3
                case 0xF0...0xF4 where self == .unoy: length = 4
                default: return index
                }
                guard index + length <= bytes.count else { return index }
                for next in 1..<length where bytes[index + next] & 0xC0 != 0x80 { return index }
                if byte == 0xE0 && bytes[index + 1] < 0xA0 { return index }      // overlong
                if byte == 0xED && bytes[index + 1] >= 0xA0 { return index }     // surrogate
                if byte == 0xF0 && bytes[index + 1] < 0x90 { return index }      // overlong
                if byte == 0xF4 && bytes[index + 1] >= 0x90 { return index }     // beyond U+10FFFF
                index += length
            }
            return nil
        default:
            return nil
        }
    }

    /// The length of a decoded value as ISO 9735 counts it: one per character, whatever the
    /// number of bytes the character takes (a KS X 1001 Hangul syllable in KECA, a UTF-8
    /// sequence in UNOY). Use it for the min/max length checks of data elements.
    public func length(of value: String) -> Int {
        value.unicodeScalars.count
    }
}
