import Foundation

/// Compiled schemas by entry file, shared process-wide so that every registry, reload and
/// mapping reuses one compilation of each file.
///
/// Thread-safe (a lock guards the table; compilation itself is serialized by ``XMLSchema``).
/// An entry is recompiled when its file's size or modification time changes, so a reload picks
/// up an edited entry schema (edits to included files alone are not noticed: touch the entry).
public final class SchemaCache: @unchecked Sendable {
    private struct Key: Hashable {
        var path: String
        var size: Int
        var modified: Date
    }

    private let lock = NSLock()
    private var schemas: [Key: XMLSchema] = [:]

    /// The cache the gateway and the command line share.
    public static let shared = SchemaCache()

    public init() {}

    /// The compiled schema for an entry XSD, compiling it on first use.
    ///
    /// - Throws: ``XMLSupportError`` `.io` or `.schemaCompilation`.
    public func schema(at path: String) throws(XMLSupportError) -> XMLSchema {
        guard let resolved = ExternalResourcePolicy.resolvedPath(path),
            let attributes = try? FileManager.default.attributesOfItem(atPath: resolved)
        else {
            throw XMLSupportError(.io, "schema '\(path)' does not exist")
        }
        let key = Key(
            path: resolved,
            size: (attributes[.size] as? Int) ?? 0,
            modified: (attributes[.modificationDate] as? Date) ?? .distantPast
        )
        lock.lock()
        defer { lock.unlock() }
        if let schema = schemas[key] { return schema }
        let schema = try XMLSchema.compile(entryAt: resolved)
        schemas = schemas.filter { $0.key.path != resolved }
        schemas[key] = schema
        return schema
    }
}
