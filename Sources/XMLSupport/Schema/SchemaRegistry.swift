import Foundation

/// The schema sets the gateway validates XML against: those installed under `Mappings/`
/// (`canonical/`, `edifact/`, `schemas/<set>/`) plus any added by `--schemas` or `schemas:`.
///
/// Immutable and `Sendable`; build a new one to reload. A document is validated against the
/// entries whose target namespace is its root's namespace (for no-namespace entries: that
/// declare its root element). When several entries qualify (e.g. HMRC's submit and cancel
/// wrappers share a namespace), the document is valid if any of them accepts it.
public final class SchemaRegistry: Sendable {
    /// Every set, in configuration order (installed first, then added ones).
    public let sets: [SchemaSet]

    public init(sets: [SchemaSet]) { self.sets = sets }

    /// An empty registry: every document has no schema.
    public static let empty = SchemaRegistry(sets: [])

    /// Loads the given paths (entry XSD files, schema-set folders, folders of sets).
    ///
    /// - Throws: ``XMLSupportError`` when a path is missing or a schema fails to compile.
    public static func load(paths: [String], cache: SchemaCache = .shared) throws(XMLSupportError) -> SchemaRegistry {
        var sets: [SchemaSet] = []
        for path in paths { sets += try SchemaSet.load(from: path, cache: cache) }
        return SchemaRegistry(sets: sets)
    }

    /// The schema sets installed in a mapping folder (its `canonical/`, `edifact/` and
    /// `schemas/` subfolders, those that exist), then `extra` paths.
    public static func installed(
        in mappingsDirectory: String,
        adding extra: [String] = [],
        cache: SchemaCache = .shared
    ) throws(XMLSupportError) -> SchemaRegistry {
        let installed = ["canonical", "edifact", "schemas"].map { (mappingsDirectory as NSString).appendingPathComponent($0) }.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
                && (!SchemaSet.topLevelSchemas(in: path).isEmpty || !SchemaSet.subfolders(of: path).isEmpty)
        }
        return try load(paths: installed + extra, cache: cache)
    }

    /// Every entry, in order.
    public var entries: [XMLSchema] { sets.flatMap(\.entries) }

    /// The entries that validate documents with this root, in configuration order.
    public func schemas(for root: XMLQualifiedName) -> [XMLSchema] {
        entries.filter { $0.accepts(root: root) }
    }
}
