/// The syntaxes the gateway recognises, detected from a document's first bytes.
public enum DocumentFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// UN/EDIFACT: the document starts with `UNA` or `UNB` (after an optional byte-order mark
    /// and white space).
    case edifact
    /// XML: the document starts with `<` (after an optional byte-order mark and white space).
    case xml
    /// Anything else.
    case unknown

    /// Detects the format from the start of a document. Looks at most at the first 4 KiB;
    /// never fails.
    ///
    /// A UTF-8 byte-order mark and leading white space (space, tab, CR, LF) are skipped, as
    /// senders produce both. The EDIFACT validator reports them as warnings.
    public static func detect(_ bytes: some Collection<UInt8>) -> DocumentFormat {
        var index = bytes.startIndex
        var examined = 0
        // Skip a UTF-8 byte-order mark.
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        if bytes.starts(with: bom) {
            index = bytes.index(index, offsetBy: 3)
        }
        while index != bytes.endIndex, examined < 4096 {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D, 0x0A:
                index = bytes.index(after: index)
                examined += 1
            case UInt8(ascii: "<"):
                return .xml
            case UInt8(ascii: "U"):
                let head = Array(bytes[index...].prefix(3))
                if head == Array("UNA".utf8) || head == Array("UNB".utf8) { return .edifact }
                return .unknown
            default:
                return .unknown
            }
        }
        return .unknown
    }
}
