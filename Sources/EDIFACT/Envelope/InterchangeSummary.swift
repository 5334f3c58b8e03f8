/// What the envelope check learned about an input, kept small whatever the input's size:
/// counts, the message types seen, and the identification of what must be answered.
public struct InterchangeSummary: Sendable, Hashable {
    /// UNB of the first interchange, nil when there was none.
    public var header: InterchangeHeader?
    /// Separators of the first interchange.
    public var separators: Separators
    /// True when the input had UNA.
    public var hasServiceStringAdvice: Bool
    /// Interchanges (UNB) read.
    public var interchangeCount = 0
    /// Functional groups (UNG) read.
    public var groupCount = 0
    /// Messages (UNH) read.
    public var messageCount = 0
    /// Segments read, service segments included.
    public var segmentCount = 0
    /// Bytes read.
    public var byteCount = 0
    /// Message types in order of first appearance, e.g. `["CUSCAR"]`.
    public var messageTypes: [String] = []
    /// Every functional group (few per interchange), in order.
    public var groups: [GroupSummary] = []
    /// The messages that had at least one error (CONTRL names them), in order.
    public var rejectedMessages: [MessageSummary] = []

    public init(header: InterchangeHeader? = nil, separators: Separators = .default, hasServiceStringAdvice: Bool = false) {
        self.header = header
        self.separators = separators
        self.hasServiceStringAdvice = hasServiceStringAdvice
    }

    /// Identification of a message for CONTRL (UCM).
    public struct MessageSummary: Sendable, Hashable {
        public var reference: String
        public var messageType: String
        public var version: String
        public var release: String
        public var agency: String
        public var associationCode: String
        public var groupReference: String?

        public init(reference: String, messageType: String, version: String, release: String, agency: String, associationCode: String = "", groupReference: String? = nil) {
            self.reference = reference
            self.messageType = messageType
            self.version = version
            self.release = release
            self.agency = agency
            self.associationCode = associationCode
            self.groupReference = groupReference
        }
    }

    /// Identification of a functional group for CONTRL (UCF).
    public struct GroupSummary: Sendable, Hashable {
        public var reference: String
        public var sender: String
        public var senderQualifier: String
        public var recipient: String
        public var recipientQualifier: String
        public var messageCount: Int
        public var hasErrors: Bool

        public init(reference: String, sender: String = "", senderQualifier: String = "", recipient: String = "", recipientQualifier: String = "", messageCount: Int = 0, hasErrors: Bool = false) {
            self.reference = reference
            self.sender = sender
            self.senderQualifier = senderQualifier
            self.recipient = recipient
            self.recipientQualifier = recipientQualifier
            self.messageCount = messageCount
            self.hasErrors = hasErrors
        }
    }
}
