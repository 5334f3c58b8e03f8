package import CLibXML2
import Diagnostics

/// A parsed XML document, owning its libxml2 tree and freeing it on deinit.
///
/// Create one only through the hardened parser (``init(parsing:options:sourceName:)`` or
/// ``init(contentsOfFile:options:)``): no network, no external entities, no DTD loading, no
/// entity declarations, bounded size, depth and attribute length, every error with its line and
/// column. The document is immutable once parsed, which makes it safe to read from several
/// tasks at once (`Sendable`). Modules of this package that reach the tree through
/// ``pointer`` (Trust, Mapping) must not modify a document another task may be reading.
public final class XMLDocument: @unchecked Sendable {
    /// The libxml2 document; owned by this object.
    package let pointer: xmlDocPtr
    /// The name the document was parsed under (a file path, or what the caller passed).
    public let sourceName: String?

    /// Takes ownership of a document created by libxml2 or libxslt inside this package.
    package init(taking pointer: xmlDocPtr, sourceName: String? = nil) {
        self.pointer = pointer
        self.sourceName = sourceName
    }

    deinit { xmlFreeDoc(pointer) }

    /// Parses bytes with the hardened parser.
    ///
    /// - Throws: ``XMLSupportError`` with code `.notWellFormed`, `.entityRefused`,
    ///   `.externalResourceRefused` or `.limitExceeded`; its `diagnostics` list every finding with
    ///   line and column.
    public convenience init(
        parsing bytes: some Sequence<UInt8>,
        options: XMLParseOptions = .default,
        sourceName: String? = nil
    ) throws(XMLSupportError) {
        let contiguous: Result<xmlDocPtr, XMLSupportError>? = bytes.withContiguousStorageIfAvailable { buffer in
            do throws(XMLSupportError) {
                return .success(try XMLDocument.parse(UnsafeRawBufferPointer(buffer), options: options, sourceName: sourceName))
            } catch {
                return .failure(error)
            }
        }
        let pointer: xmlDocPtr
        if let contiguous {
            pointer = try contiguous.get()
        } else {
            let array = Array(bytes)
            let copied: Result<xmlDocPtr, XMLSupportError> = array.withUnsafeBytes { buffer in
                do throws(XMLSupportError) {
                    return .success(try XMLDocument.parse(buffer, options: options, sourceName: sourceName))
                } catch {
                    return .failure(error)
                }
            }
            pointer = try copied.get()
        }
        self.init(taking: pointer, sourceName: sourceName)
    }

    /// Parses a string (its UTF-8 bytes) with the hardened parser.
    public convenience init(parsing text: String, options: XMLParseOptions = .default, sourceName: String? = nil) throws(XMLSupportError) {
        try self.init(parsing: Array(text.utf8), options: options, sourceName: sourceName)
    }

    /// The root element's namespace URI (nil when it has none) and local name.
    public var root: XMLQualifiedName? {
        guard let element = xmlDocGetRootElement(pointer) else { return nil }
        return XMLQualifiedName(node: element)
    }
}

/// An element's namespace URI (nil for no namespace) and local name.
public struct XMLQualifiedName: Sendable, Hashable, CustomStringConvertible {
    /// The namespace URI, or nil for no namespace.
    public var namespace: String?
    /// The local name.
    public var localName: String

    public init(namespace: String?, localName: String) {
        self.namespace = namespace
        self.localName = localName
    }

    init(node: xmlNodePtr) {
        namespace = node.pointee.ns?.pointee.href.map { String(cString: $0) }
        localName = node.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// `{namespace}localName` (Clark notation), or just `localName`.
    public var description: String { namespace.map { "{\($0)}\(localName)" } ?? localName }
}
