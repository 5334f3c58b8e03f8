public import XMLSupport

/// Every loaded mapping, indexed by selector, with the schema sets in force.
///
/// Immutable and `Sendable`: translations read it from any task. Build a new one to reload
/// (``ReloadableMappingRegistry`` swaps it in only when everything compiles and every test
/// vector passes). Loading refuses two mappings with the same selector or id.
public final class MappingRegistry: Sendable {
    /// The mappings, in folder-name order.
    public let mappings: [MappingDefinition]
    /// The schema sets used to validate inputs (and to resolve target schemas named by entry).
    public let schemas: SchemaRegistry
    /// The folder the mappings were loaded from.
    public let directory: String
    private let bySelector: [MappingSelector: MappingDefinition]

    init(mappings: [MappingDefinition], schemas: SchemaRegistry, directory: String, bySelector: [MappingSelector: MappingDefinition]) {
        self.mappings = mappings
        self.schemas = schemas
        self.directory = directory
        self.bySelector = bySelector
    }

    /// The mapping with this id.
    public func mapping(id: String) -> MappingDefinition? {
        mappings.first { $0.id == id }
    }

    /// The mapping a document with this key would take, if any. EDIFACT: an exact association
    /// match first, then a mapping without association. Canonical documents: the partner's
    /// outbound mapping first, then one without partner.
    public func mapping(for key: DocumentKey) -> MappingDefinition? {
        switch key {
        case let .edifact(type, version, association):
            if let association, !association.isEmpty,
                let exact = bySelector[.edifact(messageType: type, version: version, association: association)]
            {
                return exact
            }
            return bySelector[.edifact(messageType: type, version: version, association: "")]
        case let .xml(root):
            return bySelector[.xml(namespace: root.namespace, root: root.localName)]
        case let .canonical(documentType, partner):
            if let partner, let specific = bySelector[.outbound(documentType: documentType, partner: partner)] {
                return specific
            }
            return bySelector[.outbound(documentType: documentType, partner: "")]
        }
    }
}
