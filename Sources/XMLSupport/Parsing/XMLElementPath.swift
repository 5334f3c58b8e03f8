import CLibXML2

/// Readable element paths for diagnostics, such as `/MetaData/Declaration/GoodsShipment[2]/ID`:
/// qualified names as written (prefix kept when the document uses one), with a 1-based index
/// where an element has same-named siblings.
enum XMLElementPath {
    /// The path of an element node, or nil for other node types.
    static func of(_ node: xmlNodePtr) -> String? {
        guard node.pointee.type == XML_ELEMENT_NODE else { return nil }
        var steps: [String] = []
        var current: xmlNodePtr? = node
        while let element = current, element.pointee.type == XML_ELEMENT_NODE {
            steps.append(step(for: element))
            current = element.pointee.parent
        }
        return "/" + steps.reversed().joined(separator: "/")
    }

    private static func step(for element: xmlNodePtr) -> String {
        let name = qualifiedName(element)
        var index = 1
        var total = 1
        var sibling = element.pointee.prev
        while let node = sibling {
            if sameName(node, element) { index += 1; total += 1 }
            sibling = node.pointee.prev
        }
        sibling = element.pointee.next
        while let node = sibling {
            if sameName(node, element) { total += 1 }
            sibling = node.pointee.next
        }
        return total > 1 ? "\(name)[\(index)]" : name
    }

    private static func qualifiedName(_ element: xmlNodePtr) -> String {
        let local = element.pointee.name.map { String(cString: $0) } ?? "?"
        if let prefix = element.pointee.ns?.pointee.prefix { return String(cString: prefix) + ":" + local }
        return local
    }

    private static func sameName(_ a: xmlNodePtr, _ b: xmlNodePtr) -> Bool {
        guard a.pointee.type == XML_ELEMENT_NODE, xmlStrEqual(a.pointee.name, b.pointee.name) != 0 else { return false }
        return xmlStrEqual(a.pointee.ns?.pointee.href, b.pointee.ns?.pointee.href) != 0
    }
}
