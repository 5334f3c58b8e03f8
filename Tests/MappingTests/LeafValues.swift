import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Every non-empty leaf text and attribute value of an XML document with its element path, and
/// the WCO classifications (ID + IdentificationTypeCode) it holds: what a mapping must carry
/// into its output. Parsed with Foundation's XMLParser (no DTD, no external entities).
struct LeafValues {
    struct Value { var path: String; var value: String }
    struct Classification { var id: String; var scheme: String }

    private(set) var values: [Value] = []
    private(set) var classifications: [Classification] = []

    init(_ path: String) throws {
        let collector = Collector()
        let parser = XMLParser(data: try Data(contentsOf: URL(fileURLWithPath: path)))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        guard parser.parse() else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: path])
        }
        values = collector.values
        classifications = collector.classifications
    }

    /// The value as the output serializes it: whitespace collapsed, markup characters escaped.
    static func escaped(_ value: String) -> String {
        value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var values: [Value] = []
        var classifications: [Classification] = []
        private var stack: [String] = []
        private var text = ""
        private var hasChildren: [Bool] = []
        private var classification: [String: String]?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if !hasChildren.isEmpty { hasChildren[hasChildren.count - 1] = true }
            stack.append(name)
            hasChildren.append(false)
            text = ""
            for (attribute, value) in attributes where !attribute.contains(":") && !value.trimmingCharacters(in: .whitespaces).isEmpty {
                values.append(Value(path: "/" + stack.joined(separator: "/") + "/@" + attribute, value: value))
            }
            if name == "Classification" { classification = [:] }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let leaf = !(hasChildren.popLast() ?? true)
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if leaf, !value.isEmpty {
                values.append(Value(path: "/" + stack.joined(separator: "/"), value: value))
                if classification != nil, stack.dropLast().last == "Classification" { classification?[name] = value }
            }
            if name == "Classification", let found = classification, let id = found["ID"], let scheme = found["IdentificationTypeCode"] {
                classifications.append(Classification(id: id, scheme: scheme))
                classification = nil
            }
            stack.removeLast()
            text = ""
        }
    }
}
