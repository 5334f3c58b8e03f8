import ArgumentParser

/// `unipass mappings`: List mappings and run their test vectors.
struct MappingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "mappings", abstract: "List mappings and run their test vectors.")

    func run() async throws {
        throw ValidationError("unipass mappings is not built yet")
    }
}
