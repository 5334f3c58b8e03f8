/// One interchange: UNA (if present), UNB, functional groups or lone messages, UNZ.
///
/// Materialized (every segment decoded); for large inputs use `InterchangeReader`, which
/// hands out one message at a time instead.
public struct Interchange: Sendable, Hashable {
    /// The separators in force.
    public var separators: Separators
    /// True when the input had a service string advice (UNA).
    public var hasServiceStringAdvice: Bool
    /// The UNB segment.
    public var header: Segment
    /// Functional groups (when the interchange uses them).
    public var groups: [FunctionalGroup]
    /// Messages outside groups (when it does not).
    public var messages: [Message]
    /// The UNZ segment, nil when the input lacked it.
    public var trailer: Segment?

    public init(
        separators: Separators = .default, hasServiceStringAdvice: Bool = false, header: Segment,
        groups: [FunctionalGroup] = [], messages: [Message] = [], trailer: Segment? = nil
    ) {
        self.separators = separators
        self.hasServiceStringAdvice = hasServiceStringAdvice
        self.header = header
        self.groups = groups
        self.messages = messages
        self.trailer = trailer
    }

    /// The UNB identification in typed form.
    public var info: InterchangeHeader { InterchangeHeader(header) }

    /// Every message, in input order, whether in groups or not.
    public var allMessages: [Message] {
        groups.isEmpty ? messages : groups.flatMap(\.messages) + messages
    }
}
