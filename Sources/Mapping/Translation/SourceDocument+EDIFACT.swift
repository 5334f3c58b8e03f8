import Diagnostics
import EDIFACT
import XMLSupport

extension SourceDocument {
    /// EDIFACT input: parsed by the EDIFACT module, selected by its first message (type,
    /// version+release, association), and rendered as XML for the stylesheet (INTERFACES.md
    /// section 3).
    ///
    /// Envelope and syntax findings (a wrong UNT count, a 6-digit date in syntax 4) do not stop a
    /// translation: judging an interchange is the validation stage's job (`unipass validate`, the
    /// gateway's validator answers with a CONTRL before anything is translated). They travel as
    /// warnings in the result. Only an input that yields no message is refused.
    static func readEDIFACT(_ bytes: [UInt8], sourceName: String?, parseOptions: XMLParseOptions) throws(MappingError) -> SourceDocument {
        let name = sourceName ?? "input"
        let parsed = InterchangeParser().parse(bytes)
        guard let interchange = parsed.interchange, let message = interchange.allMessages.first else {
            let first = parsed.diagnostics.errors.first.map { ": \($0.location.description): \($0.message)" } ?? ""
            throw MappingError(.invalidInput, "\(name) holds no readable EDIFACT message\(first)", diagnostics: parsed.diagnostics)
        }
        let info = interchange.info
        let key = DocumentKey.edifact(
            messageType: message.messageType,
            version: message.directory,
            association: message.associationCode.isEmpty ? nil : message.associationCode
        )
        let rendering = try InterchangeRendering.xml(of: interchange, sourceName: name)
        let document: XMLDocument
        do {
            document = try XMLDocument(parsing: rendering, options: parseOptions, sourceName: "\(name) (XML rendering)")
        } catch {
            throw MappingError(.invalidInput, "the XML rendering of \(name) is not well-formed: \(error.reason)", diagnostics: error.diagnostics)
        }
        return SourceDocument(
            format: .edifact, document: document, key: key,
            sender: info.sender, receiver: info.recipient, reference: info.controlReference,
            findings: DiagnosticList(parsed.diagnostics.map { finding in
                var warning = finding
                warning.severity = min(finding.severity, .warning)
                return warning
            })
        )
    }
}
