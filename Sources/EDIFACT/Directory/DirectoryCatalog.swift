public import Foundation

/// Finds message definitions by message type, version, release and agency, in the built-in
/// directories shipped with the gateway and in folders written by
/// `unipass edifact import-directory`.
///
/// Directories are files named `<name>.edd` (`D96B.edd`, `service-4.edd`) in compact text
/// format. A catalog reads a file the first time it is asked for it and keeps the parsed and
/// compiled definitions for its lifetime. Folders are searched in order; the built-in folder
/// comes last, so an imported release with the same name replaces the built-in one.
///
/// Thread safety: `Sendable`; lookups may run concurrently (an internal lock guards the cache).
public final class DirectoryCatalog: Sendable {
    /// The default folder for imported releases: `Directories/` under the current folder.
    public static let defaultImportFolderName = "Directories"

    /// The committed built-in directories only (D.96B, D.02B, D.03B, D.05B, D.16A for
    /// CUSCAR, PAXLST, CUSDEC, CUSRES, APERAK; service directories for syntax 3 and 4).
    public static let builtIn = DirectoryCatalog(folders: [], includeBuiltIn: true)

    /// The built-in directories plus the default import folder (`./Directories`) when it exists.
    public static func standard(currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) -> DirectoryCatalog {
        DirectoryCatalog(folders: [currentDirectory.appendingPathComponent(defaultImportFolderName)], includeBuiltIn: true)
    }

    /// The folders searched, in order.
    public let folders: [URL]
    private let cache = CatalogCache()

    /// A catalog over `folders` (searched first, in order) and, unless `includeBuiltIn` is
    /// false, the built-in directories. Missing folders are skipped.
    public init(folders: [URL], includeBuiltIn: Bool = true) {
        var all = folders
        if includeBuiltIn, let builtIn = Self.builtInFolder { all.append(builtIn) }
        self.folders = all
    }

    /// The folder holding the committed directories inside the module's resource bundle.
    public static var builtInFolder: URL? {
        Bundle.module.url(forResource: "Directories", withExtension: nil)
    }

    /// The names of every directory the catalog can load (`D96B`, `service-4`, ...), sorted.
    public var directoryNames: [String] {
        var names = Set<String>()
        for folder in folders {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files where file.hasSuffix(".edd") { names.insert(String(file.dropLast(4))) }
        }
        return names.sorted()
    }

    /// The directory called `name` (e.g. `D96B`), or nil when no folder has it.
    /// - Throws: `EDIFACTError` `.directoryFormat` when the file exists but is malformed, `.io` when it cannot be read.
    public func directory(named name: String) throws -> Directory? {
        if let cached = cache.directory(named: name) { return cached }
        guard !name.isEmpty, !name.contains("/"), !name.contains("\\"), !name.hasPrefix(".") else { return nil }
        for folder in folders {
            let file = folder.appendingPathComponent(name + ".edd")
            guard FileManager.default.fileExists(atPath: file.path) else { continue }
            let data: Data
            do { data = try Data(contentsOf: file) } catch {
                throw EDIFACTError(.io, "cannot read directory file \(file.path): \(error.localizedDescription)")
            }
            let directory = try Directory(text: String(decoding: data, as: UTF8.self), source: file.path)
            return cache.store(directory, named: name)
        }
        return nil
    }

    /// The service directory of a syntax version: UNA/UNB/UNG/UNH/UNT/UNE/UNZ and CONTRL
    /// (`service-3` for syntax versions 1 to 3, `service-4` for 4).
    public func serviceDirectory(syntaxVersion: Int) throws -> Directory? {
        try directory(named: syntaxVersion >= 4 ? "service-4" : "service-3")
    }

    /// The definition of a message type in a release, e.g. (`CUSCAR`, `D`, `96B`), or nil when
    /// no directory has it. CONTRL is looked up in the service directory of syntax 4 when its
    /// version is `4`, of syntax 3 otherwise. `agency` must match when given.
    public func message(type: String, version: String, release: String, agency: String? = nil) throws -> MessageDefinition? {
        let definition: MessageDefinition?
        if let directory = try directory(named: version + release), let found = directory.message(type) {
            definition = found
        } else if type == "CONTRL" {
            definition = try serviceDirectory(syntaxVersion: version == "4" ? 4 : 3)?.message(type)
        } else {
            definition = nil
        }
        guard let definition else { return nil }
        if let agency, !agency.isEmpty, agency != definition.agency { return nil }
        return definition
    }

    /// The message definition compiled into tables for `MessageStructureValidator`, built once
    /// per message type and release and then shared.
    public func compiledMessage(type: String, version: String, release: String, agency: String? = nil) throws -> CompiledMessageDefinition? {
        let key = MessageKey(type: type, version: version, release: release, agency: agency ?? "")
        if let compiled = cache.compiled(key) { return compiled }
        guard let definition = try message(type: type, version: version, release: release, agency: agency) else { return nil }
        return cache.store(CompiledMessageDefinition(definition), key: key)
    }
}

/// Identifies a compiled message in the cache without building a string per lookup.
private struct MessageKey: Hashable {
    var type: String
    var version: String
    var release: String
    var agency: String
}

/// The lock-guarded memory of a `DirectoryCatalog`.
private final class CatalogCache: @unchecked Sendable {
    private let lock = NSLock()
    private var directories: [String: Directory] = [:]
    private var compiledMessages: [MessageKey: CompiledMessageDefinition] = [:]

    func directory(named name: String) -> Directory? { lock.withLock { directories[name] } }

    func store(_ directory: Directory, named name: String) -> Directory {
        lock.withLock {
            if let existing = directories[name] { return existing }
            directories[name] = directory
            return directory
        }
    }

    func compiled(_ key: MessageKey) -> CompiledMessageDefinition? { lock.withLock { compiledMessages[key] } }

    func store(_ compiled: CompiledMessageDefinition, key: MessageKey) -> CompiledMessageDefinition {
        lock.withLock {
            if let existing = compiledMessages[key] { return existing }
            compiledMessages[key] = compiled
            return compiled
        }
    }
}
