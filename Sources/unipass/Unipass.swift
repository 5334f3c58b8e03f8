import ArgumentParser
import Foundation

/// The `unipass` command line: validate, acknowledge, translate, sign and verify customs documents.
///
/// Exit status is part of the contract: usage errors exit 2 (swift-argument-parser's default
/// would be 64), so scripts can tell "invalid document" (1) from "wrong call" (2).
@main
struct Unipass: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unipass",
        abstract: "The UNI-PASS customs EDI gateway.",
        subcommands: [
            // Each command lives in its own file beside this one.
            ValidateCommand.self,
            ContrlCommand.self,
            ToXMLCommand.self,
            TranslateCommand.self,
            SignCommand.self,
            VerifyCommand.self,
            MappingsCommand.self,
            CertsCommand.self,
            EdifactCommand.self,
        ]
    )

    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
