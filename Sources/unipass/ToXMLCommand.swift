import ArgumentParser

/// `unipass to-xml`: Print the XML rendering of an EDIFACT interchange.
struct ToXMLCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "to-xml", abstract: "Print the XML rendering of an EDIFACT interchange.")

    func run() async throws {
        throw ValidationError("unipass to-xml is not built yet")
    }
}
