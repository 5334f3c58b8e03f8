public import Diagnostics

/// Builds the CONTRL interchange (ISO 9735 syntax and service report, syntax 3 or 4) that
/// answers a received interchange, from the envelope summary and the findings.
///
/// - UCI says 7 (acknowledged) when there is no error, 4 (rejected) when there is one
///   (with `acceptsPartially`, 7 as long as the errors are below the interchange level), or
///   8 (received) for a plain receipt.
/// - Each error is reported once, at the lowest level that can carry it: UCI (UNA/UNB/UNZ
///   and the interchange as a whole), UCF (UNG/UNE, when groups are used), UCM (the message
///   as a whole, e.g. a missing UNT), UCS (a segment of the message by its position, UNH = 1,
///   UNT included) and UCD (a data element and component in it). UCI, UCF and UCM hold one
///   code each: further errors at those levels are left out (the validation report lists
///   them all).
/// - A rejected message whose UNH S009 lacks its type, version, release or agency cannot be
///   named by a UCM (S009 is mandatory there too): its first error is reported one level up
///   (UCF, or UCI without groups), tagged UNH, so the CONTRL itself stays valid.
/// - The CONTRL's UNB swaps sender and recipient of the received UNB; its date/time come
///   from `clock` and its control reference from `nextReference`, both injectable.
///
/// Value type, `Sendable`; the injected closures must be thread-safe.
public struct ContrlBuilder: Sendable {
    /// Syntax version of the CONTRL (3 or 4); nil answers in 4 when the interchange used 4,
    /// in 3 otherwise.
    public var syntaxVersion: Int?
    /// Answer with UCI action 8 (interchange received) and no detail.
    public var isReceipt: Bool
    /// Accept the interchange (UCI 7) when only groups or messages are rejected.
    public var acceptsPartially: Bool
    /// The clock for UNB S004.
    public var clock: @Sendable () -> PreparationTime
    /// The generator of CONTRL interchange control references (UNB/UNZ 0020, at most 14
    /// characters).
    public var nextReference: @Sendable () -> String

    public init(
        syntaxVersion: Int? = nil, isReceipt: Bool = false, acceptsPartially: Bool = false,
        clock: @escaping @Sendable () -> PreparationTime = PreparationTime.now,
        nextReference: @escaping @Sendable () -> String = ContrlBuilder.timeBasedReference
    ) {
        self.syntaxVersion = syntaxVersion
        self.isReceipt = isReceipt
        self.acceptsPartially = acceptsPartially
        self.clock = clock
        self.nextReference = nextReference
    }

    /// The default reference: UTC `YYMMDDHHMM` plus four random digits.
    public static let timeBasedReference: @Sendable () -> String = {
        let now = PreparationTime.now()
        return now.date(syntaxVersion: 3) + now.timeOfDay + PreparationTime.pad(Int.random(in: 0..<10_000), 4)
    }

    /// UCI/UCF/UCM action codes (0083) used here.
    public enum Action: String, Sendable {
        case rejected = "4"
        case accepted = "7"
        case received = "8"
    }

    /// The CONTRL interchange answering `summary` with `diagnostics` (errors only are used).
    /// Throws `EDIFACTError(.noInterchange)` when the input had no UNB to answer.
    public func build(answering summary: InterchangeSummary, diagnostics: DiagnosticList) throws -> Interchange {
        guard let received = summary.header else {
            throw EDIFACTError(.noInterchange, "the input has no interchange header (UNB) to answer")
        }
        let version = syntaxVersion ?? (received.syntaxVersion >= 4 ? 4 : 3)
        var report = ContrlReport(diagnostics: diagnostics)
        let unidentifiable = summary.rejectedMessages.filter { !ContrlReport.canIdentify($0) }
        for message in unidentifiable { report.escalate(message) }
        let identifiable = summary.rejectedMessages.filter(ContrlReport.canIdentify)
        let hasErrors = diagnostics.hasErrors
        let interchangeAction: Action
        if isReceipt {
            interchangeAction = .received
        } else if hasErrors && (!acceptsPartially || report.interchangeError != nil) {
            interchangeAction = .rejected
        } else {
            interchangeAction = .accepted
        }

        var segments: [Segment] = [
            Segment("UNH", ["1", DataElement(version >= 4 ? ["CONTRL", "4", "1", "UN"] : ["CONTRL", "D", "3", "UN"])]),
            Segment("UCI", [
                DataElement([received.controlReference]),
                DataElement(Self.party(received.sender, received.senderQualifier)),
                DataElement(Self.party(received.recipient, received.recipientQualifier)),
                DataElement([interchangeAction.rawValue]),
            ] + (isReceipt ? [] : Self.detail(report.interchangeError))),
        ]
        if !isReceipt {
            if summary.groups.isEmpty {
                for message in identifiable {
                    segments += report.messageSegments(message)
                }
            } else {
                for group in summary.groups {
                    let groupAction: Action = interchangeAction == .rejected || group.hasErrors ? .rejected : .accepted
                    segments.append(Segment("UCF", [
                        DataElement([group.reference]),
                        DataElement(Self.party(group.sender, group.senderQualifier)),
                        DataElement(Self.party(group.recipient, group.recipientQualifier)),
                        DataElement([groupAction.rawValue]),
                    ] + Self.detail(report.groupErrors[group.reference])))
                    for message in identifiable where message.groupReference == group.reference {
                        segments += report.messageSegments(message)
                    }
                }
            }
        }
        segments.append(Segment("UNT"))
        let contrl = Message(segments: segments)

        let now = clock()
        let repertoire = received.repertoire ?? .unob
        var header = Segment("UNB", [
            DataElement([repertoire.rawValue, String(version)]),
            DataElement(Self.party(received.recipient, received.recipientQualifier)),
            DataElement(Self.party(received.sender, received.senderQualifier)),
            DataElement([now.date(syntaxVersion: version), now.timeOfDay]),
            DataElement([nextReference()]),
        ])
        if received.isTest {
            header.elements += [DataElement([""]), DataElement([""]), DataElement([""]), DataElement([""]), DataElement([""]), "1"]
        }
        return Interchange(
            separators: Separators.defaults(syntaxVersion: version), hasServiceStringAdvice: true,
            header: header, messages: [contrl])
    }

    /// The CONTRL as bytes, with UNA, in the received repertoire (UNOB when it was unknown).
    public func serialize(answering summary: InterchangeSummary, diagnostics: DiagnosticList, lineBreaks: Bool = false) throws -> [UInt8] {
        let contrl = try build(answering: summary, diagnostics: diagnostics)
        let serializer = InterchangeSerializer(
            separators: contrl.separators, repertoire: CharacterRepertoire(rawValue: contrl.info.syntaxIdentifier),
            writesServiceStringAdvice: true, lineBreakAfterSegment: lineBreaks)
        return try serializer.serialize(contrl)
    }

    static func party(_ id: String, _ qualifier: String) -> [String] {
        qualifier.isEmpty ? [id] : [id, qualifier]
    }

    /// 0085, 0135, S011 for UCI/UCF/UCM.
    static func detail(_ error: ContrlReport.Detail?) -> [DataElement] {
        guard let error else { return [] }
        var elements: [DataElement] = [DataElement([error.code])]
        if error.tag != nil || error.element != nil { elements.append(DataElement([error.tag ?? ""])) }
        if let element = error.element {
            elements.append(DataElement(error.component.map { [String(element), String($0)] } ?? [String(element)]))
        }
        return elements
    }
}
