import CLibXML2
import Diagnostics
import Foundation

/// Turns libxml2 schema-parser and schema-validator errors into diagnostics with file, line,
/// column and element path. Owned by one compilation or validation on one thread.
final class SchemaErrorCollector {
    private(set) var diagnostics = DiagnosticList()
    private let defaultFile: String?
    private let toleratesSkippedImports: Bool

    init(defaultFile: String?, toleratesSkippedImports: Bool = false) {
        self.defaultFile = defaultFile
        self.toleratesSkippedImports = toleratesSkippedImports
    }

    /// Records one libxml2 error. Warnings of the schema parser count as errors: libxml2 reports
    /// a skipped or unresolvable import/include only as a warning.
    func record(_ error: xmlError, warningsAreErrors: Bool) {
        let text = (error.message.map { String(cString: $0) } ?? "unknown schema error")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        var location = SourceLocation(
            file: error.file.map { String(cString: $0) } ?? defaultFile,
            line: error.line > 0 ? Int(error.line) : nil,
            column: error.int2 > 0 ? Int(error.int2) : nil
        )
        if let raw = error.node {
            let node = raw.assumingMemoryBound(to: xmlNode.self)
            if node.pointee.type == XML_ELEMENT_NODE {
                location.tag = node.pointee.name.map { String(cString: $0) }
                location.path = XMLElementPath.of(node)
                if location.line == nil {
                    let line = xmlGetLineNo(node)
                    if line > 0 { location.line = Int(line) }
                }
            }
        }
        let isWarning = error.level == XML_ERR_WARNING
        let tolerated = toleratesSkippedImports && error.code == Int32(XML_SCHEMAP_WARN_SKIP_SCHEMA.rawValue)
        let severity: Diagnostic.Severity = isWarning && (!warningsAreErrors || tolerated) ? .warning : .error
        let code = error.domain == Int32(XML_FROM_SCHEMASP.rawValue) ? "xml.schemaCompilation" : "xml.schema"
        let message = isWarning && warningsAreErrors && !tolerated ? "\(text) (a schema warning is an error here)" : text
        diagnostics.append(Diagnostic(severity, code: code, message: message, location: location))
    }
}
