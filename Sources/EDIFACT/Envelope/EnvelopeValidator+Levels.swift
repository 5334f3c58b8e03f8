import Diagnostics

extension EnvelopeValidator {
    static let tagUNB: UInt32 = 0x554E42
    static let tagUNG: UInt32 = 0x554E47
    static let tagUNH: UInt32 = 0x554E48
    static let tagUNT: UInt32 = 0x554E54
    static let tagUNE: UInt32 = 0x554E45
    static let tagUNZ: UInt32 = 0x554E5A

    /// What the tokenizer must switch to after a UNB.
    struct Adoption {
        var repertoire: CharacterRepertoire?
        var syntaxVersion: Int
    }

    /// Takes one segment. Returns the repertoire and version to adopt when it was a UNB.
    @inline(__always)
    mutating func consume(
        _ raw: RawSegment, separators: Separators, hasServiceStringAdvice: Bool, emit: (InterchangeEvent) -> Void
    ) -> Adoption? {
        summary.segmentCount += 1
        switch raw.tagCode {
        case Self.tagUNB:
            return beginInterchange(raw, separators: separators, hasServiceStringAdvice: hasServiceStringAdvice, emit: emit)
        case Self.tagUNG: beginGroup(raw, emit: emit)
        case Self.tagUNH: beginMessage(raw, emit: emit)
        case Self.tagUNT: endMessage(raw, emit: emit)
        case Self.tagUNE: endGroup(raw, emit: emit)
        case Self.tagUNZ: endInterchange(raw, emit: emit)
        default: userSegment(raw)
        }
        return nil
    }

    mutating func userSegment(_ raw: RawSegment) {
        guard inMessage else {
            checkToken(raw)
            if !strayReported {
                strayReported = true
                if !sawInterchange {
                    report(.missing, "no interchange header: expected 'UNB' (or 'UNA') before segment '\(raw.tag)'", raw)
                } else {
                    report(.invalidOccurrenceOutside, "segment '\(raw.tag)' outside a message: expected 'UNH' or a trailer", raw)
                }
            }
            return
        }
        messageSegmentCount += 1
        checkToken(raw)
        structure.accept(raw, index: messageSegmentCount, repertoire: repertoire)
        if materializesMessages {
            message?.segments.append(raw.materialize(repertoire: repertoire, index: messageSegmentCount))
        }
    }

    mutating func beginMessage(_ raw: RawSegment, emit: (InterchangeEvent) -> Void) {
        if sawInterchange { strayReported = false }
        guard inInterchange else {
            checkToken(raw)
            reportOutside(raw, "'UNH' outside an interchange: expected 'UNB' before it")
            return
        }
        if inMessage {
            reportMissingTrailer("UNT", "message '\(message?.identification.reference ?? "")' has no 'UNT' before the next 'UNH'", raw)
            closeMessage(emit: emit)
        }
        if group == nil {
            interchangeLoneMessages += 1
            if interchangeGroups > 0 { reportMixing(raw) }
        }
        summary.messageCount += 1
        let identification = InterchangeSummary.MessageSummary(
            reference: raw.value(element: 1, repertoire: repertoire) ?? "",
            messageType: raw.value(element: 2, component: 1, repertoire: repertoire) ?? "",
            version: raw.value(element: 2, component: 2, repertoire: repertoire) ?? "",
            release: raw.value(element: 2, component: 3, repertoire: repertoire) ?? "",
            agency: raw.value(element: 2, component: 4, repertoire: repertoire) ?? "",
            associationCode: raw.value(element: 2, component: 5, repertoire: repertoire) ?? "",
            groupReference: group?.reference)
        if !identification.messageType.isEmpty && !summary.messageTypes.contains(identification.messageType) {
            summary.messageTypes.append(identification.messageType)
        }
        message = OpenMessage(identification: identification, errorMark: errorTally)
        inMessage = true
        messageSegmentCount = 1
        checkToken(raw)
        requireValues(raw, Self.requiredInUNH)
        checkConstituents(raw, maximumElements: syntaxVersion >= 4 ? 7 : 4)
        if var open = group {
            open.messageCount += 1
            open.messageTypes.insert(identification.messageType)
            if open.messageTypes.count == 2 && syntaxVersion < 4 {
                report(SyntaxErrorCode(rawValue: "31"), "functional group '\(open.reference)' holds more than one message type ('\(identification.messageType)' after \(open.messageTypes.subtracting([identification.messageType]).sorted()))", raw, element: 2, component: 1)
            }
            group = open
        }
        if structure.isEnabled {
            structure.begin(reference: identification.reference, type: identification.messageType, version: identification.version,
                            release: identification.release, agency: identification.agency, line: raw.token.line, column: raw.token.column)
            structure.accept(raw, index: 1, repertoire: repertoire)
        }
        if materializesMessages {
            message?.segments = [raw.materialize(repertoire: repertoire, index: 1)]
        }
    }

