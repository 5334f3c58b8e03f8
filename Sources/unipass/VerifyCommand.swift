import ArgumentParser
import Foundation
import Trust

/// `unipass verify`: Verify a signature, its certificate chain, validity and revocation.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify a signature, its certificate chain, validity and revocation.",
        discussion: """
            XML documents: the enveloped XML-DSig signature, hardened (X.509 keys only, one
            same-document reference covering the document element, C14N/enveloped transforms,
            SHA-256 or better). Other files: the detached CMS signature in --signature
            (default FILE.p7s). PATH is a PEM file of trust anchors or a folder: every
            certificate in its *.pem files is an anchor, every CRL in its *.pem/*.crl files is
            loaded (a folder with trust/, crl/, partners/ is read as a trust store).
            Exit 0 valid, 1 not; the reason is printed.
            """
    )

    @Argument(help: "The signed XML document, or the signed payload.")
    var file: String

    @Option(help: "The detached CMS signature (default: FILE.p7s for non-XML files).")
    var signature: String?

    @Option(help: "Trust anchors and CRLs: a PEM file or a folder.")
    var trust: String

    @Option(help: "The partner id that must have signed (its certificate from the trust store's partners/).")
    var partner: String?

    @Option(help: "Verification time, ISO 8601 (default: now).")
    var at: String?

    @Flag(help: "Do not require CRLs (revocation is then NOT checked).")
    var skipRevocation = false

    func run() async throws {
        do {
            let time = try verificationTime()
            let store = try TrustStore(path: trust, revocation: skipRevocation ? .skipped : .required)
            guard let data = FileManager.default.contents(atPath: file) else { throw TrustError(.unreadable, "cannot read \(file)") }
            let bytes = [UInt8](data)
            let expected = partner.map(ExpectedSigner.partner)
            let signer: VerifiedSigner
            if signature == nil && DocumentKind.isXML(bytes) {
                let result = try XMLSignatureVerifier(trustStore: store).verify(bytes, expecting: expected, at: time, sourceName: file)
                signer = result.signer
                print("valid: XML-DSig \(result.signatureAlgorithm) over \(result.signedElement) (Reference URI=\"\(result.referenceURI)\")")
            } else {
                let path = signature ?? file + ".p7s"
                guard let signatureData = FileManager.default.contents(atPath: path) else {
                    throw TrustError(.unreadable, "cannot read the signature \(path)")
                }
                signer = try CMSVerifier(trustStore: store).verify(content: bytes, signature: [UInt8](signatureData), expecting: expected, at: time)
                print("valid: detached CMS signature (\(signer.digestAlgorithm))")
            }
            print("signer: \(signer.certificate.subject)\(signer.partnerID.map { " (partner \($0))" } ?? "")")
            print("chain: " + signer.chain.map { $0.commonName ?? $0.subject }.joined(separator: " <- "))
            if skipRevocation { print("warning: revocation was not checked (--skip-revocation)") }
        } catch let error as TrustError {
            print("invalid: \(error.reason) [\(error.code)]")
            if error.code == .revocationUnknown {
                print("hint: put the CRLs of the issuing CAs into the trust path (*.pem/*.crl), or pass --skip-revocation")
            }
            throw ExitCode(1)
        }
    }

    private func verificationTime() throws(TrustError) -> Date {
        guard let at else { return Date() }
        guard let date = ISO8601DateFormatter().date(from: at) else {
            throw TrustError(.unreadable, "--at \(at) is not an ISO 8601 time such as 2026-01-01T00:00:00Z")
        }
        return date
    }
}
