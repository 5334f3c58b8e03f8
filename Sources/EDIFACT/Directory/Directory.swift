/// One directory release as the gateway stores it: the message structures, segment
/// definitions and code lists of a UN/EDIFACT release (`D96B`), or the service directory of
/// a syntax version (`service-4`: UNB, UNG, UNH, UNT, UNE, UNZ and the CONTRL message).
///
/// Value type, `Sendable`. Read from and written to the compact text format described in
/// docs/edifact-directories.md (`Directory(text:)`, `Directory.text`).
public struct Directory: Sendable {
    /// The directory's name, which is also its file name without extension: `D96B`, `service-4`.
    public var name: String
    /// Message version number (0052) of the messages it defines, e.g. `D`.
    public var version: String
    /// Message release number (0054), e.g. `96B`.
    public var release: String
    /// Controlling agency (0051), e.g. `UN`.
    public var agency: String
    /// Free-text lines naming where the definitions came from.
    public var sources: [String]
    /// Message structures by message type, in the order they were written.
    public var messages: [MessageStructure]
    /// Segment definitions by tag.
    public var segments: [String: SegmentDefinition]
    /// Code lists by data element number.
    public var codeLists: [String: CodeList]

    /// A message type's segment table as stored in a directory.
    public struct MessageStructure: Sendable, Hashable {
        public var type: String
        public var name: String
        public var structure: [MessageDefinition.Node]

        public init(type: String, name: String, structure: [MessageDefinition.Node]) {
            self.type = type
            self.name = name
            self.structure = structure
        }
    }

    public init(
        name: String, version: String, release: String, agency: String, sources: [String] = [],
        messages: [MessageStructure] = [], segments: [String: SegmentDefinition] = [:],
        codeLists: [String: CodeList] = [:]
    ) {
        self.name = name
        self.version = version
        self.release = release
        self.agency = agency
        self.sources = sources
        self.messages = messages
        self.segments = segments
        self.codeLists = codeLists
    }

    /// The definition of a message type in this directory, or nil when it has none.
    public func message(_ type: String) -> MessageDefinition? {
        guard let structure = messages.first(where: { $0.type == type }) else { return nil }
        return MessageDefinition(
            type: structure.type, version: version, release: release, agency: agency,
            name: structure.name, structure: structure.structure, segments: segments, codeLists: codeLists
        )
    }

    /// The code list of a data element, when the directory has one.
    public func codeList(for elementID: String) -> CodeList? { codeLists[elementID] }
}
