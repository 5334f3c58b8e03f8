import Diagnostics

extension EnvelopeValidator {
    mutating func beginInterchange(
        _ raw: RawSegment, separators: Separators, hasServiceStringAdvice: Bool, emit: (InterchangeEvent) -> Void
    ) -> Adoption {
        strayReported = false
        if inInterchange {
            closeOpenLevels(before: raw, emit: emit)
            reportMissingTrailer("UNZ", "interchange '\(interchangeReference)' has no 'UNZ' before the next 'UNB'", raw)
            inInterchange = false
            emit(.interchangeEnd(nil))
        }
        inInterchange = true
        sawInterchange = true
        interchangeGroups = 0
        interchangeLoneMessages = 0
        reportedMixing = false
        summary.interchangeCount += 1
        interchangeReference = raw.value(element: 5) ?? ""

        let identifier = raw.value(element: 1, component: 1) ?? ""
        let versionText = raw.value(element: 1, component: 2) ?? ""
        var adopted: CharacterRepertoire?
        if let known = CharacterRepertoire(rawValue: identifier) ?? options.syntaxIdentifierAliases[identifier] {
            adopted = known
        } else if !identifier.isEmpty {
            report(.syntaxNotSupported, "syntax identifier '\(identifier)' is not supported; expected one of \(CharacterRepertoire.allCases.map(\.rawValue).joined(separator: ", "))", raw, element: 1, component: 1)
        }
        if let version = Int(versionText), (1...4).contains(version) {
            syntaxVersion = version
        } else {
            syntaxVersion = 3
            if !versionText.isEmpty {
                report(.syntaxNotSupported, "syntax version '\(versionText)' is not supported; expected 1, 2, 3 or 4", raw, element: 1, component: 2)
            }
        }
        if let adopted, adopted.requiresSyntax4, syntaxVersion < 4 {
            report(.syntaxNotSupported, "character set \(adopted.rawValue) belongs to syntax version 4, the interchange declares version \(syntaxVersion)", raw, element: 1, component: 1, severity: .warning)
        }
        repertoire = adopted ?? .unoc
        checksRepertoire = adopted != nil

        let segment = raw.materialize(repertoire: repertoire, index: nil)
        let unb = InterchangeHeader(segment)
        header = unb
        if summary.header == nil {
            summary.header = unb
            var effective = separators
            if !hasServiceStringAdvice, syntaxVersion >= 4, effective == .default { effective = .syntax4 }
            summary.separators = effective
            summary.hasServiceStringAdvice = hasServiceStringAdvice
        }
        checkToken(raw)
        if let adopted { checkBytes(raw, against: adopted) }
        requireValues(raw, [(1, 1, "syntax identifier (0001)"), (1, 2, "syntax version number (0002)"),
                            (2, 1, "interchange sender identification (0004)"), (3, 1, "interchange recipient identification (0010)"),
                            (4, 1, "date of preparation (0017)"), (4, 2, "time of preparation (0019)"),
                            (5, 1, "interchange control reference (0020)")])
        checkConstituents(raw, maximumElements: 11)
        checkDateTime(raw, element: 4)
        checkLength(raw, element: 5, maximum: 14, name: "interchange control reference (0020)")
        checkPartners(raw, header: unb)
        checkQualifiers(raw)

        var effective = separators
        if !hasServiceStringAdvice, syntaxVersion >= 4, effective == .default { effective = .syntax4 }
        emit(.interchangeStart(segment, separators: effective, hasServiceStringAdvice: hasServiceStringAdvice))
        return Adoption(repertoire: adopted, syntaxVersion: syntaxVersion)
    }

    /// The gateway's checks on UNB: recipient (7), sender (23), test indicator (25).
    mutating func checkPartners(_ raw: RawSegment, header unb: InterchangeHeader) {
        if let expected = options.expectedRecipient, !unb.recipient.isEmpty, unb.recipient != expected {
            report(.recipientNotActualRecipient, "interchange recipient '\(unb.recipient)' is not this gateway; expected '\(expected)'", raw, element: 3, component: 1)
        }
        if let senders = options.allowedSenders, !unb.sender.isEmpty, !senders.contains(unb.sender) {
            report(.unknownSender, "interchange sender '\(unb.sender)' is unknown; expected one of \(senders.sorted())", raw, element: 2, component: 1)
        }
        if unb.isTest && !options.acceptsTestInterchanges {
            report(.testIndicatorNotSupported, "test interchanges (test indicator 0035 = 1) are not accepted here", raw, element: 11)
        }
    }

