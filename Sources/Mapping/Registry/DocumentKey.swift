import CLibXML2
import Foundation
public import XMLSupport

/// What identifies a document for mapping selection.
public enum DocumentKey: Sendable, Hashable, CustomStringConvertible {
    /// An EDIFACT message: type, version+release (e.g. `D96B`), association (UNH 0057) if any.
    case edifact(messageType: String, version: String, association: String?)
    /// An XML document by its root element (inbound).
    case xml(root: XMLQualifiedName)
    /// A canonical UNI-PASS document going out: its document type and the partner country.
    case canonical(documentType: String, partner: String?)

    /// The canonical model's namespace and root.
    public static let canonicalRoot = XMLQualifiedName(namespace: "urn:unipass:canonical:1", localName: "UnipassDocument")

    /// The key of a parsed XML document: canonical documents (root `UnipassDocument`) by their
    /// body element and partner (`partner` argument, else `Envelope/PartnerCountry`); anything
    /// else by its root.
    public static func of(_ document: XMLDocument, partner: String? = nil) -> DocumentKey? {
        guard let root = document.root else { return nil }
        guard root == canonicalRoot, let rootNode = xmlDocGetRootElement(document.pointer) else { return .xml(root: root) }
        var body: String?
        var envelopePartner: String?
        var child = rootNode.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name.map({ String(cString: $0) }) {
                if name == "Envelope" {
                    envelopePartner = childText(node, named: "PartnerCountry")
                } else if body == nil {
                    body = name
                }
            }
            child = node.pointee.next
        }
        guard let body else { return .xml(root: root) }
        let chosen = partner ?? envelopePartner
        return .canonical(documentType: body, partner: (chosen?.isEmpty ?? true) ? nil : chosen)
    }

    private static func childText(_ parent: xmlNodePtr, named name: String) -> String? {
        var child = parent.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE, node.pointee.name.map({ String(cString: $0) }) == name {
                guard let content = xmlNodeGetContent(node) else { return nil }
                defer { unipass_xml_free(content) }
                return String(cString: content).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            child = node.pointee.next
        }
        return nil
    }

    public var description: String {
        switch self {
        case let .edifact(type, version, association): "EDIFACT \(type) \(version)" + (association.map { " (\($0))" } ?? "")
        case let .xml(root): "XML \(root)"
        case let .canonical(type, partner): "canonical \(type)" + (partner.map { " for \($0)" } ?? "")
        }
    }
}
