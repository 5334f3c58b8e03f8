/// A parsed XML element: name, attributes and content, as the strict reader in
/// `XMLTreeReader` produces it. Only what the interchange rendering and the staedi schema
/// data need: no namespaces (prefixes stay part of the name), no DTD.
///
/// Value type, `Sendable`. `package` access: used by `InterchangeXMLReader` and by the
/// directory importer, not part of the public API.
package struct XMLTree: Sendable, Hashable {
    /// Element or character data.
    package enum Child: Sendable, Hashable {
        case element(XMLTree)
        case text(String)
    }

    package var name: String
    package var attributes: [(name: String, value: String)] {
        get { attributeNames.indices.map { (attributeNames[$0], attributeValues[$0]) } }
        set {
            attributeNames = newValue.map(\.name)
            attributeValues = newValue.map(\.value)
        }
    }
    private var attributeNames: [String] = []
    private var attributeValues: [String] = []
    package var children: [Child] = []
    /// 1-based line and column of the start tag.
    package var line: Int
    package var column: Int

    package init(name: String, line: Int, column: Int) {
        self.name = name
        self.line = line
        self.column = column
    }

    /// The value of an attribute, or nil.
    package func attribute(_ name: String) -> String? {
        guard let index = attributeNames.firstIndex(of: name) else { return nil }
        return attributeValues[index]
    }

    mutating func addAttribute(_ name: String, _ value: String) {
        attributeNames.append(name)
        attributeValues.append(value)
    }

    /// True when an attribute of that name is present.
    func hasAttribute(_ name: String) -> Bool { attributeNames.contains(name) }

    /// The child elements, in order.
    package var elements: [XMLTree] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The concatenated character data directly inside the element.
    package var text: String {
        children.reduce(into: "") { if case .text(let text) = $1 { $0 += text } }
    }

    /// True when the element holds only whitespace text (or none) besides child elements.
    var hasOnlyWhitespaceText: Bool {
        children.allSatisfy {
            if case .text(let text) = $0 { text.allSatisfy { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" } } else { true }
        }
    }
}
