import ArgumentParser
import DirectoryImport
import EDIFACT
import Foundation

/// `unipass edifact`: EDIFACT directory administration.
struct EdifactCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edifact",
        abstract: "EDIFACT directory administration.",
        subcommands: [ImportDirectory.self]
    )

    /// `unipass edifact import-directory PATH [--output DIR] [--messages CUSCAR,PAXLST]`.
    struct ImportDirectory: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import-directory",
            abstract: "Import a UN/EDIFACT directory release (a folder of UNECE directory files or a UNECE zip).",
            discussion: """
            Writes <version><release>.edd (e.g. D01B.edd) into the output folder. The gateway loads
            releases from ./Directories (the default output) in addition to its built-in ones
            (D96B, D02B, D03B, D05B, D16A); an imported release replaces a built-in one of the same name.
            """
        )

        @Argument(help: "A folder of UNECE directory files (message specifications, EDSD/TRSD, UNCL) or a UNECE distribution zip.")
        var path: String

        @Option(help: "Folder to write the definitions into.")
        var output: String = DirectoryCatalog.defaultImportFolderName

        @Option(help: "Comma-separated message types to import (default: every message in the source).")
        var messages: String?

        func run() async throws {
            let types = messages.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
            do {
                let (directory, file) = try DirectoryImporter(messageTypes: types).importDirectory(
                    from: URL(fileURLWithPath: path), into: URL(fileURLWithPath: output))
                print("imported \(directory.version).\(directory.release): \(directory.messages.count) messages, \(directory.segments.count) segments, \(directory.codeLists.count) code lists -> \(file.path)")
            } catch let error as EDIFACTError {
                FileHandle.standardError.write(Data("unipass edifact import-directory: \(error.reason)\n".utf8))
                throw ExitCode(error.code == .io ? 2 : 1)
            }
        }
    }
}
