public import XMLSupport

/// One loaded mapping: its manifest, folder, compiled stylesheet and compiled target schema.
///
/// Immutable and `Sendable`; shared by every translation that uses it.
public final class MappingDefinition: Sendable {
    /// The manifest as written.
    public let manifest: MappingManifest
    /// The mapping's folder, resolved.
    public let folder: String
    /// The compiled stylesheet.
    public let stylesheet: XSLTStylesheet
    /// The compiled schema every output is validated against (for EDIFACT targets: the schema of
    /// the XML rendering, when one is configured).
    public let targetSchema: XMLSchema?

    public init(manifest: MappingManifest, folder: String, stylesheet: XSLTStylesheet, targetSchema: XMLSchema?) {
        self.manifest = manifest
        self.folder = folder
        self.stylesheet = stylesheet
        self.targetSchema = targetSchema
    }

    /// The manifest's id.
    public var id: String { manifest.id }
    /// The selectors it claims.
    public var selectors: [MappingSelector] { manifest.selectors }
    /// The manifest file.
    public var manifestPath: String { folder + "/manifest.yaml" }
}
