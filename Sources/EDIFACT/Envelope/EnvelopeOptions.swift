/// The configurable rules of the envelope check: what a particular gateway accepts beyond
/// ISO 9735 itself.
///
/// Value type; the defaults accept any sender and recipient, test interchanges included.
public struct EnvelopeOptions: Sendable, Hashable {
    /// The gateway's own interchange id: a UNB recipient (S003 0010) other than this is
    /// refused with code 7. Nil accepts any recipient.
    public var expectedRecipient: String?
    /// The UNB sender ids (S002 0004) accepted; any other is refused with code 23. Nil
    /// accepts any sender.
    public var allowedSenders: Set<String>?
    /// When false, an interchange with test indicator `1` (UNB 0035) is refused with code 25.
    public var acceptsTestInterchanges: Bool
    /// Syntax 4 requires 8-digit dates (CCYYMMDD); some airlines still send 6 digits. When
    /// true those are accepted with a warning instead of an error (code 40).
    public var acceptsSixDigitDatesInSyntax4: Bool
    /// Syntax 4 forbids trailing separators (code 45). Reported as a warning unless this is
    /// true, because many senders write them.
    public var trailingSeparatorIsError: Bool
    /// Syntax identifiers outside ISO 9735 accepted as one of its repertoires, e.g. IATA
    /// PADIS's `IATA` (level B characters).
    public var syntaxIdentifierAliases: [String: CharacterRepertoire]
    /// Longest segment kept, in bytes; longer ones are cut and reported (code 39).
    public var maximumSegmentLength: Int
    /// Findings kept before the rest are counted only (keeps memory flat on garbage input).
    public var maximumDiagnostics: Int

    public init(
        expectedRecipient: String? = nil,
        allowedSenders: Set<String>? = nil,
        acceptsTestInterchanges: Bool = true,
        acceptsSixDigitDatesInSyntax4: Bool = false,
        trailingSeparatorIsError: Bool = false,
        syntaxIdentifierAliases: [String: CharacterRepertoire] = ["IATA": .unob],
        maximumSegmentLength: Int = 65_536,
        maximumDiagnostics: Int = 1_000
    ) {
        self.expectedRecipient = expectedRecipient
        self.allowedSenders = allowedSenders
        self.acceptsTestInterchanges = acceptsTestInterchanges
        self.acceptsSixDigitDatesInSyntax4 = acceptsSixDigitDatesInSyntax4
        self.trailingSeparatorIsError = trailingSeparatorIsError
        self.syntaxIdentifierAliases = syntaxIdentifierAliases
        self.maximumSegmentLength = maximumSegmentLength
        self.maximumDiagnostics = maximumDiagnostics
    }
}
