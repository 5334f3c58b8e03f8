/// One message: the segments from UNH to UNT, in order, with the identification from UNH.
///
/// `segments[0]` is UNH (segment position 1); the last is UNT when the input had one.
public struct Message: Sendable, Hashable {
    /// Message reference number (UNH 0062).
    public var reference: String
    /// Message type (S009 0065), e.g. `CUSCAR`.
    public var messageType: String
    /// Version (S009 0052), e.g. `D`.
    public var version: String
    /// Release (S009 0054), e.g. `96B`.
    public var release: String
    /// Controlling agency (S009 0051), e.g. `UN`.
    public var agency: String
    /// Association assigned code (S009 0057), e.g. `IATA`; empty when absent.
    public var associationCode: String
    /// All segments, UNH first.
    public var segments: [Segment]
    /// Reference of the functional group that holds it (UNG 0048), nil for a lone message.
    public var groupReference: String?

    public init(
        reference: String, messageType: String, version: String, release: String, agency: String,
        associationCode: String = "", segments: [Segment], groupReference: String? = nil
    ) {
        self.reference = reference
        self.messageType = messageType
        self.version = version
        self.release = release
        self.agency = agency
        self.associationCode = associationCode
        self.segments = segments
        self.groupReference = groupReference
    }

    /// Builds a message from its segments, reading the identification from UNH.
    public init(segments: [Segment], groupReference: String? = nil) {
        let header = segments.first
        self.init(
            reference: header?[element: 1] ?? "",
            messageType: header?[element: 2, component: 1] ?? "",
            version: header?[element: 2, component: 2] ?? "",
            release: header?[element: 2, component: 3] ?? "",
            agency: header?[element: 2, component: 4] ?? "",
            associationCode: header?[element: 2, component: 5] ?? "",
            segments: segments, groupReference: groupReference)
    }

    /// The directory name the message refers to, e.g. `D96B` (version + release).
    public var directory: String { version + release }

    /// The user data segments, without UNH and UNT.
    public var body: ArraySlice<Segment> {
        var slice = segments[...]
        if slice.first?.tag == "UNH" { slice = slice.dropFirst() }
        if slice.last?.tag == "UNT" { slice = slice.dropLast() }
        return slice
    }
}
