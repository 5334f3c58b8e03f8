/// Limits and switches for the hardened parser. The defaults suit customs documents
/// (declarations, manifests, certificates of origin): a few KB to a few MB, a few dozen levels.
///
/// What is never configurable: network access, external entities, DTD loading, entity
/// declarations (an internal subset that declares an entity is refused outright, so entity
/// expansion attacks such as billion laughs stop at the first declaration).
public struct XMLParseOptions: Sendable, Hashable {
    /// Largest document accepted, in bytes (default 32 MiB).
    public var maxDocumentBytes: Int
    /// Deepest element nesting accepted; the root element is depth 1 (default 256, which is
    /// also libxml2's own ceiling without XML_PARSE_HUGE).
    public var maxDepth: Int
    /// Longest attribute value accepted, in bytes (default 64 KiB).
    public var maxAttributeBytes: Int
    /// Accept a `<!DOCTYPE ...>` that declares no entities (its external subset is never
    /// loaded). Default false: customs documents carry no DTD.
    public var allowsDocumentTypeDeclaration: Bool
    /// Keep whitespace-only text nodes (default true; signatures need the exact tree).
    public var keepsBlankText: Bool

    public init(
        maxDocumentBytes: Int = 32 << 20,
        maxDepth: Int = 256,
        maxAttributeBytes: Int = 64 << 10,
        allowsDocumentTypeDeclaration: Bool = false,
        keepsBlankText: Bool = true
    ) {
        self.maxDocumentBytes = maxDocumentBytes
        self.maxDepth = maxDepth
        self.maxAttributeBytes = maxAttributeBytes
        self.allowsDocumentTypeDeclaration = allowsDocumentTypeDeclaration
        self.keepsBlankText = keepsBlankText
    }

    /// The defaults.
    public static let `default` = XMLParseOptions()
}
