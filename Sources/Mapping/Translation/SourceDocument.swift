import Diagnostics
import XMLSupport

/// An input made ready for a stylesheet: XML parsed with the hardened parser, or EDIFACT
/// parsed and rendered as XML (INTERFACES.md section 3).
struct SourceDocument {
    var format: MappingManifest.Format
    var document: XMLDocument
    var key: DocumentKey?
    var sender = ""
    var receiver = ""
    var reference = ""
    /// Findings about the input that did not stop the translation (EDIFACT envelope checks).
    var findings = DiagnosticList()

    /// Detects the format from the first significant bytes: `<` is XML, `UNA`/`UNB` is EDIFACT.
    static func detectFormat(_ bytes: [UInt8]) -> MappingManifest.Format? {
        var index = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "<") { return .xml }
        let head = bytes[index..<min(bytes.count, index + 3)]
        if head.elementsEqual("UNA".utf8) || head.elementsEqual("UNB".utf8) { return .edifact }
        return nil
    }

    static func read(_ bytes: [UInt8], sourceName: String?, parseOptions: XMLParseOptions) throws(MappingError) -> SourceDocument {
        switch detectFormat(bytes) {
        case .xml:
            do {
                let document = try XMLDocument(parsing: bytes, options: parseOptions, sourceName: sourceName)
                return SourceDocument(format: .xml, document: document, key: nil)
            } catch {
                throw MappingError(.invalidInput, error.reason, diagnostics: error.diagnostics)
            }
        case .edifact:
            return try readEDIFACT(bytes, sourceName: sourceName, parseOptions: parseOptions)
        case nil:
            throw MappingError(.invalidInput, "\(sourceName ?? "input") is neither XML (starting with '<') nor EDIFACT (starting with UNA or UNB)")
        }
    }
}
