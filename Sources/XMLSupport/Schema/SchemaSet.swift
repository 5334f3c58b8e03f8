import Foundation

/// A named group of entry schemas: a folder whose top-level `*.xsd` files are entries (their
/// subfolders hold what they include and import), or a single entry XSD file.
///
/// Immutable and `Sendable`; the compiled schemas come from a ``SchemaCache``.
public struct SchemaSet: Sendable {
    /// The folder or file name.
    public let name: String
    /// The folder or entry file it was loaded from.
    public let path: String
    /// The compiled entries, in file-name order.
    public let entries: [XMLSchema]

    public init(name: String, path: String, entries: [XMLSchema]) {
        self.name = name
        self.path = path
        self.entries = entries
    }

    /// Loads what a `--schemas PATH` or `schemas:` entry names: an entry XSD file, a schema-set
    /// folder (top-level `*.xsd`), or a folder of schema-set folders.
    ///
    /// - Throws: ``XMLSupportError`` `.io` when the path holds no schema, `.schemaCompilation`
    ///   when any entry fails to compile (the first failure; its diagnostics name file and line).
    public static func load(from path: String, cache: SchemaCache = .shared) throws(XMLSupportError) -> [SchemaSet] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw XMLSupportError(.io, "schema path '\(path)' does not exist")
        }
        let name = (path as NSString).lastPathComponent
        guard isDirectory.boolValue else {
            return [SchemaSet(name: name, path: path, entries: [try cache.schema(at: path)])]
        }
        let entries = topLevelSchemas(in: path)
        if !entries.isEmpty {
            var compiled: [XMLSchema] = []
            for entry in entries { compiled.append(try cache.schema(at: entry)) }
            return [SchemaSet(name: name, path: path, entries: compiled)]
        }
        var sets: [SchemaSet] = []
        for folder in subfolders(of: path) where !topLevelSchemas(in: folder).isEmpty {
            sets += try load(from: folder, cache: cache)
        }
        guard !sets.isEmpty else {
            throw XMLSupportError(.io, "'\(path)' holds no entry schema (*.xsd) and no schema-set folder")
        }
        return sets
    }

    static func topLevelSchemas(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".xsd") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }

    static func subfolders(of folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().map { (folder as NSString).appendingPathComponent($0) }.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}
