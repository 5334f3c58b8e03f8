/// A small, strict, non-validating XML reader: elements, attributes, character data, CDATA
/// sections, comments, processing instructions, the five predefined entities and numeric
/// character references. A document type declaration or any other entity reference is
/// refused, so entity expansion attacks (XXE, "billion laughs") cannot happen.
///
/// Input must be UTF-8 (with or without a byte-order mark). Nesting is limited
/// (`maximumDepth`) and the reader is iterative, so hostile input cannot exhaust the stack.
/// Errors are `EDIFACTError` `.xmlRendering` with line and column.
///
/// `package` access; stateless, `Sendable`.
package struct XMLTreeReader: Sendable {
    package var maximumDepth = 256

    package init() {}

    /// Parses a whole document and returns its root element.
    package func parse(_ bytes: [UInt8]) throws -> XMLTree {
        var cursor = Cursor(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { cursor.index = 3 }
        guard String(validating: bytes[cursor.index...], as: UTF8.self) != nil else {
            throw EDIFACTError(.xmlRendering, "the document is not valid UTF-8")
        }
        var stack: [XMLTree] = []
        var root: XMLTree?
        while !cursor.atEnd {
            if cursor.peek == UInt8(ascii: "<") {
                if cursor.starts(with: "<?") {
                    try cursor.skip(past: "?>", what: "processing instruction")
                } else if cursor.starts(with: "<!--") {
                    try cursor.skip(past: "-->", what: "comment")
                } else if cursor.starts(with: "<![CDATA[") {
                    guard !stack.isEmpty else { throw cursor.failure("CDATA outside the root element") }
                    cursor.index += 9
                    let start = cursor.index
                    try cursor.skip(past: "]]>", what: "CDATA section")
                    let text = String(decoding: cursor.bytes[start..<(cursor.index - 3)], as: UTF8.self)
                    stack[stack.count - 1].children.append(.text(text))
                } else if cursor.starts(with: "<!") {
                    throw cursor.failure("document type declarations and entity declarations are refused")
                } else if cursor.starts(with: "</") {
                    cursor.index += 2
                    let name = try cursor.readName()
                    cursor.skipWhitespace()
                    guard cursor.peek == UInt8(ascii: ">") else { throw cursor.failure("expected '>' after </\(name)") }
                    cursor.index += 1
                    guard let element = stack.popLast(), element.name == name else {
                        throw cursor.failure("end tag </\(name)> does not match the open element \(stack.last.map { "<\($0.name)>" } ?? "(none)")")
                    }
                    if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(.element(element)) }
                } else {
                    guard root == nil else { throw cursor.failure("content after the root element") }
                    let (element, selfClosing) = try readStartTag(&cursor)
                    if selfClosing {
                        if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(.element(element)) }
                    } else {
                        guard stack.count < maximumDepth else { throw cursor.failure("elements nested deeper than \(maximumDepth)") }
                        stack.append(element)
                    }
                }
            } else {
                let text = try cursor.readText(until: UInt8(ascii: "<"))
                if stack.isEmpty {
                    guard text.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) else {
                        throw cursor.failure("text outside the root element")
                    }
                } else if let last = stack[stack.count - 1].children.last, case .text(let previous) = last {
                    stack[stack.count - 1].children[stack[stack.count - 1].children.count - 1] = .text(previous + text)
                } else {
                    stack[stack.count - 1].children.append(.text(text))
                }
            }
        }
        if let open = stack.last { throw cursor.failure("element <\(open.name)> (line \(open.line)) is not closed") }
        guard let root else { throw cursor.failure("no root element") }
        return root
    }

    private func readStartTag(_ cursor: inout Cursor) throws -> (XMLTree, Bool) {
        let (line, column) = cursor.position
        cursor.index += 1
        var element = XMLTree(name: try cursor.readName(), line: line, column: column)
        while true {
            let hadSpace = cursor.skipWhitespace()
            guard let byte = cursor.peek else { throw cursor.failure("unterminated start tag <\(element.name)") }
            if byte == UInt8(ascii: ">") { cursor.index += 1; return (element, false) }
            if cursor.starts(with: "/>") { cursor.index += 2; return (element, true) }
            guard hadSpace else { throw cursor.failure("expected whitespace before an attribute in <\(element.name)>") }
            let name = try cursor.readName()
            cursor.skipWhitespace()
            guard cursor.peek == UInt8(ascii: "=") else { throw cursor.failure("expected '=' after attribute \(name)") }
            cursor.index += 1
            cursor.skipWhitespace()
            guard let quote = cursor.peek, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw cursor.failure("expected a quoted value for attribute \(name)")
            }
            cursor.index += 1
            let value = try cursor.readText(until: quote)
            guard cursor.peek == quote else { throw cursor.failure("unterminated value of attribute \(name)") }
            cursor.index += 1
            guard !element.hasAttribute(name) else { throw cursor.failure("attribute \(name) appears twice in <\(element.name)>") }
            element.addAttribute(name, value)
        }
    }
}

