import ArgumentParser
import Diagnostics
import EDIFACT
import Foundation

/// `unipass to-xml FILE`: print the XML rendering of an EDIFACT interchange.
///
/// Exit status: 0 rendered; 1 the input holds no interchange that can be rendered (findings on
/// standard error); 2 the file cannot be read.
struct ToXMLCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "to-xml",
        abstract: "Print the XML rendering of an EDIFACT interchange.",
        discussion: "Segment groups and element names come from the built-in directories and those imported into ./Directories."
    )

    @Argument(help: "The EDIFACT file.")
    var file: String

    func run() async throws {
        let result: InterchangeParser.Result
        do {
            result = try InterchangeParser().parse(fileAt: file)
        } catch {
            FileHandle.standardError.write(Data("unipass to-xml: cannot read \(file): \(error)\n".utf8))
            throw ExitCode(2)
        }
        guard let interchange = result.interchange else {
            for diagnostic in result.diagnostics.errors { FileHandle.standardError.write(Data("\(file): \(diagnostic)\n".utf8)) }
            FileHandle.standardError.write(Data("unipass to-xml: \(file) holds no EDIFACT interchange that can be rendered\n".utf8))
            throw ExitCode(1)
        }
        do {
            let bytes = try InterchangeXMLRenderer(catalog: .standard()).render(interchange)
            FileHandle.standardOutput.write(Data(bytes))
        } catch let error as EDIFACTError {
            FileHandle.standardError.write(Data("unipass to-xml: \(error.reason)\n".utf8))
            throw ExitCode(1)
        }
    }
}
