import Diagnostics

/// The errors of a validation sorted into the levels of a CONTRL message: interchange,
/// functional group, message, segment, data element. Each error lands in exactly one place.
struct ContrlReport {
    /// One code at one place.
    struct Detail {
        var code: String
        var tag: String?
        var element: Int?
        var component: Int?
    }

    /// A UCS and its UCDs.
    struct SegmentReport {
        var position: Int
        var code: String?
        var elements: [Detail] = []
    }

    struct MessageReport {
        var error: Detail?
        var segments: [SegmentReport] = []
    }

    var interchangeError: Detail?
    var groupErrors: [String: Detail] = [:]
    var messages: [String: MessageReport] = [:]

    init(diagnostics: DiagnosticList) {
        for diagnostic in diagnostics where diagnostic.severity == .error {
            let location = diagnostic.location
            let detail = Detail(
                code: diagnostic.code, tag: location.tag,
                element: location.element.flatMap { $0 > 0 ? $0 : nil },
                component: location.element != nil && location.element! > 0 ? location.component : nil)
            if let reference = location.messageReference {
                let key = Self.key(group: location.groupReference, message: reference)
                var report = messages[key] ?? MessageReport()
                if let position = location.segment {
                    Self.add(detail, at: position, to: &report)
                } else if report.error == nil {
                    report.error = detail
                }
                messages[key] = report
            } else if let group = location.groupReference {
                if groupErrors[group] == nil { groupErrors[group] = detail }
            } else if interchangeError == nil {
                interchangeError = detail
            }
        }
    }

    /// True when UNH S009 names type, version, release and agency: only then can a UCM
    /// identify the message (S009's components are mandatory in UCM as in UNH).
    static func canIdentify(_ message: InterchangeSummary.MessageSummary) -> Bool {
        ![message.messageType, message.version, message.release, message.agency].contains(where: \.isEmpty)
    }

    /// Reports a rejected message that a UCM cannot identify one level up: its first error
    /// becomes the group's (UCF) or the interchange's (UCI) error when that level has none yet,
    /// tagged UNH, so the CONTRL stays valid and the rejection still carries a reason.
    mutating func escalate(_ message: InterchangeSummary.MessageSummary) {
        let report = messages[Self.key(group: message.groupReference, message: message.reference)]
        let first = report?.error ?? report?.segments.first.flatMap { $0.code.map { Detail(code: $0) } ?? $0.elements.first }
        let detail = Detail(code: first?.code ?? SyntaxErrorCode.missing.rawValue, tag: "UNH")
        if let group = message.groupReference {
            if groupErrors[group] == nil { groupErrors[group] = detail }
        } else if interchangeError == nil {
            interchangeError = detail
        }
    }

    static func key(group: String?, message: String) -> String { (group ?? "") + "\u{1F}" + message }

    /// Files a segment-level or element-level error under its UCS (at most 99 UCD each).
    static func add(_ detail: Detail, at position: Int, to report: inout MessageReport) {
        if detail.element == nil {
            if let index = report.segments.firstIndex(where: { $0.position == position && $0.code == nil }) {
                report.segments[index].code = detail.code
            } else {
                report.segments.append(SegmentReport(position: position, code: detail.code))
            }
            return
        }
        if let index = report.segments.lastIndex(where: { $0.position == position && $0.elements.count < 99 }) {
            report.segments[index].elements.append(detail)
        } else {
            report.segments.append(SegmentReport(position: position, code: nil, elements: [detail]))
        }
    }

    /// UCM, then UCS/UCD in segment order, for one rejected message.
    func messageSegments(_ message: InterchangeSummary.MessageSummary) -> [Segment] {
        let report = messages[Self.key(group: message.groupReference, message: message.reference)] ?? MessageReport()
        var identification = [message.messageType, message.version, message.release, message.agency]
        if !message.associationCode.isEmpty { identification.append(message.associationCode) }
        var segments = [Segment("UCM", [
            DataElement([message.reference]), DataElement(identification), DataElement([ContrlBuilder.Action.rejected.rawValue]),
        ] + ContrlBuilder.detail(report.error))]
        let ordered = report.segments.enumerated().sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }.map(\.element)
        for segment in ordered {
            var ucs = Segment("UCS", [DataElement([String(segment.position)])])
            if let code = segment.code { ucs.elements.append(DataElement([code])) }
            segments.append(ucs)
            for element in segment.elements {
                let position = element.component.map { [String(element.element ?? 0), String($0)] } ?? [String(element.element ?? 0)]
                segments.append(Segment("UCD", [DataElement([element.code]), DataElement(position)]))
            }
        }
        return segments
    }
}
