import Diagnostics
import Foundation
public import XMLSupport

extension MappingRegistry {
    /// The mapping folder used when none is given: `$UNIPASS_MAPPINGS`, else `Mappings` in the
    /// current folder.
    public static var defaultDirectory: String {
        if let path = ProcessInfo.processInfo.environment["UNIPASS_MAPPINGS"], !path.isEmpty { return path }
        return FileManager.default.currentDirectoryPath + "/Mappings"
    }

    /// Loads every folder with a `manifest.yaml` under `directory`, compiling each stylesheet
    /// and target schema.
    ///
    /// - Parameters:
    ///   - schemas: the schema sets in force; default: those installed in `directory` plus
    ///     `extraSchemas`.
    /// - Throws: ``MappingError`` listing every broken mapping (manifest, stylesheet or schema
    ///   with file and line) or duplicate selector; nothing is half-loaded.
    public static func load(
        directory: String,
        schemas: SchemaRegistry? = nil,
        extraSchemas: [String] = [],
        schemaCache: SchemaCache = .shared
    ) throws(MappingError) -> MappingRegistry {
        guard let root = ExternalResourcePolicy.resolvedPath(directory) else {
            throw MappingError(.io, "mapping folder '\(directory)' does not exist")
        }
        let schemaRegistry: SchemaRegistry
        do throws(XMLSupportError) {
            if let schemas {
                schemaRegistry = schemas
            } else {
                schemaRegistry = try SchemaRegistry.installed(in: root, adding: extraSchemas, cache: schemaCache)
            }
        } catch {
            throw MappingError(.schema, error.reason, diagnostics: error.diagnostics)
        }
        var loaded: [MappingDefinition] = []
        var problems = DiagnosticList()
        var reasons: [String] = []
        for folder in mappingFolders(in: root) {
            do {
                loaded.append(try loadMapping(in: folder, root: root, schemas: schemaRegistry, cache: schemaCache))
            } catch {
                reasons.append(error.reason)
                problems.append(contentsOf: error.diagnostics.isEmpty
                    ? [.error(error.code.rawValue, error.reason, at: SourceLocation(file: folder + "/manifest.yaml"))]
                    : Array(error.diagnostics))
            }
        }
        var bySelector: [MappingSelector: MappingDefinition] = [:]
        var ids: [String: MappingDefinition] = [:]
        for mapping in loaded {
            if let other = ids[mapping.id] {
                let reason = "\(mapping.manifestPath): id '\(mapping.id)' is already used by \(other.manifestPath)"
                reasons.append(reason)
                problems.append(.error(MappingError.Code.duplicateSelector.rawValue, reason, at: SourceLocation(file: mapping.manifestPath)))
            }
            ids[mapping.id] = mapping
            for selector in mapping.selectors {
                if let other = bySelector[selector] {
                    let reason = "\(mapping.manifestPath): mappings '\(other.id)' and '\(mapping.id)' both take \(selector)"
                    reasons.append(reason)
                    problems.append(.error(MappingError.Code.duplicateSelector.rawValue, reason, at: SourceLocation(file: mapping.manifestPath)))
                }
                bySelector[selector] = mapping
            }
        }
        if let first = reasons.first {
            let code: MappingError.Code = problems.allSatisfy { $0.code == MappingError.Code.duplicateSelector.rawValue } ? .duplicateSelector
                : MappingError.Code(rawValue: problems.first?.code ?? MappingError.Code.invalidManifest.rawValue)
            let more = reasons.count > 1 ? " (and \(reasons.count - 1) more)" : ""
            throw MappingError(code, first + more, diagnostics: problems)
        }
        return MappingRegistry(mappings: loaded, schemas: schemaRegistry, directory: root, bySelector: bySelector)
    }

    /// Folders under `root` holding a `manifest.yaml` (not descending into a mapping folder).
    static func mappingFolders(in root: String) -> [String] {
        var result: [String] = []
        func visit(_ folder: String, depth: Int) {
            if FileManager.default.fileExists(atPath: folder + "/manifest.yaml") {
                result.append(folder)
                return
            }
            guard depth < 3, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = folder + "/" + name
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                    visit(path, depth: depth + 1)
                }
            }
        }
        visit(root, depth: 0)
        return result
    }

    static func loadMapping(in folder: String, root: String, schemas: SchemaRegistry, cache: SchemaCache) throws(MappingError) -> MappingDefinition {
        let manifest = try MappingManifest.load(from: folder + "/manifest.yaml")
        // A mapping may read its own folder and the shared stylesheet library `lib/` of the mapping root.
        var roots = [folder]
        let library = root + "/lib"
        if FileManager.default.fileExists(atPath: library) { roots.append(library) }
        let stylesheet = try XSLTStylesheet.compile(path: folder + "/" + manifest.stylesheet, readableRoots: roots)
        let schema = try targetSchema(manifest.target.schema, folder: folder, root: root, schemas: schemas, cache: cache)
        return MappingDefinition(manifest: manifest, folder: folder, stylesheet: stylesheet, targetSchema: schema)
    }

    /// A target schema: a path relative to the mapping folder, or the file name of a configured entry.
    static func targetSchema(_ name: String?, folder: String, root: String, schemas: SchemaRegistry, cache: SchemaCache) throws(MappingError) -> XMLSchema? {
        guard let name, !name.isEmpty else {
            // EDIFACT targets without a schema: the XML rendering's schema when installed.
            let rendering = root + "/edifact/edifact-xml.xsd"
            guard FileManager.default.fileExists(atPath: rendering) else { return nil }
            return try compileSchema(rendering, manifest: folder, cache: cache)
        }
        let relative = name.hasPrefix("/") ? name : folder + "/" + name
        if FileManager.default.fileExists(atPath: relative) {
            return try compileSchema(relative, manifest: folder, cache: cache)
        }
        if let entry = schemas.entries.first(where: { ($0.entryPath as NSString).lastPathComponent == name }) {
            return entry
        }
        throw MappingError(
            .schema,
            "\(folder)/manifest.yaml: target schema '\(name)' is neither a file relative to the mapping folder nor a configured schema entry",
            diagnostics: DiagnosticList([.error(MappingError.Code.schema.rawValue, "target schema '\(name)' not found", at: SourceLocation(file: folder + "/manifest.yaml"))])
        )
    }

    private static func compileSchema(_ path: String, manifest folder: String, cache: SchemaCache) throws(MappingError) -> XMLSchema {
        do {
            return try cache.schema(at: path)
        } catch {
            throw MappingError(.schema, "\(folder)/manifest.yaml: target schema: \(error.reason)", diagnostics: error.diagnostics)
        }
    }
}
