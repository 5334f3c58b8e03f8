import ArgumentParser
import Diagnostics
import EDIFACT
import Foundation
import Gateway

/// `unipass validate FILE... [--json] [--schemas PATH]`: detect each file's format and validate it.
///
/// Exit status: 0 when every file is valid, 1 when some file is invalid, 2 on a usage or I/O
/// error (a file that cannot be read, schemas that do not load).
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Detect each file's format and validate it.",
        discussion: """
            EDIFACT: ISO 9735 syntax, envelope and character set, then the message structure \
            against its UN/EDIFACT directory (built-in releases and those imported with \
            `unipass edifact import-directory`). XML: well-formedness with a hardened parser, \
            then the XSD of the schema set for the root element's namespace.
            Exit status: 0 all valid, 1 some invalid, 2 usage or I/O error.
            """
    )

    @Argument(help: "The documents to validate.")
    var files: [String]

    @Flag(help: "Print one JSON object per file (JSON Lines).")
    var json = false

    @Option(name: .customLong("schemas"), help: "An entry XSD or a folder of schema sets to add (repeatable).")
    var schemas: [String] = []

    @Option(help: "The mapping folder holding the installed schema sets (default: $UNIPASS_MAPPINGS or Mappings).")
    var mappings: String?

    @Option(help: "A folder of imported EDIFACT directories to add (repeatable).")
    var directories: [String] = []

    @Option(help: "The gateway's interchange id: another UNB recipient is refused (code 7).")
    var recipient: String?

    @Option(help: "Accepted UNB sender ids, comma-separated: any other is refused (code 23).")
    var senders: String?

    @Flag(help: "Accept 6-digit UNB dates in syntax 4 with a warning.")
    var lenientDates = false

    @Flag(help: "Report unknown code values as warnings instead of errors.")
    var lenientCodes = false

    func run() async throws {
        var envelope = EnvelopeOptions()
        envelope.expectedRecipient = recipient
        envelope.allowedSenders = senders.map { Set($0.split(separator: ",").map(String.init)) }
        envelope.acceptsSixDigitDatesInSyntax4 = lenientDates
        let settings = EngineSettings(
            mappingsDirectory: mappings,
            schemaPaths: schemas,
            directoryFolders: directories,
            envelope: envelope,
            codeLists: lenientCodes ? .lenient : .strict
        )
        let validator: DocumentValidator
        do {
            validator = try settings.documentValidator()
        } catch {
            printError("unipass validate: \(error.reason)")
            throw ExitCode(2)
        }

        var sawInvalid = false
        var sawIOError = false
        for file in files {
            let report: ValidationReport
            do {
                report = try validator.validate(fileAt: file)
            } catch {
                sawIOError = true
                report = ValidationReport(
                    file: file,
                    format: .unknown,
                    diagnostics: DiagnosticList([.error("io", error.reason, at: SourceLocation(file: file))])
                )
            }
            if !report.isValid { sawInvalid = true }
            print(json ? report.jsonLine : report.humanReadable)
        }
        if sawIOError { throw ExitCode(2) }
        if sawInvalid { throw ExitCode(1) }
    }
}

extension ValidationReport {
    /// One line of JSON (JSON Lines).
    var jsonLine: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        guard let data = try? encoder.encode(self), let line = String(data: data, encoding: .utf8) else {
            return #"{"file":"\#(file)","valid":false,"errors":[{"code":"internal","message":"could not encode the report"}]}"#
        }
        return line
    }

    /// `file: valid|invalid (format type)` then one line per finding.
    var humanReadable: String {
        let kind = [format.rawValue.uppercased(), messageType].compactMap { $0 }.joined(separator: " ")
        var lines = ["\(file): \(isValid ? "valid" : "invalid") (\(kind))"]
        for diagnostic in diagnostics {
            lines.append("  " + diagnostic.description)
        }
        return lines.joined(separator: "\n")
    }
}
