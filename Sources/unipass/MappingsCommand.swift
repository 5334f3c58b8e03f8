import ArgumentParser
import Diagnostics
import Foundation
import Mapping

/// `unipass mappings`: List mappings and run their test vectors.
struct MappingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mappings",
        abstract: "List mappings and run their test vectors.",
        subcommands: [List.self, Test.self]
    )

    /// Where the mappings are.
    struct Location: ParsableArguments {
        @Option(help: "The mapping folder (default: $UNIPASS_MAPPINGS or ./Mappings).")
        var dir: String?

        @Option(name: .customLong("schemas"), help: "Add an entry XSD or a schema-set folder (repeatable).")
        var schemas: [String] = []

        func load() throws -> MappingRegistry {
            do {
                return try MappingRegistry.load(directory: dir ?? MappingRegistry.defaultDirectory, extraSchemas: schemas)
            } catch {
                printError("unipass mappings: \(error.reason)")
                for diagnostic in error.diagnostics.prefix(20) { printError("  \(diagnostic)") }
                throw ExitCode(1)
            }
        }
    }

    /// `unipass mappings list`
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the mappings: id, direction, selector, target, partner.")

        @OptionGroup var location: Location

        func run() async throws {
            let registry = try location.load()
            var rows = [["ID", "DIRECTION", "SELECTOR", "TARGET", "PARTNER"]]
            for mapping in registry.mappings {
                let manifest = mapping.manifest
                let target = [manifest.target.format.rawValue, manifest.target.documentType ?? manifest.target.messageType ?? ""]
                    .filter { !$0.isEmpty }.joined(separator: " ")
                rows.append([
                    manifest.id, manifest.direction.rawValue, mapping.selectors.map(\.description).joined(separator: ", "),
                    target, manifest.partner ?? "-",
                ])
            }
            let widths = (0..<5).map { column in rows.map { $0[column].count }.max() ?? 0 }
            for row in rows {
                let line = row.enumerated().map { index, cell in
                    index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                }.joined(separator: "  ")
                print(line)
            }
        }
    }

    /// `unipass mappings test`
    struct Test: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every mapping's test vectors (UNIPASS_RECORD=1 rewrites the expected outputs).",
            discussion: "Exit status: 0 when every vector passes, 1 otherwise."
        )

        @OptionGroup var location: Location

        @Option(help: "Only the mapping with this id.")
        var mapping: String?

        func run() async throws {
            let registry = try location.load()
            let results = registry.runVectors(of: mapping.map { [$0] })
            for result in results { print(result.summary) }
            let failed = results.filter { !$0.passed }.count
            print("\(results.count - failed) passed, \(failed) failed, \(registry.mappings.count) mappings")
            if failed > 0 || results.isEmpty && mapping != nil { throw ExitCode(1) }
        }
    }
}
