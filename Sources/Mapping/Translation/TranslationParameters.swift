/// The string parameters every stylesheet receives (INTERFACES.md section 4).
public struct TranslationParameters: Sendable, Hashable {
    /// The gateway's id for the message.
    public var messageId: String
    /// When the gateway received it, ISO 8601 UTC.
    public var receivedAt: String
    /// The sender's interchange id (EDIFACT UNB sender), empty when unknown.
    public var sender: String
    /// The recipient's interchange id (EDIFACT UNB recipient), empty when unknown.
    public var receiver: String
    /// The partner country (ISO 3166 alpha-2), empty when unknown.
    public var partnerCountry: String
    /// The sender's reference for the document (EDIFACT: UNB control reference), empty when unknown.
    public var sourceReference: String

    public init(messageId: String, receivedAt: String, sender: String = "", receiver: String = "", partnerCountry: String = "", sourceReference: String = "") {
        self.messageId = messageId
        self.receivedAt = receivedAt
        self.sender = sender
        self.receiver = receiver
        self.partnerCountry = partnerCountry
        self.sourceReference = sourceReference
    }

    /// The fixed values for test vectors and `unipass translate` without a gateway, so outputs
    /// compare byte for byte: `messageId=TEST-0001`, `receivedAt=2026-01-01T00:00:00Z`; the
    /// others are filled from the document where it says them.
    public static let test = TranslationParameters(messageId: "TEST-0001", receivedAt: "2026-01-01T00:00:00Z")

    /// The parameters as libxslt receives them.
    var dictionary: [String: String] {
        [
            "messageId": messageId, "receivedAt": receivedAt, "sender": sender, "receiver": receiver,
            "partnerCountry": partnerCountry, "sourceReference": sourceReference,
        ]
    }
}
