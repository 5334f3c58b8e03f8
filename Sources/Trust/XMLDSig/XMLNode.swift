import Foundation
internal import CXMLSec
internal import CLibXML2

/// Read-only helpers over libxml2 nodes, without allocating through libxml2.
extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }
    var localName: String { pointee.name.map { String(cString: $0) } ?? "" }
    var namespaceURI: String? { pointee.ns?.pointee.href.map { String(cString: $0) } }

    /// True for an element with this namespace and local name.
    /// Compares C strings in place: the survey asks this of every element of large documents.
    func isElement(_ name: String, in namespace: String = XMLDSigAlgorithm.namespace) -> Bool {
        guard isElement, let ownName = pointee.name, let href = pointee.ns?.pointee.href else { return false }
        return name.withCString { strcmp($0, UnsafeRawPointer(ownName).assumingMemoryBound(to: CChar.self)) == 0 }
            && namespace.withCString { strcmp($0, UnsafeRawPointer(href).assumingMemoryBound(to: CChar.self)) == 0 }
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

    /// The UTF-8 bytes of the text children without ASCII whitespace (for base64 content);
    /// byte-wise, no String or Character processing on the hot path.
    var compactTextBytes: [UInt8] {
        var result: [UInt8] = []
        var child = pointee.children
        while let node = child {
            if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE, var cursor = node.pointee.content {
                while cursor.pointee != 0 {
                    let byte = cursor.pointee
                    if byte != 0x20, byte != 0x0A, byte != 0x0D, byte != 0x09 { result.append(byte) }
                    cursor += 1
                }
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
