extension EnvelopeValidator {
    mutating func beginGroup(_ raw: RawSegment, emit: (InterchangeEvent) -> Void) {
        if sawInterchange { strayReported = false }
        guard inInterchange else {
            checkToken(raw)
            reportOutside(raw, "'UNG' outside an interchange: expected 'UNB' before it")
            return
        }
        closeOpenLevels(before: raw, emit: emit)
        if interchangeLoneMessages > 0 { reportMixing(raw) }
        interchangeGroups += 1
        summary.groupCount += 1
        let reference = raw.value(element: 5, repertoire: repertoire) ?? ""
        summary.groups.append(InterchangeSummary.GroupSummary(
            reference: reference,
            sender: raw.value(element: 2, component: 1, repertoire: repertoire) ?? "",
            senderQualifier: raw.value(element: 2, component: 2, repertoire: repertoire) ?? "",
            recipient: raw.value(element: 3, component: 1, repertoire: repertoire) ?? "",
            recipientQualifier: raw.value(element: 3, component: 2, repertoire: repertoire) ?? ""))
        group = OpenGroup(reference: reference, summaryIndex: summary.groups.count - 1, errorMark: errorTally)
        checkToken(raw)
        var required: [(Int, Int, String)] = [(5, 1, "group reference number (0048)")]
        if syntaxVersion < 4 {
            required += [(1, 1, "message group identification (0038)"), (2, 1, "application sender identification (0040)"),
                         (3, 1, "application recipient identification (0044)"), (4, 1, "date of preparation (0017)"),
                         (4, 2, "time of preparation (0019)"), (6, 1, "controlling agency (0051)"),
                         (7, 1, "message version number (0052)"), (7, 2, "message release number (0054)")]
        }
        requireValues(raw, required)
        checkConstituents(raw, maximumElements: 8)
        if raw.range(element: 4) != nil { checkDateTime(raw, element: 4) }
        checkLength(raw, element: 5, maximum: 14, name: "group reference number (0048)")
        emit(.groupStart(raw.materialize(repertoire: repertoire, index: nil)))
    }

    mutating func endGroup(_ raw: RawSegment, emit: (InterchangeEvent) -> Void) {
        closeOpenLevels(before: raw, emit: emit)
        if sawInterchange { strayReported = false }
        guard let open = group else {
            checkToken(raw)
            reportOutside(raw, "'UNE' without a 'UNG' before it")
            return
        }
        checkToken(raw)
        if let written = raw.value(element: 1) {
            if Int(written) != open.messageCount {
                report(.controlCountMismatch, "'UNE' control count is '\(written)', the group has \(open.messageCount) messages", raw, element: 1)
            }
        } else {
            report(.missing, "'UNE' lacks the number of messages (0060)", raw, element: 1)
        }
        if let reference = raw.value(element: 2, repertoire: repertoire) {
            if reference != open.reference {
                report(.referencesDoNotMatch, "'UNE' reference '\(reference)' does not match 'UNG' reference '\(open.reference)'", raw, element: 2)
            }
        } else {
            report(.missing, "'UNE' lacks the group reference number (0048)", raw, element: 2)
        }
        checkConstituents(raw, maximumElements: 2)
        if open.messageCount == 0 {
            report(.lowerLevelEmpty, "functional group '\(open.reference)' holds no message", raw)
        }
        closeGroup(trailer: raw.materialize(repertoire: repertoire, index: nil), emit: emit)
    }

    mutating func closeGroup(trailer: Segment?, emit: (InterchangeEvent) -> Void) {
        guard let open = group else { return }
        summary.groups[open.summaryIndex].messageCount = open.messageCount
        summary.groups[open.summaryIndex].hasErrors = errorTally > open.errorMark
        group = nil
        emit(.groupEnd(trailer))
    }
}