    mutating func endMessage(_ raw: RawSegment, emit: (InterchangeEvent) -> Void) {
        guard let open = message else {
            checkToken(raw)
            reportOutside(raw, "'UNT' without a 'UNH' before it")
            return
        }
        messageSegmentCount += 1
        let count = messageSegmentCount
        checkToken(raw)
        structure.accept(raw, index: count, repertoire: repertoire)
        if materializesMessages {
            message?.segments.append(raw.materialize(repertoire: repertoire, index: count))
        }
        if let written = raw.value(element: 1) {
            if Int(written) != count {
                report(.controlCountMismatch, "'UNT' segment count is '\(written)', the message has \(count) segments (UNH and UNT included)", raw, element: 1)
            }
        } else {
            report(.missing, "'UNT' lacks the number of segments (0074)", raw, element: 1)
        }
        if let reference = raw.value(element: 2, repertoire: repertoire) {
            if reference != open.identification.reference {
                report(.referencesDoNotMatch, "'UNT' reference '\(reference)' does not match 'UNH' reference '\(open.identification.reference)'", raw, element: 2)
            }
        } else {
            report(.missing, "'UNT' lacks the message reference number (0062)", raw, element: 2)
        }
        checkConstituents(raw, maximumElements: 2)
        closeMessage(emit: emit)
    }

    /// Ends the open message, runs the message check, remembers it when rejected.
    mutating func closeMessage(emit: (InterchangeEvent) -> Void) {
        guard let open = message else { return }
        if structure.isEnabled, case let outcome = structure.finish(), header != nil {
            absorb(placed(outcome.findings.items, in: open))
            // Findings beyond the per-message cap: not listed, but the errors still count.
            errorTally += outcome.droppedErrors
            droppedDiagnostics += outcome.droppedErrors + outcome.droppedOthers
        }
        if materializesMessages {
            let built = Message(segments: open.segments, groupReference: open.identification.groupReference)
            if let messageCheck, let header {
                absorb(placed(messageCheck(built, header), in: open))
            }
            emit(.message(built))
        }
        if errorTally > open.errorMark {
            summary.rejectedMessages.append(open.identification)
        }
        message = nil
        inMessage = false
    }

    /// Findings of a message check with the interchange, group and message references filled
    /// in where the check left them out.
    func placed(_ findings: [Diagnostic], in open: OpenMessage) -> [Diagnostic] {
        findings.map { finding in
            var finding = finding
            if finding.location.interchangeReference == nil { finding.location.interchangeReference = interchangeReference }
            if finding.location.groupReference == nil { finding.location.groupReference = open.identification.groupReference }
            if finding.location.messageReference == nil { finding.location.messageReference = open.identification.reference }
            return finding
        }
    }

    static let requiredInUNH: [(element: Int, component: Int, name: String)] = [
        (1, 1, "message reference number (0062)"), (2, 1, "message type (0065)"), (2, 2, "message version number (0052)"),
        (2, 3, "message release number (0054)"), (2, 4, "controlling agency (0051)"),
    ]

    /// A service segment where it cannot be: code 33, or 13 once when no UNB was ever seen.
    mutating func reportOutside(_ raw: RawSegment, _ text: String) {
        if sawInterchange {
            report(.invalidOccurrenceOutside, text, raw)
        } else if !strayReported {
            strayReported = true
            report(.missing, "no interchange header: expected 'UNB' (or 'UNA') before segment '\(raw.tag)'", raw)
        }
    }

    mutating func reportMixing(_ raw: RawSegment) {
        guard !reportedMixing else { return }
        reportedMixing = true
        report(.groupsAndMessagesMixed, "functional groups and lone messages are mixed in interchange '\(interchangeReference)'", raw)
    }
}
