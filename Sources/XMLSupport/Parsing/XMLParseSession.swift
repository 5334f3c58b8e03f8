import CLibXML2
import Diagnostics
import Foundation

/// The state of one hardened parse: the options, the findings, and the first refusal.
///
/// Owned by one `XMLDocument` parse on one thread; libxml2's per-context callbacks reach it
/// through the parser context's `_private` pointer, never through global state.
final class XMLParseSession {
    let options: XMLParseOptions
    let sourceName: String?
    var diagnostics = DiagnosticList()
    /// The first limit or security refusal; it decides the thrown error's code.
    var refusal: (code: XMLSupportError.Code, reason: String)?

    init(options: XMLParseOptions, sourceName: String?) {
        self.options = options
        self.sourceName = sourceName
    }

    /// Records a refusal at the parser's current position and stops the parser.
    func refuse(_ code: XMLSupportError.Code, _ reason: String, context: xmlParserCtxtPtr, tag: String? = nil) {
        let line = Int(xmlSAX2GetLineNumber(context))
        let column = Int(xmlSAX2GetColumnNumber(context))
        let location = SourceLocation(file: sourceName, line: line > 0 ? line : nil, column: column > 0 ? column : nil, tag: tag)
        if refusal == nil { refusal = (code, reason) }
        diagnostics.append(.error(code.rawValue, reason, at: location))
        xmlStopParser(context)
    }

    /// Adds one libxml2 error or warning.
    func record(_ error: xmlError) {
        // A stopped parser reports "user stop" after our own refusal; that adds nothing.
        if error.code == Int32(XML_ERR_USER_STOP.rawValue), refusal != nil { return }
        let text = (error.message.map { String(cString: $0) } ?? "unknown error").trimmingCharacters(in: .whitespacesAndNewlines)
        let location = SourceLocation(
            file: sourceName,
            line: error.line > 0 ? Int(error.line) : nil,
            column: error.int2 > 0 ? Int(error.int2) : nil
        )
        let severity: Diagnostic.Severity = error.level == XML_ERR_WARNING ? .warning : .error
        diagnostics.append(Diagnostic(severity, code: "xml.syntax", message: text, location: location))
    }

    /// The session of a parser context, if it is one of ours.
    static func of(_ context: UnsafeMutableRawPointer?) -> (XMLParseSession, xmlParserCtxtPtr)? {
        guard let context else { return nil }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let raw = parser.pointee._private else { return nil }
        return (Unmanaged<XMLParseSession>.fromOpaque(raw).takeUnretainedValue(), parser)
    }

    /// Called by the external entity loader when it refuses a resource during one of our parses.
    static func recordRefusal(of uri: String, in context: xmlParserCtxtPtr?) {
        guard let (session, parser) = of(UnsafeMutableRawPointer(context)) else { return }
        session.refuse(.externalResourceRefused, "external resource '\(uri)' refused: documents may not load files, URLs or DTDs", context: parser)
    }

    /// Installs the hardening callbacks on a fresh parser context.
    func install(on context: xmlParserCtxtPtr) {
        context.pointee._private = Unmanaged.passUnretained(self).toOpaque()
        guard let sax = context.pointee.sax else { return }
        sax.pointee.initialized = XML_SAX2_MAGIC
        sax.pointee.serror = { userData, error in
            guard let error, let (session, _) = XMLParseSession.of(userData) else { return }
            session.record(error.pointee)
        }
        sax.pointee.entityDecl = { context, name, _, _, _, _ in
            guard let (session, parser) = XMLParseSession.of(context) else { return }
            let entity = name.map { String(cString: $0) } ?? "?"
            session.refuse(.entityRefused, "entity declaration '\(entity)' refused: documents may not declare entities", context: parser)
        }
        sax.pointee.internalSubset = { context, name, externalID, systemID in
            guard let (session, parser) = XMLParseSession.of(context) else { return }
            guard session.options.allowsDocumentTypeDeclaration else {
                let root = name.map { String(cString: $0) } ?? "?"
                session.refuse(.entityRefused, "document type declaration <!DOCTYPE \(root)> refused: documents may not carry a DTD", context: parser)
                return
            }
            xmlSAX2InternalSubset(context, name, externalID, systemID)
        }
        sax.pointee.externalSubset = { context, _, _, systemID in
            guard let (session, parser) = XMLParseSession.of(context) else { return }
            if let systemID {
                session.refuse(.externalResourceRefused, "external DTD '\(String(cString: systemID))' refused", context: parser)
            }
        }
        sax.pointee.startElementNs = { context, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaulted, attributes in
            guard let (session, parser) = XMLParseSession.of(context) else { return }
            let depth = Int(parser.pointee.nameNr) + 1
            if depth > session.options.maxDepth {
                let name = localName.map { String(cString: $0) } ?? "?"
                session.refuse(.limitExceeded, "element nesting deeper than \(session.options.maxDepth) levels", context: parser, tag: name)
                return
            }
            if let attributes, attributeCount > 0 {
                for index in 0..<Int(attributeCount) {
                    let base = index * 5
                    guard let value = attributes[base + 3], let end = attributes[base + 4] else { continue }
                    let length = end - value
                    if length > session.options.maxAttributeBytes {
                        let attribute = attributes[base].map { String(cString: $0) } ?? "?"
                        session.refuse(
                            .limitExceeded,
                            "attribute '\(attribute)' is \(length) bytes long; at most \(session.options.maxAttributeBytes) are accepted",
                            context: parser,
                            tag: attribute
                        )
                        return
                    }
                }
            }
            xmlSAX2StartElementNs(context, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaulted, attributes)
        }
    }
}
