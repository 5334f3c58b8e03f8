import ArgumentParser
import Foundation
import Trust

/// `unipass sign`: Sign a document: XML-DSig for XML, detached CMS otherwise.
struct SignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Sign a document: XML-DSig for XML, detached CMS otherwise.",
        discussion: """
            XML documents get an enveloped XML-DSig signature over the whole document (URI=""),
            RSA-SHA256 or ECDSA-SHA256 by key type, exclusive C14N, the certificate in
            KeyInfo/X509Data; the signed document goes to OUT (default: standard output).
            Anything else gets a detached CMS signature (SHA-256, binary, DER) in OUT
            (default: FILE.p7s). Exit 0 signed, 1 not.
            """
    )

    @Argument(help: "The document to sign.")
    var file: String

    @Option(help: "The signer's private key (PEM, unencrypted).")
    var key: String

    @Option(help: "The signer's certificate (PEM).")
    var cert: String

    @Option(name: .shortAndLong, help: "Where to write the signed XML or the .p7s signature.")
    var output: String?

    func run() async throws {
        do {
            let key = try SigningKey(contentsOfFile: key)
            let certificate = try Certificate(contentsOfFile: cert)
            guard let data = FileManager.default.contents(atPath: file) else {
                throw TrustError(.unreadable, "cannot read \(file)")
            }
            let bytes = [UInt8](data)
            if DocumentKind.isXML(bytes) {
                let signed = try XMLSigner(key: key, certificate: certificate).sign(bytes)
                if let output {
                    try write(signed, to: output)
                } else {
                    FileHandle.standardOutput.write(Data(signed))
                }
            } else {
                let signature = try CMSSigner(key: key, certificate: certificate).sign(bytes)
                let target = output ?? file + ".p7s"
                try write(signature, to: target)
                print("detached CMS signature written to \(target)")
            }
        } catch let error as TrustError {
            FileHandle.standardError.write(Data("sign: \(error.reason)\n".utf8))
            throw ExitCode(1)
        }
    }

    private func write(_ bytes: [UInt8], to path: String) throws(TrustError) {
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw TrustError(.unreadable, "cannot write \(path)")
        }
    }
}

/// Tells XML from other payloads by the first non-blank byte (after a UTF-8 BOM).
enum DocumentKind {
    static func isXML(_ bytes: [UInt8]) -> Bool {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        return index < bytes.count && bytes[index] == UInt8(ascii: "<")
    }
}
