import ArgumentParser

/// `unipass sign`: Sign a document: XML-DSig for XML, detached CMS otherwise.
struct SignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sign", abstract: "Sign a document: XML-DSig for XML, detached CMS otherwise.")

    func run() async throws {
        throw ValidationError("unipass sign is not built yet")
    }
}
