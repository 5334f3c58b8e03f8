internal import CXMLSec
internal import CLibXML2

/// Read-only helpers over libxml2 nodes, without allocating through libxml2.
extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }
    var localName: String { pointee.name.map { String(cString: $0) } ?? "" }
    var namespaceURI: String? { pointee.ns?.pointee.href.map { String(cString: $0) } }

    /// True for an element with this namespace and local name.
    func isElement(_ name: String, in namespace: String = XMLDSigAlgorithm.namespace) -> Bool {
        isElement && localName == name && namespaceURI == namespace
    }

    /// The element children, in order.
    var elementChildren: [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = pointee.children
        while let node = child {
            if node.isElement { result.append(node) }
            child = node.pointee.next
        }
        return result
    }

    /// The concatenated text and CDATA children.
    var text: String {
        var result = ""
        var child = pointee.children
        while let node = child {
            if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE,
               let content = node.pointee.content {
                result += String(cString: content)
            }
            child = node.pointee.next
        }
        return result
    }

    /// The value of an attribute without namespace, or nil.
    func attribute(_ name: String) -> String? {
        var attribute = pointee.properties
        while let current = attribute {
            if current.pointee.ns == nil, let attributeName = current.pointee.name, String(cString: attributeName) == name {
                return Self.value(of: current)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// An attribute's value (its text children).
    static func value(of attribute: xmlAttrPtr) -> String {
        var result = ""
        var child = attribute.pointee.children
        while let node = child {
            if let content = node.pointee.content { result += String(cString: content) }
            child = node.pointee.next
        }
        return result
    }

    /// `prefix:name` or `{namespace}name` for messages.
    var displayName: String {
        if let prefix = pointee.ns?.pointee.prefix { return "\(String(cString: prefix)):\(localName)" }
        return localName
    }

    /// A short path from the root for messages, e.g. `/CertificateOfOrigin/Goods/ds:Signature`.
    var path: String {
        var parts: [String] = []
        var node: xmlNodePtr? = self
        while let current = node, current.isElement {
            parts.append(current.displayName)
            node = current.pointee.parent
        }
        return "/" + parts.reversed().joined(separator: "/")
    }

    /// The 1-based line number libxml2 recorded.
    var lineNumber: Int { Int(xmlGetLineNo(self)) }
}
