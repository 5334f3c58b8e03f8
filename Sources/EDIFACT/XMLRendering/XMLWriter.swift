/// Writes XML into a byte buffer: UTF-8, escaped text and attribute values, two spaces of
/// indentation per level for container elements, leaves on one line.
///
/// Escaping: `&`, `<`, `>` everywhere, `"` in attribute values, carriage return as `&#13;`
/// (and tab/line feed in attribute values as `&#9;`/`&#10;`) so a reader gets the exact
/// value back. Characters XML 1.0 cannot carry (C0 controls other than tab, line feed and
/// carriage return; U+FFFE, U+FFFF) make `write` throw instead of producing a broken document.
struct XMLWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
        append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func appendName(_ name: String) { bytes.append(contentsOf: name.utf8) }

    private mutating func indent() {
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    /// `<name a="v"...>` on its own line; increases the indentation.
    mutating func open(_ name: String, attributes: [(String, String)] = []) throws {
        indent()
        try startTag(name, attributes: attributes)
        bytes.append(UInt8(ascii: ">"))
        bytes.append(0x0A)
        depth += 1
    }

    /// `</name>` on its own line.
    mutating func close(_ name: String) {
        depth -= 1
        indent()
        append("</")
        appendName(name)
        append(">\n")
    }

    /// Starts a one-line element (a segment): `<TAG>`; finish with `endLine`.
    mutating func beginLine(_ name: String) {
        indent()
        bytes.append(UInt8(ascii: "<"))
        appendName(name)
        bytes.append(UInt8(ascii: ">"))
    }

    /// `</TAG>` and a line feed.
    mutating func endLine(_ name: String) {
        append("</")
        appendName(name)
        append(">\n")
    }

    /// An inline start tag `<name>`.
    mutating func inlineOpen(_ name: String) {
        bytes.append(UInt8(ascii: "<"))
        appendName(name)
        bytes.append(UInt8(ascii: ">"))
    }

    /// An inline end tag `</name>`.
    mutating func inlineClose(_ name: String) {
        append("</")
        appendName(name)
        bytes.append(UInt8(ascii: ">"))
    }

    /// An inline leaf: `<name>text</name>`, or `<name/>` when empty.
    mutating func leaf(_ name: String, _ text: String, context: @autoclosure () -> String) throws {
        bytes.append(UInt8(ascii: "<"))
        appendName(name)
        if text.isEmpty {
            append("/>")
            return
        }
        bytes.append(UInt8(ascii: ">"))
        try escape(text, attribute: false, context: context)
        append("</")
        appendName(name)
        bytes.append(UInt8(ascii: ">"))
    }

    /// An empty inline element `<name/>`.
    mutating func empty(_ name: String) {
        bytes.append(UInt8(ascii: "<"))
        appendName(name)
        append("/>")
    }

    /// A one-line leaf at the current indentation: `<name>text</name>` and a line feed.
    mutating func leafLine(_ name: String, _ text: String, context: @autoclosure () -> String) throws {
        indent()
        try leaf(name, text, context: context())
        bytes.append(0x0A)
    }

    private mutating func startTag(_ name: String, attributes: [(String, String)]) throws {
        bytes.append(UInt8(ascii: "<"))
        appendName(name)
        for (attribute, value) in attributes {
            bytes.append(0x20)
            appendName(attribute)
            append("=\"")
            try escape(value, attribute: true, context: { "attribute \(attribute) of <\(name)>" })
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private mutating func escape(_ text: String, attribute: Bool, context: () -> String) throws {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "<"): append("&lt;")
            case UInt8(ascii: ">"): append("&gt;")
            case UInt8(ascii: "\"") where attribute: append("&quot;")
            case 0x0D: append("&#13;")
            case 0x09 where attribute: append("&#9;")
            case 0x0A where attribute: append("&#10;")
            case 0x09, 0x0A: bytes.append(byte)
            case 0x00..<0x20:
                throw EDIFACTError(.xmlRendering, "\(context()): control character U+\(String(byte, radix: 16, uppercase: true)) cannot be written in XML 1.0")
            case 0xBE where previous == (0xEF, 0xBF), 0xBF where previous == (0xEF, 0xBF):
                throw EDIFACTError(.xmlRendering, "\(context()): U+FFFE/U+FFFF cannot be written in XML")
            default: bytes.append(byte)
            }
            previous = (previous.1, byte)
        }
    }
}