    /// Identification code qualifiers (0007 in S002 and S003) outside the service code list
    /// of the syntax version: a warning (code 12), not an error. Partners use qualifiers of
    /// their own (`ZZ`, inherited from ANSI X12, is the usual one) and the gateway accepts
    /// them; the CONTRL must echo them as received, so it carries them too.
    mutating func checkQualifiers(_ raw: RawSegment) {
        for (element, party) in [(2, "sender"), (3, "recipient")] {
            guard let qualifier = raw.value(element: element, component: 2, repertoire: repertoire), !qualifier.isEmpty,
                  let list = (try? DirectoryCatalog.builtIn.serviceDirectory(syntaxVersion: syntaxVersion))?.codeList(for: "0007"),
                  !list.contains(qualifier)
            else { continue }
            report(.invalidValue, "interchange \(party) identification code qualifier '\(qualifier)' is not a code of list 0007 (syntax version \(syntaxVersion)); accepted as the partner's own, and echoed as received in the CONTRL",
                   raw, element: element, component: 2, severity: .warning)
        }
    }

    mutating func endInterchange(_ raw: RawSegment, emit: (InterchangeEvent) -> Void) {
        closeOpenLevels(before: raw, emit: emit)
        if sawInterchange { strayReported = false }
        guard inInterchange else {
            checkToken(raw)
            reportOutside(raw, "'UNZ' without a 'UNB' before it")
            return
        }
        checkToken(raw)
        let expected = interchangeGroups > 0 ? interchangeGroups + interchangeLoneMessages : interchangeLoneMessages
        let what = interchangeGroups > 0 ? "functional groups" : "messages"
        if let written = raw.value(element: 1) {
            if Int(written) != expected {
                report(.controlCountMismatch, "'UNZ' control count is '\(written)', the interchange has \(expected) \(what)", raw, element: 1)
            }
        } else {
            report(.missing, "'UNZ' lacks the interchange control count (0036)", raw, element: 1)
        }
        if let reference = raw.value(element: 2, repertoire: repertoire) {
            if reference != interchangeReference {
                report(.referencesDoNotMatch, "'UNZ' reference '\(reference)' does not match 'UNB' reference '\(interchangeReference)'", raw, element: 2)
            }
        } else {
            report(.missing, "'UNZ' lacks the interchange control reference (0020)", raw, element: 2)
        }
        checkConstituents(raw, maximumElements: 2)
        if interchangeGroups + interchangeLoneMessages == 0 {
            report(.lowerLevelEmpty, "interchange '\(interchangeReference)' holds no message and no functional group", raw)
        }
        let segment = raw.materialize(repertoire: repertoire, index: nil)
        inInterchange = false
        emit(.interchangeEnd(segment))
    }

    /// Closes a message or group left open when a higher-level segment arrives.
    mutating func closeOpenLevels(before raw: RawSegment, emit: (InterchangeEvent) -> Void) {
        if inMessage {
            reportMissingTrailer("UNT", "message '\(message?.identification.reference ?? "")' has no 'UNT' before '\(raw.tag)'", raw)
            closeMessage(emit: emit)
        }
        if group != nil && raw.tagCode != Self.tagUNE {
            reportMissingTrailer("UNE", "functional group '\(group?.reference ?? "")' has no 'UNE' before '\(raw.tag)'", raw)
            closeGroup(trailer: nil, emit: emit)
        }
    }

    /// Reports a missing trailer at the position where it was expected, at the level it closes.
    mutating func reportMissingTrailer(_ trailer: String, _ text: String, _ raw: RawSegment?) {
        var place: SourceLocation
        if let raw {
            place = location(of: raw)
        } else {
            place = SourceLocation(
                interchangeReference: inInterchange ? interchangeReference : nil,
                groupReference: group?.reference, messageReference: message?.identification.reference)
            place.byteOffset = summary.byteCount
        }
        place.segment = nil
        place.tag = trailer
        if trailer != "UNT" { place.messageReference = nil }
        if trailer == "UNZ" { place.groupReference = nil }
        report(.missing, text, at: place)
    }

    /// At the end of input: closes whatever is open and reports an input without UNB.
    mutating func finish(emit: (InterchangeEvent) -> Void) {
        if inMessage {
            reportMissingTrailer("UNT", "the input ended inside message '\(message?.identification.reference ?? "")': 'UNT' is missing", nil)
            closeMessage(emit: emit)
        }
        if group != nil {
            reportMissingTrailer("UNE", "the input ended inside functional group '\(group?.reference ?? "")': 'UNE' is missing", nil)
            closeGroup(trailer: nil, emit: emit)
        }
        if inInterchange {
            reportMissingTrailer("UNZ", "the input ended inside interchange '\(interchangeReference)': 'UNZ' is missing", nil)
            inInterchange = false
            emit(.interchangeEnd(nil))
        }
        if !sawInterchange && !strayReported {
            report(.missing, summary.byteCount == 0 ? "the input is empty: expected an interchange starting with 'UNA' or 'UNB'" : "no interchange header 'UNB' found", at: SourceLocation(line: 1, column: 1, byteOffset: 0, tag: "UNB"))
        }
        if droppedDiagnostics > 0 {
            diagnostics.append(.init(.note, code: SyntaxErrorCode(rawValue: "18").rawValue, message: "\(droppedDiagnostics) further findings were not listed (limit \(options.maximumDiagnostics))", location: SourceLocation()))
        }
    }
}
