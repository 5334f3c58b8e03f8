import Diagnostics
import EDIFACT
import XMLSupport

extension SourceDocument {
    /// EDIFACT input: parsed by the EDIFACT module (envelope and syntax checked), selected by its
    /// first message (type, version+release, association), and rendered as XML for the stylesheet
    /// (INTERFACES.md section 3).
    static func readEDIFACT(_ bytes: [UInt8], sourceName: String?, parseOptions: XMLParseOptions) throws(MappingError) -> SourceDocument {
        let name = sourceName ?? "input"
        let parsed = InterchangeParser().parse(bytes)
        if parsed.diagnostics.hasErrors {
            let first = parsed.diagnostics.errors.first.map { "\($0.location.description): \($0.message)" } ?? ""
            throw MappingError(.invalidInput, "\(name) is not a valid EDIFACT interchange: \(first)", diagnostics: parsed.diagnostics)
        }
        guard let interchange = parsed.interchange, let message = interchange.allMessages.first else {
            throw MappingError(.invalidInput, "\(name) holds no EDIFACT message")
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
            sender: info.sender, receiver: info.recipient, reference: info.controlReference
        )
    }
}
