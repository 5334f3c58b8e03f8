/// A mapping folder's `manifest.yaml` (INTERFACES.md section 4): what the mapping takes, what it
/// produces, and its stylesheet.
///
/// Plain data, `Sendable`. Load and check one with ``MappingManifest/load(from:)``.
public struct MappingManifest: Sendable, Hashable, Codable {
    /// Inbound mappings turn partner formats into the canonical model; outbound ones the reverse.
    public enum Direction: String, Sendable, Hashable, Codable {
        case inbound
        case outbound
    }

    /// A document format.
    public enum Format: String, Sendable, Hashable, Codable {
        case edifact
        case xml
    }

    /// What the mapping reads.
    public struct Source: Sendable, Hashable, Codable {
        /// `edifact` or `xml`.
        public var format: Format
        /// EDIFACT: the message type (UNH 0065), e.g. `CUSCAR`.
        public var messageType: String?
        /// EDIFACT: version + release as in UNH, e.g. `D96B`.
        public var versions: [String]?
        /// EDIFACT: the association assigned code (UNH 0057), e.g. `IATA`.
        public var association: String?
        /// XML: the root element's namespace (absent for no namespace).
        public var namespace: String?
        /// XML: the root element's local name.
        public var root: String?
        /// Outbound: the canonical document type read (e.g. `CertificateOfOrigin`).
        public var documentType: String?

        public init(format: Format, messageType: String? = nil, versions: [String]? = nil, association: String? = nil,
                    namespace: String? = nil, root: String? = nil, documentType: String? = nil) {
            self.format = format
            self.messageType = messageType
            self.versions = versions
            self.association = association
            self.namespace = namespace
            self.root = root
            self.documentType = documentType
        }
    }

    /// What the mapping writes.
    public struct Target: Sendable, Hashable, Codable {
        /// `xml` or `edifact`.
        public var format: Format
        /// The canonical document type (inbound) or the partner format's name (outbound).
        public var documentType: String?
        /// The schema the output is validated against: a path relative to the mapping folder, or
        /// the file name of an entry in the configured schema sets.
        public var schema: String?
        /// EDIFACT output: the message type written.
        public var messageType: String?
        /// EDIFACT output: version + release written.
        public var version: String?

        public init(format: Format, documentType: String? = nil, schema: String? = nil, messageType: String? = nil, version: String? = nil) {
            self.format = format
            self.documentType = documentType
            self.schema = schema
            self.messageType = messageType
            self.version = version
        }
    }

    /// Unique id, e.g. `cuscar-d96b-to-canonical`.
    public var id: String
    /// One line for `unipass mappings list`.
    public var description: String?
    public var direction: Direction
    public var source: Source
    public var target: Target
    /// ISO 3166 alpha-2 country of the partner (outbound mappings; optional inbound).
    public var partner: String?
    /// The stylesheet, relative to the folder.
    public var stylesheet: String

    public init(id: String, description: String? = nil, direction: Direction, source: Source, target: Target, partner: String? = nil, stylesheet: String) {
        self.id = id
        self.description = description
        self.direction = direction
        self.source = source
        self.target = target
        self.partner = partner
        self.stylesheet = stylesheet
    }
}
