public import EDIFACT
import Foundation
import XMLSupport

/// Where the engines find their data and which rules they apply: the settings shared by the
/// command line and (later) the `serve` configuration file.
///
/// Relative paths are resolved against the current folder, as the brief promises for
/// `gateway.yaml`.
public struct EngineSettings: Sendable {
    /// The mapping folder: mappings, the canonical XSD and the installed schema sets.
    /// Default: `$UNIPASS_MAPPINGS`, else `Mappings`.
    public var mappingsDirectory: String
    /// Extra schema sets (`--schemas`, `schemas:`): entry XSD files or folders.
    public var schemaPaths: [String]
    /// Extra folders of imported EDIFACT directories (besides the built-in ones and
    /// `Directories/` in the current folder).
    public var directoryFolders: [String]
    /// The envelope rules (expected recipient, allowed senders, date leniency...).
    public var envelope: EnvelopeOptions
    /// Strict or lenient code-list checking.
    public var codeLists: MessageStructureValidator.CodeListPolicy

    public init(
        mappingsDirectory: String? = nil,
        schemaPaths: [String] = [],
        directoryFolders: [String] = [],
        envelope: EnvelopeOptions = EnvelopeOptions(),
        codeLists: MessageStructureValidator.CodeListPolicy = .strict
    ) {
        self.mappingsDirectory = mappingsDirectory
            ?? ProcessInfo.processInfo.environment["UNIPASS_MAPPINGS"]
            ?? "Mappings"
        self.schemaPaths = schemaPaths
        self.directoryFolders = directoryFolders
        self.envelope = envelope
        self.codeLists = codeLists
    }

    /// The directory catalog: built-in definitions, `Directories/` in the current folder, then
    /// the extra folders.
    public func directoryCatalog() -> DirectoryCatalog {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let imported = current.appendingPathComponent(DirectoryCatalog.defaultImportFolderName)
        let extra = directoryFolders.map { URL(fileURLWithPath: $0, relativeTo: current).standardizedFileURL }
        return DirectoryCatalog(folders: [imported] + extra)
    }

    /// Builds the validator for every format.
    ///
    /// - Throws: ``GatewayError`` `.configuration` when a schema set does not load or compile.
    public func documentValidator() throws(GatewayError) -> DocumentValidator {
        let structure = MessageStructureValidator(
            catalog: directoryCatalog(),
            options: MessageStructureValidator.Options(codeLists: codeLists)
        )
        let registry: SchemaRegistry
        do {
            registry = try SchemaRegistry.installed(in: mappingsDirectory, adding: schemaPaths)
        } catch {
            throw GatewayError(.configuration, "cannot load the schema sets: \(error.reason)")
        }
        return DocumentValidator(
            edifact: InterchangeValidator(options: envelope, structure: structure),
            xml: XMLDocumentValidator(registry: registry)
        )
    }
}
