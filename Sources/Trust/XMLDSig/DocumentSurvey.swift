internal import CXMLSec
internal import CLibXML2

/// One pass over a document: its signatures, its ID attributes (refusing duplicates) and the
/// first comment outside a signature.
struct DocumentSurvey {
    var signatures: [xmlNodePtr] = []
    var ids: [String: (element: xmlNodePtr, attribute: xmlAttrPtr)] = [:]
    /// Line of the first comment inside the root element and outside any signature.
    var firstComment: Int?

    init(root: xmlNodePtr) throws(TrustError) {
        var node: xmlNodePtr? = root
        var insideSignature: xmlNodePtr?
        while let current = node {
            var descend = true
            if current.isElement {
                if current.isElement("Signature") {
                    signatures.append(current)
                    if insideSignature == nil { insideSignature = current }
                }
                try record(current)
            } else if current.pointee.type == XML_COMMENT_NODE, insideSignature == nil, firstComment == nil {
                firstComment = current.lineNumber
                descend = false
            } else {
                descend = false
            }
            // Depth-first, iterative (the parser bounds depth, but recursion is not needed).
            if descend, let child = current.pointee.children {
                node = child
                continue
            }
            var climb: xmlNodePtr? = current
            node = nil
            while let up = climb, up != root {
                if up == insideSignature { insideSignature = nil }
                if let next = up.pointee.next {
                    node = next
                    break
                }
                climb = up.pointee.parent
            }
        }
    }

    /// A cheap first filter: two letters, `I`/`i` then `d`/`D`.
    private static func mayBeID(_ name: UnsafePointer<xmlChar>) -> Bool {
        (name[0] == UInt8(ascii: "I") || name[0] == UInt8(ascii: "i"))
            && (name[1] == UInt8(ascii: "d") || name[1] == UInt8(ascii: "D")) && name[2] == 0
    }

    /// Records the element's ID attributes; the same value twice is refused.
    private mutating func record(_ element: xmlNodePtr) throws(TrustError) {
        var attribute = element.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let rawName = current.pointee.name, Self.mayBeID(rawName) else { continue }
            let name = String(cString: rawName)
            let namespace = current.pointee.ns?.pointee.href.map { String(cString: $0) }
            let isID = (namespace == nil && (name == "Id" || name == "ID" || name == "id"))
                || (namespace == XMLDSigAlgorithm.xmlNamespace && name == "id")
            guard isID else { continue }
            let value = UnsafeMutablePointer<xmlNode>.value(of: current)
            if let earlier = ids[value] {
                throw TrustError(.duplicateID, "ID \"\(value)\" is used by \(earlier.element.path) (line \(earlier.element.lineNumber)) and \(element.path) (line \(element.lineNumber))")
            }
            ids[value] = (element, current)
        }
    }
}
