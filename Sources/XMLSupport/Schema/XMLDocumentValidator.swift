public import Diagnostics

/// What validating one XML document found: its root, the schema used, and the findings.
public struct XMLValidationReport: Sendable {
    /// Always `"xml"` (what `unipass validate --json` prints as `format`).
    public var format: String { "xml" }
    /// The root element, when the document was well-formed.
    public var root: XMLQualifiedName?
    /// The entry schema the document was validated against (the one that accepted it, or the
    /// one with the fewest errors).
    public var schemaPath: String?
    /// Every finding: syntax errors with line and column, schema errors with line and path.
    public var diagnostics: DiagnosticList
    /// The parsed document, when well-formed (for the next stage: translation, verification).
    public var document: XMLDocument?

    /// True when there is no error.
    public var isValid: Bool { !diagnostics.hasErrors }
}

/// Parses (hardened) and validates XML documents against a ``SchemaRegistry``.
///
/// A value type over immutable, shared state: call it from any number of tasks. Nothing is
/// thrown for a bad document; everything wrong is in the report's diagnostics.
public struct XMLDocumentValidator: Sendable {
    /// The schemas in force.
    public var registry: SchemaRegistry
    /// Parser limits.
    public var parseOptions: XMLParseOptions

    public init(registry: SchemaRegistry, parseOptions: XMLParseOptions = .default) {
        self.registry = registry
        self.parseOptions = parseOptions
    }

    /// Parses and validates bytes.
    public func validate(_ bytes: some Sequence<UInt8>, sourceName: String? = nil) -> XMLValidationReport {
        do {
            let document = try XMLDocument(parsing: bytes, options: parseOptions, sourceName: sourceName)
            return validate(document)
        } catch {
            return XMLValidationReport(root: nil, schemaPath: nil, diagnostics: error.diagnostics.isEmpty
                ? DiagnosticList([.error(error.code.rawValue, error.reason, at: SourceLocation(file: sourceName))])
                : error.diagnostics)
        }
    }

    /// Validates a parsed document.
    public func validate(_ document: XMLDocument) -> XMLValidationReport {
        guard let root = document.root else {
            return XMLValidationReport(root: nil, diagnostics: DiagnosticList([.error("xml.syntax", "the document has no root element")]), document: document)
        }
        let candidates = registry.schemas(for: root)
        guard !candidates.isEmpty else {
            let message = "no schema is configured for root element \(root); add one with --schemas or under Mappings/schemas"
            return XMLValidationReport(
                root: root,
                diagnostics: DiagnosticList([.error("xml.noSchema", message, at: SourceLocation(file: document.sourceName, line: 1, tag: root.localName))]),
                document: document
            )
        }
        var best: (schema: XMLSchema, diagnostics: DiagnosticList)?
        for schema in candidates {
            let diagnostics = schema.validate(document)
            if !diagnostics.hasErrors {
                return XMLValidationReport(root: root, schemaPath: schema.entryPath, diagnostics: diagnostics, document: document)
            }
            if let current = best, current.diagnostics.errors.count <= diagnostics.errors.count { continue }
            best = (schema, diagnostics)
        }
        return XMLValidationReport(root: root, schemaPath: best?.schema.entryPath, diagnostics: best?.diagnostics ?? DiagnosticList(), document: document)
    }
}
