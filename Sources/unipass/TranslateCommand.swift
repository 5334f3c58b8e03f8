import ArgumentParser
import Diagnostics
import Foundation
import Mapping

/// `unipass translate`: Translate a document into the canonical UNI-PASS model.
struct TranslateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Translate a document into the canonical UNI-PASS model.",
        discussion: """
            Prints the output on stdout, already validated against the mapping's target schema \
            (the canonical XSD for inbound mappings). The mapping is chosen by the document \
            (EDIFACT message type and version, XML root, canonical document type and partner) \
            unless --mapping names one. Stylesheet parameters are the fixed test values \
            (messageId=TEST-0001, receivedAt=2026-01-01T00:00:00Z) plus what the document says. \
            Mappings come from --dir, else $UNIPASS_MAPPINGS, else ./Mappings.
            Exit status: 0 translated, 1 not.
            """
    )

    @Argument(help: "The document to translate (EDIFACT or XML).")
    var file: String

    @Option(help: "Use the mapping with this id instead of choosing by the document.")
    var mapping: String?

    @Option(help: "Partner country (ISO 3166 alpha-2) for outbound mappings.")
    var partner: String?

    @Option(name: .customLong("schemas"), help: "Add an entry XSD or a schema-set folder (repeatable).")
    var schemas: [String] = []

    @Option(help: "The mapping folder (default: $UNIPASS_MAPPINGS or ./Mappings).")
    var dir: String?

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            printError("unipass translate: cannot read '\(file)'")
            throw ExitCode(1)
        }
        do {
            let registry = try MappingRegistry.load(directory: dir ?? MappingRegistry.defaultDirectory, extraSchemas: schemas)
            let result = try registry.translate(Array(data), sourceName: file, mappingID: mapping, partner: partner?.uppercased())
            for warning in result.diagnostics { printError("  \(warning)") }
            FileHandle.standardOutput.write(Data(result.output))
        } catch {
            printError("unipass translate: \(error.reason)")
            for diagnostic in error.diagnostics.prefix(20) { printError("  \(diagnostic)") }
            throw ExitCode(1)
        }
    }
}

/// Writes a line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
