import ArgumentParser

/// The `unipass` command line: validate, acknowledge, translate, sign and verify customs documents.
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
}
