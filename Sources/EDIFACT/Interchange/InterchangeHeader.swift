/// The fields of UNB a gateway and a CONTRL need, read from the segment.
public struct InterchangeHeader: Sendable, Hashable, Codable {
    /// Syntax identifier (S001 0001), e.g. `UNOA`.
    public var syntaxIdentifier: String
    /// Syntax version (S001 0002), 0 when unreadable.
    public var syntaxVersion: Int
    /// Sender identification (S002 0004) and its qualifier (0007).
    public var sender: String
    public var senderQualifier: String
    /// Recipient identification (S003 0010) and its qualifier (0007).
    public var recipient: String
    public var recipientQualifier: String
    /// Date (S004 0017) and time (0019) of preparation, as written.
    public var date: String
    public var time: String
    /// Interchange control reference (0020).
    public var controlReference: String
    /// Application reference (0026).
    public var applicationReference: String
    /// True when the test indicator (0035) is `1`.
    public var isTest: Bool

    /// Reads a UNB segment (missing fields are empty).
    public init(_ unb: Segment) {
        syntaxIdentifier = unb[element: 1, component: 1] ?? ""
        syntaxVersion = Int(unb[element: 1, component: 2] ?? "") ?? 0
        sender = unb[element: 2, component: 1] ?? ""
        senderQualifier = unb[element: 2, component: 2] ?? ""
        recipient = unb[element: 3, component: 1] ?? ""
        recipientQualifier = unb[element: 3, component: 2] ?? ""
        date = unb[element: 4, component: 1] ?? ""
        time = unb[element: 4, component: 2] ?? ""
        controlReference = unb[element: 5] ?? ""
        applicationReference = unb[element: 7] ?? ""
        isTest = unb[element: 11] == "1"
    }

    /// The repertoire named by the syntax identifier, nil when unknown.
    public var repertoire: CharacterRepertoire? { CharacterRepertoire(rawValue: syntaxIdentifier) }
}
