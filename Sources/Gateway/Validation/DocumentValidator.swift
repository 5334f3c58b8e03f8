public import Diagnostics
public import EDIFACT
public import XMLSupport
import Foundation

/// Validates any document the gateway accepts: detects its format, then runs the EDIFACT
/// validator (envelope, character set, directory structure) or the XML validator (hardened
/// parse, XSD of the schema set for its root) and returns one ``ValidationReport``.
///
/// A value over immutable, shared engines: call it from any number of tasks at once.
/// EDIFACT files are streamed (memory stays flat whatever their size); XML files are read
/// whole, within the parser's size limit.
public struct DocumentValidator: Sendable {
    /// The EDIFACT engine, with the gateway's envelope options and structure validation.
    public var edifact: InterchangeValidator
    /// The XML engine, with the schema sets in force.
    public var xml: XMLDocumentValidator

    public init(edifact: InterchangeValidator, xml: XMLDocumentValidator) {
        self.edifact = edifact
        self.xml = xml
    }

    /// Validates a document held in memory. `file` names it in the report.
    public func validate(_ bytes: [UInt8], file: String) -> ValidationReport {
        switch DocumentFormat.detect(bytes) {
        case .edifact:
            return report(edifact.validate(bytes), file: file)
        case .xml:
            return report(xml.validate(bytes, sourceName: file), file: file)
        case .unknown:
            return unknownFormat(file: file)
        }
    }

    /// Validates a file. EDIFACT is streamed from disk.
    ///
    /// - Throws: ``GatewayError`` with code `.io` when the file cannot be read.
    public func validate(fileAt path: String) throws(GatewayError) -> ValidationReport {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw GatewayError(.io, "cannot open \(path): no such file or not readable")
        }
        let head: Data
        do {
            head = try handle.read(upToCount: 4096) ?? Data()
            try handle.close()
        } catch {
            throw GatewayError(.io, "cannot read \(path): \(error)")
        }
        switch DocumentFormat.detect(head) {
        case .edifact:
            do {
                return report(try edifact.validate(fileAt: path), file: path)
            } catch {
                throw GatewayError(.io, "cannot read \(path): \(error)")
            }
        case .xml:
            guard let data = FileManager.default.contents(atPath: path) else {
                throw GatewayError(.io, "cannot read \(path)")
            }
            return report(xml.validate(data, sourceName: path), file: path)
        case .unknown:
            return unknownFormat(file: path)
        }
    }

    private func report(_ result: InterchangeValidator.Result, file: String) -> ValidationReport {
        let types = result.messageTypes
        return ValidationReport(
            file: file,
            format: .edifact,
            messageType: types.isEmpty ? nil : types.joined(separator: ","),
            diagnostics: result.diagnostics
        )
    }

    private func report(_ result: XMLValidationReport, file: String) -> ValidationReport {
        ValidationReport(
            file: file,
            format: .xml,
            messageType: result.root?.localName,
            namespace: result.root?.namespace,
            diagnostics: result.diagnostics
        )
    }

    private func unknownFormat(file: String) -> ValidationReport {
        let message = "the document is neither UN/EDIFACT (it must start with UNA or UNB) nor XML (it must start with '<')"
        return ValidationReport(
            file: file,
            format: .unknown,
            diagnostics: DiagnosticList([.error("format.unknown", message, at: SourceLocation(file: file, line: 1, column: 1, byteOffset: 0))])
        )
    }
}
