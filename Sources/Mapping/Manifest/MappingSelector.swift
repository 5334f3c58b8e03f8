/// What a mapping is chosen by. Two mappings with an equal selector cannot be loaded together.
///
/// - inbound EDIFACT: message type + version(+release) + association (empty when none);
/// - inbound XML: root namespace + root local name;
/// - outbound: the canonical document type + the partner country (empty when none).
public enum MappingSelector: Sendable, Hashable, CustomStringConvertible {
    case edifact(messageType: String, version: String, association: String)
    case xml(namespace: String?, root: String)
    case outbound(documentType: String, partner: String)

    public var description: String {
        switch self {
        case let .edifact(type, version, association):
            "edifact \(type) \(version)" + (association.isEmpty ? "" : " (\(association))")
        case let .xml(namespace, root):
            "xml " + (namespace.map { "{\($0)}" } ?? "") + root
        case let .outbound(documentType, partner):
            "outbound \(documentType)" + (partner.isEmpty ? "" : " to \(partner)")
        }
    }
}

extension MappingManifest {
    /// The selectors this mapping claims (one per EDIFACT version).
    public var selectors: [MappingSelector] {
        switch direction {
        case .outbound:
            return [.outbound(documentType: source.documentType ?? source.root ?? "", partner: partner ?? "")]
        case .inbound:
            switch source.format {
            case .edifact:
                return (source.versions ?? []).map {
                    .edifact(messageType: source.messageType ?? "", version: $0, association: source.association ?? "")
                }
            case .xml:
                return [.xml(namespace: source.namespace, root: source.root ?? "")]
            }
        }
    }
}
