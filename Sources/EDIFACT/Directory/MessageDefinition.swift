/// The structure of one message type in one directory release: its segment table as a tree
/// of segment positions and segment groups, with status (M/C) and maximum repetitions.
///
/// Value type, `Sendable`. `segments` holds the definition of every tag the table uses, so a
/// message definition is self-contained; `codeLists` the code lists of its coded elements.
public struct MessageDefinition: Sendable {
    /// One entry of a segment table.
    public indirect enum Node: Sendable, Hashable {
        /// A segment position.
        case segment(SegmentEntry)
        /// A segment group.
        case group(GroupEntry)

        /// The tag that starts this node: the segment's tag, or a group's first segment's tag.
        public var triggerTag: String {
            switch self {
            case .segment(let entry): entry.tag
            case .group(let group): group.children.first?.triggerTag ?? ""
            }
        }

        /// True for status M.
        public var isMandatory: Bool {
            switch self {
            case .segment(let entry): entry.isMandatory
            case .group(let group): group.isMandatory
            }
        }

        /// Maximum repetitions.
        public var maxRepetitions: Int {
            switch self {
            case .segment(let entry): entry.maxRepetitions
            case .group(let group): group.maxRepetitions
            }
        }
    }

    /// A segment position in a segment table (`0020 BGM M 1`).
    public struct SegmentEntry: Sendable, Hashable {
        /// The table's position label, e.g. `0020`.
        public var position: String
        public var tag: String
        public var isMandatory: Bool
        public var maxRepetitions: Int

        public init(position: String, tag: String, isMandatory: Bool, maxRepetitions: Int) {
            self.position = position
            self.tag = tag
            self.isMandatory = isMandatory
            self.maxRepetitions = maxRepetitions
        }
    }

    /// A segment group (`SG4`): its number and its entries; the first entry is its trigger segment.
    public struct GroupEntry: Sendable, Hashable {
        public var position: String
        /// The directory's group number (`4` for `SG4`).
        public var number: Int
        public var isMandatory: Bool
        public var maxRepetitions: Int
        public var children: [Node]

        public init(position: String, number: Int, isMandatory: Bool, maxRepetitions: Int, children: [Node]) {
            self.position = position
            self.number = number
            self.isMandatory = isMandatory
            self.maxRepetitions = maxRepetitions
            self.children = children
        }
    }

    /// Message type, e.g. `CUSCAR`.
    public var type: String
    /// Message version number (0052), e.g. `D`.
    public var version: String
    /// Message release number (0054), e.g. `96B`.
    public var release: String
    /// Controlling agency (0051), e.g. `UN`.
    public var agency: String
    /// The message's name, e.g. `Customs cargo report message`.
    public var name: String
    /// The segment table, from UNH to UNT.
    public var structure: [Node]
    /// Definitions of the segments the table uses, by tag.
    public var segments: [String: SegmentDefinition]
    /// Code lists of the coded elements the message uses, by element number.
    public var codeLists: [String: CodeList]

    public init(
        type: String, version: String, release: String, agency: String, name: String,
        structure: [Node], segments: [String: SegmentDefinition], codeLists: [String: CodeList]
    ) {
        self.type = type
        self.version = version
        self.release = release
        self.agency = agency
        self.name = name
        self.structure = structure
        self.segments = segments
        self.codeLists = codeLists
    }

    /// The directory name as used in file names and the XML rendering: `D96B`.
    public var directoryName: String { version + release }
}
