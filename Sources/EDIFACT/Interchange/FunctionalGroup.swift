/// A functional group: UNG, its messages, UNE.
public struct FunctionalGroup: Sendable, Hashable {
    /// The UNG segment.
    public var header: Segment
    /// The messages, in order.
    public var messages: [Message]
    /// The UNE segment, nil when the input lacked it.
    public var trailer: Segment?

    public init(header: Segment, messages: [Message] = [], trailer: Segment? = nil) {
        self.header = header
        self.messages = messages
        self.trailer = trailer
    }

    /// Group reference number (UNG 0048, element 5).
    public var reference: String { header[element: 5] ?? "" }
    /// Message group identification (UNG 0038, element 1).
    public var messageGroupIdentification: String { header[element: 1] ?? "" }
}
