import ArgumentParser

/// `unipass contrl`: Print the CONTRL interchange that answers an EDIFACT interchange.
struct ContrlCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "contrl", abstract: "Print the CONTRL interchange that answers an EDIFACT interchange.")

    func run() async throws {
        throw ValidationError("unipass contrl is not built yet")
    }
}
