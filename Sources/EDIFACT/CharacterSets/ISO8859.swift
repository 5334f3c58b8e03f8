#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The upper halves (0xA0-0xFF) of the ISO 8859 parts, built once from the C library's iconv
/// tables: which positions a part defines, and the Unicode scalar of each.
///
/// Tables are immutable after their thread-safe lazy initialisation (`static let`).
struct ISO8859: Sendable {
    /// Unicode scalar value for 0xA0 + index, or 0 when the part leaves the position undefined.
    let upper: [UInt32]

    func isDefined(_ byte: UInt8) -> Bool { byte >= 0xA0 && upper[Int(byte) - 0xA0] != 0 }

    /// The scalar for a byte of this part, nil when undefined or a control character.
    func scalar(_ byte: UInt8) -> Unicode.Scalar? {
        if byte < 0x80 { return Unicode.Scalar(byte) }
        guard byte >= 0xA0 else { return nil }
        return Unicode.Scalar(upper[Int(byte) - 0xA0])
    }

    private static let parts: [ISO8859] = (1...9).map { ISO8859(part: $0) }

    static func table(part: Int) -> ISO8859 { parts[max(1, min(9, part)) - 1] }

    private init(part: Int) {
        var upper = [UInt32](repeating: 0, count: 96)
        for index in 0..<96 {
            let byte = UInt8(0xA0 + index)
            if part == 1 {
                upper[index] = UInt32(byte)
            } else if let decoded = IConv.convert([byte], from: "ISO-8859-\(part)"),
                let scalar = decoded.unicodeScalars.first, decoded.unicodeScalars.count == 1
            {
                upper[index] = scalar.value
            }
        }
        self.upper = upper
    }
}

/// A small wrapper over the C library's iconv for conversions to UTF-8.
///
/// Each call opens and closes its own conversion descriptor, so it is safe from any thread.
enum IConv {
    /// Converts `bytes` in `encoding` to a String, or nil when a byte sequence is invalid or
    /// the encoding is unknown to the C library.
    static func convert(_ bytes: [UInt8], from encoding: String) -> String? {
        transcode(bytes, from: encoding, to: "UTF-8").map { String(decoding: $0, as: UTF8.self) }
    }

    /// Encodes a String in `encoding`, or nil when a character has no representation there.
    static func encode(_ value: String, to encoding: String) -> [UInt8]? {
        transcode(Array(value.utf8), from: "UTF-8", to: encoding)
    }

    static func transcode(_ bytes: [UInt8], from source: String, to target: String) -> [UInt8]? {
        let descriptor = iconv_open(target, source)
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        if bytes.isEmpty { return [] }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 4)
        let outputCapacity = output.count
        var produced = 0
        let ok: Bool = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                guard let inBase = inBuffer.baseAddress, let outBase = outBuffer.baseAddress else { return false }
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
                var outLeft = outputCapacity
                let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                produced = outputCapacity - outLeft
                return result != -1 && inLeft == 0
            }
        }
        guard ok else { return nil }
        return Array(output[0..<produced])
    }
}
