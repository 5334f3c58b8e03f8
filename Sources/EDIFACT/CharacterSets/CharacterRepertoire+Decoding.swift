extension CharacterRepertoire {
    /// Decodes the bytes of one value (release characters already removed) to a String.
    ///
    /// Pure ASCII takes a fast path. Bytes the repertoire does not define are replaced by
    /// U+FFFD; the tokenizer has reported them already (code 21).
    public func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var ascii = true
        for byte in bytes where byte >= 0x80 {
            ascii = false
            break
        }
        if ascii { return String(decoding: bytes, as: UTF8.self) }
        switch self {
        case .unoa, .unob, .unow, .unoy:
            return String(decoding: bytes, as: UTF8.self)
        case .keca:
            return IConv.convert(Array(bytes), from: "CP949") ?? String(decoding: bytes, as: UTF8.self)
        default:
            let table = ISO8859.table(part: iso8859Part ?? 1)
            var scalars = String.UnicodeScalarView()
            for byte in bytes {
                scalars.append(table.scalar(byte) ?? "\u{FFFD}")
            }
            return String(scalars)
        }
    }

    /// Decodes an array of bytes; see `decode(_:)` for buffers.
    public func decode(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { decode($0) }
    }

    /// Encodes a String for writing in this repertoire. Returns nil when a character cannot be
    /// represented (the serializer then refuses the value).
    public func encode(_ value: String) -> [UInt8]? {
        switch self {
        case .unoa:
            let bytes = Array(value.utf8)
            return bytes.allSatisfy { Self.isLevelA($0) } ? bytes : nil
        case .unob:
            let bytes = Array(value.utf8)
            return bytes.allSatisfy { byteClass($0) == .data } ? bytes : nil
        case .unow, .unoy:
            return Array(value.utf8)
        case .keca:
            if value.utf8.allSatisfy({ $0 < 0x80 }) { return Array(value.utf8) }
            return IConv.encode(value, to: "CP949")
        default:
            let table = ISO8859.table(part: iso8859Part ?? 1)
            var bytes: [UInt8] = []
            bytes.reserveCapacity(value.utf8.count)
            for scalar in value.unicodeScalars {
                if scalar.value >= 0x20 && scalar.value < 0x7F {
                    bytes.append(UInt8(scalar.value))
                } else if let index = table.upper.firstIndex(of: scalar.value) {
                    bytes.append(UInt8(0xA0 + index))
                } else {
                    return nil
                }
            }
            return bytes
        }
    }
}
