public import Diagnostics
public import XMLSupport

/// What a translation produced.
public struct TranslationResult: Sendable {
    /// The mapping that ran.
    public var mapping: MappingDefinition
    /// What selected it (nil when chosen by id).
    public var key: DocumentKey?
    /// The output bytes: XML as the stylesheet's `xsl:output` says, or EDIFACT for EDIFACT targets.
    public var output: [UInt8]
    /// The output tree (for EDIFACT targets: the XML rendering the stylesheet wrote).
    public var document: XMLDocument
    /// Warnings met on the way (the output is valid when a result is returned).
    public var diagnostics: DiagnosticList
}
