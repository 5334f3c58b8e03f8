import ArgumentParser

/// `unipass verify`: Verify a signature, its certificate chain, validity and revocation.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "verify", abstract: "Verify a signature, its certificate chain, validity and revocation.")

    func run() async throws {
        throw ValidationError("unipass verify is not built yet")
    }
}
