import ArgumentParser

/// `unipass validate`: Detect each file's format and validate it.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "Detect each file's format and validate it.")

    func run() async throws {
        throw ValidationError("unipass validate is not built yet")
    }
}
