import CLibXML2
import Diagnostics
import Foundation

extension XMLDocument {
    /// Parses a file with the hardened parser (the path is used as the source name).
    public convenience init(contentsOfFile path: String, options: XMLParseOptions = .default) throws(XMLSupportError) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw XMLSupportError(.io, "cannot read '\(path)'")
        }
        if let size = attributes[.size] as? Int, size > options.maxDocumentBytes {
            throw XMLSupportError(.limitExceeded, "'\(path)' is \(size) bytes; at most \(options.maxDocumentBytes) are accepted")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw XMLSupportError(.io, "cannot read '\(path)'")
        }
        try self.init(parsing: data, options: options, sourceName: path)
    }

    /// libxml2 options for every parse: no network, nothing substituted or loaded, large line numbers.
    static func parserFlags(_ options: XMLParseOptions) -> Int32 {
        var flags = Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_BIG_LINES.rawValue)
        flags |= Int32(XML_PARSE_NOERROR.rawValue) | Int32(XML_PARSE_NOWARNING.rawValue)
        if !options.keepsBlankText { flags |= Int32(XML_PARSE_NOBLANKS.rawValue) }
        return flags
    }

    /// The hardened parse itself: a fresh parser context with per-context callbacks.
    static func parse(_ buffer: UnsafeRawBufferPointer, options: XMLParseOptions, sourceName: String?) throws(XMLSupportError) -> xmlDocPtr {
        LibXML2Runtime.ensureInitialized()
        let name = sourceName ?? "document"
        guard buffer.count <= options.maxDocumentBytes else {
            throw XMLSupportError(.limitExceeded, "\(name) is \(buffer.count) bytes; at most \(options.maxDocumentBytes) are accepted")
        }
        guard buffer.count <= Int(Int32.max), let base = buffer.baseAddress, buffer.count > 0 else {
            throw XMLSupportError(
                .notWellFormed, "\(name) is empty",
                diagnostics: DiagnosticList([.error("xml.syntax", "the document is empty; an XML document was expected", at: SourceLocation(file: sourceName, line: 1, column: 1))])
            )
        }
        guard let context = xmlNewParserCtxt() else {
            throw XMLSupportError(.internalFailure, "libxml2 could not allocate a parser context")
        }
        defer { xmlFreeParserCtxt(context) }
        let session = XMLParseSession(options: options, sourceName: sourceName)
        session.install(on: context)
        let document = withExtendedLifetime(session) {
            ExternalResourcePolicy.$current.withValue(.refuseAll) {
                xmlCtxtReadMemory(context, base.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, nil, parserFlags(options))
            }
        }
        if let refusal = session.refusal {
            if let document { xmlFreeDoc(document) }
            let place = session.diagnostics.errors.first.map { $0.location.description } ?? name
            throw XMLSupportError(refusal.code, "\(place): \(refusal.reason)", diagnostics: session.diagnostics)
        }
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            var diagnostics = session.diagnostics
            if diagnostics.errors.isEmpty {
                diagnostics.append(.error("xml.syntax", "the document is not well-formed", at: SourceLocation(file: sourceName)))
            }
            let first = diagnostics.errors.first.map { "\($0.location.description): \($0.message)" } ?? "not well-formed"
            throw XMLSupportError(.notWellFormed, "\(name) is not well-formed XML: \(first)", diagnostics: diagnostics)
        }
        return document
    }
}
