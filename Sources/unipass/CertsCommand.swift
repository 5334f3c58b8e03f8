import ArgumentParser

/// `unipass certs`: List and check the trust store's certificates.
struct CertsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "certs", abstract: "List and check the trust store's certificates.")

    func run() async throws {
        throw ValidationError("unipass certs is not built yet")
    }
}
