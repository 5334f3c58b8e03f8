import ArgumentParser

/// `unipass edifact`: EDIFACT directory administration (import-directory).
struct EdifactCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edifact", abstract: "EDIFACT directory administration (import-directory).")

    func run() async throws {
        throw ValidationError("unipass edifact is not built yet")
    }
}