/// Reading position over the document bytes.
private struct Cursor {
    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index >= bytes.count }
    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Line counting is incremental (the reader only moves forward), so asking for the
    /// position at every start tag stays linear in the document size.
    private var countedUpTo = 0
    private var line = 1
    private var lineStart = 0

    var position: (Int, Int) {
        mutating get {
            let end = min(index, bytes.count)
            if end < countedUpTo {  // moved back (only before reporting an error): count again
                countedUpTo = 0
                line = 1
                lineStart = 0
            }
            while countedUpTo < end {
                if bytes[countedUpTo] == 0x0A {
                    line += 1
                    lineStart = countedUpTo + 1
                }
                countedUpTo += 1
            }
            return (line, index - lineStart + 1)
        }
    }

    mutating func failure(_ reason: String) -> EDIFACTError {
        let (line, column) = position
        return EDIFACTError(.xmlRendering, "XML line \(line), column \(column): \(reason)")
    }

    func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return text.withUTF8Buffer { buffer in
            (0..<count).allSatisfy { bytes[index + $0] == buffer[$0] }
        }
    }

    mutating func skip(past terminator: StaticString, what: String) throws {
        while !atEnd {
            if starts(with: terminator) {
                index += terminator.utf8CodeUnitCount
                return
            }
            index += 1
        }
        throw failure("unterminated \(what)")
    }

    @discardableResult
    mutating func skipWhitespace() -> Bool {
        let start = index
        while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D { index += 1 }
        return index > start
    }

    mutating func readName() throws -> String {
        let start = index
        while let byte = peek, Self.isNameByte(byte, first: index == start) { index += 1 }
        guard index > start else { throw failure("expected a name") }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private static func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "_"), UInt8(ascii: ":"), 0x80...0xFF: true
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."): !first
        default: false
        }
    }

    /// Character data up to `terminator` (not consumed), with references replaced.
    mutating func readText(until terminator: UInt8) throws -> String {
        var out: [UInt8] = []
        while let byte = peek, byte != terminator {
            if byte == UInt8(ascii: "&") {
                try appendReference(into: &out)
            } else if byte == UInt8(ascii: "<") {
                throw failure("'<' is not allowed in an attribute value")
            } else {
                out.append(byte == 0x0D ? 0x0A : byte)
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func appendReference(into out: inout [UInt8]) throws {
        let start = index
        index += 1
        while let byte = peek, byte != UInt8(ascii: ";"), index - start < 12 { index += 1 }
        guard peek == UInt8(ascii: ";") else { index = start; throw failure("unterminated or overlong character reference") }
        let name = String(decoding: bytes[(start + 1)..<index], as: UTF8.self)
        index += 1
        let scalar: Unicode.Scalar?
        switch name {
        case "lt": scalar = "<"
        case "gt": scalar = ">"
        case "amp": scalar = "&"
        case "quot": scalar = "\""
        case "apos": scalar = "'"
        default:
            if name.hasPrefix("#x") {
                scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if name.hasPrefix("#") {
                scalar = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
            } else {
                index = start
                throw failure("entity &\(name); is not one of the five predefined entities (entities are refused)")
            }
        }
        guard let scalar, scalar.value != 0 else { index = start; throw failure("&\(name); is not a valid character reference") }
        out.append(contentsOf: Array(String(Character(scalar)).utf8))
    }
}
