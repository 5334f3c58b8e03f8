import ArgumentParser

/// `unipass translate`: Translate a document into the canonical UNI-PASS model.
struct TranslateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "translate", abstract: "Translate a document into the canonical UNI-PASS model.")

    func run() async throws {
        throw ValidationError("unipass translate is not built yet")
    }
}
