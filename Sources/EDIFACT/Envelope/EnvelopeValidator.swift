public import Diagnostics

/// The ISO 9735 envelope rules as a state machine over raw segments: UNB/UNZ, UNG/UNE and
/// UNH/UNT nesting, counts and references, mixing of groups and lone messages, empty levels,
/// mandatory service elements, the character repertoire, and the gateway's own checks
/// (`EnvelopeOptions`). Each finding carries its 0085 code and full position.
///
/// Internal engine of `InterchangeReader`; one per stream, not thread-safe.
struct EnvelopeValidator {
    let options: EnvelopeOptions
    /// Build `Message` values (needed for structure checks and the parser).
    let materializesMessages: Bool
    let messageCheck: MessageCheck?
    /// The directory structure validation run on each message as its segments arrive (no
    /// `Message` is built for it); disabled when the reader has no structure validator.
    var structure: MessageStructureCheck

    var summary = InterchangeSummary()
    var diagnostics = DiagnosticList()
    var droppedDiagnostics = 0

    // Interchange state.
    var inInterchange = false
    var sawInterchange = false
    var interchangeReference = ""
    var header: InterchangeHeader?
    var repertoire: CharacterRepertoire = .unob
    var checksRepertoire = false
    var syntaxVersion = 3
    var interchangeGroups = 0
    var interchangeLoneMessages = 0
    var reportedMixing = false
    var strayReported = false

    // Group state.
    var group: OpenGroup?
    // Message state; the count lives outside the optional so the hot path touches no
    // reference-counted field.
    var message: OpenMessage?
    var inMessage = false
    var messageSegmentCount = 0

    struct OpenGroup {
        var reference: String
        var messageCount = 0
        var messageTypes: Set<String> = []
        var summaryIndex: Int
        var errorMark: Int
    }

    struct OpenMessage {
        var identification: InterchangeSummary.MessageSummary
        var segments: [Segment] = []
        var errorMark: Int
    }

    init(options: EnvelopeOptions, materializesMessages: Bool, messageCheck: MessageCheck?, structure: MessageStructureValidator? = nil) {
        self.options = options
        self.materializesMessages = materializesMessages || messageCheck != nil
        self.messageCheck = messageCheck
        self.structure = MessageStructureCheck(structure, maximumFindings: options.maximumDiagnostics)
    }

    /// True when segments must come with all their separator boundaries recorded.
    var needsAllBoundaries: Bool { materializesMessages || structure.isEnabled }

    /// Number of errors so far (for "did this level get an error" marks).
    var errorTally = 0

    // MARK: Reporting

    /// Where a raw segment is, in the current context.
    func location(of raw: RawSegment, element: Int? = nil, component: Int? = nil, offset: Int? = nil) -> SourceLocation {
        var location = SourceLocation(
            line: raw.token.line, column: raw.token.column, byteOffset: raw.token.byteOffset,
            interchangeReference: inInterchange ? interchangeReference : nil,
            groupReference: group?.reference, messageReference: message?.identification.reference,
            segment: inMessage ? messageSegmentCount : nil, tag: raw.tag, element: element, component: component)
        if let offset {
            var line = raw.token.line
            var column = raw.token.column
            for index in 0..<min(offset, raw.bytes.count) {
                if raw.bytes[index] == 0x0A {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            location.line = line
            location.column = column
            location.byteOffset = raw.token.byteOffset + offset
        }
        return location
    }

    mutating func report(_ code: SyntaxErrorCode, _ text: String, at location: SourceLocation, severity: Diagnostic.Severity = .error) {
        if severity == .error { errorTally += 1 }
        guard diagnostics.count < options.maximumDiagnostics else {
            droppedDiagnostics += 1
            return
        }
        diagnostics.append(Diagnostic(severity, code: code.rawValue, message: text, location: location))
    }

    mutating func report(_ code: SyntaxErrorCode, _ text: String, _ raw: RawSegment, element: Int? = nil, component: Int? = nil, severity: Diagnostic.Severity = .error) {
        report(code, text, at: location(of: raw, element: element, component: component), severity: severity)
    }

    /// Adds findings from elsewhere (tokenizer, structure check), counting errors.
    mutating func absorb(_ found: [Diagnostic]) {
        for diagnostic in found {
            if diagnostic.severity == .error { errorTally += 1 }
            if diagnostics.count < options.maximumDiagnostics {
                diagnostics.append(diagnostic)
            } else {
                droppedDiagnostics += 1
            }
        }
    }

    /// Element and component (1-based; element 0 is the tag) that hold a byte offset.
    static func elementAndComponent(at offset: Int, in raw: RawSegment) -> (element: Int, component: Int) {
        var element = 0
        var component = 1
        for word in raw.boundaries {
            if Int(word >> 2) >= offset { break }
            switch word & 3 {
            case BoundaryKind.element.rawValue:
                element += 1
                component = 1
            case BoundaryKind.repetition.rawValue:
                component = 1
            default:
                component += 1
            }
        }
        return (element, component)
    }
}

/// A check run on each complete message, e.g. the directory structure validation. It returns
/// its findings (0085 codes); the reader fills in interchange/group/message references.
public typealias MessageCheck = @Sendable (Message, InterchangeHeader) -> [Diagnostic]
