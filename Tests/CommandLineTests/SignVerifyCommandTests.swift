import Foundation
import Testing

/// `unipass sign`, `unipass verify` and `unipass certs` as a user runs them, with the demo PKI.
@Suite struct SignVerifyCommandTests {
    let work: URL

    init() throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("unipass-cli-sign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    private func copySample(_ relative: String) throws -> URL {
        let source = CommandRunner.repositoryRoot.appendingPathComponent(relative)
        let target = work.appendingPathComponent(source.lastPathComponent)
        try FileManager.default.copyItem(at: source, to: target)
        return target
    }

    @Test func anXMLDocumentSealedByTheGatewayVerifiesAndATamperedOneDoesNot() throws {
        let document = try copySample("Samples/xml/canonical-customs-response.xml")
        let sealed = work.appendingPathComponent("sealed.xml")
        let sign = try CommandRunner.run([
            "sign", document.path, "--key", try DemoPKI.path("gateway.key.pem"),
            "--cert", try DemoPKI.path("gateway.cert.pem"), "-o", sealed.path,
        ])
        #expect(sign.status == 0, "\(sign.standardError)")
        let text = try String(contentsOf: sealed, encoding: .utf8)
        #expect(text.contains("Signature"))
        #expect(text.contains("http://www.w3.org/2001/10/xml-exc-c14n#"))
        #expect(text.contains("X509Certificate"))

        let verify = try CommandRunner.run(["verify", sealed.path, "--trust", try DemoPKI.folder.get().path])
        #expect(verify.status == 0, "\(verify.standardOutput)\(verify.standardError)")
        #expect(verify.standardOutput.hasPrefix("valid"))

        // Change one signed value: the digest no longer matches, and verify says so.
        let tampered = work.appendingPathComponent("tampered.xml")
        // The first end tag closes a signed text node (the seal is the root's last child).
        let firstEndTag = try #require(text.range(of: "</"))
        var changed = text
        changed.insert("X", at: firstEndTag.lowerBound)
        try changed.write(to: tampered, atomically: true, encoding: .utf8)
        let refused = try CommandRunner.run(["verify", tampered.path, "--trust", try DemoPKI.folder.get().path])
        #expect(refused.status == 1)
        #expect(!(refused.standardOutput + refused.standardError).isEmpty)
    }

    @Test func anEDIFACTInterchangeGetsADetachedCMSSignatureThatVerifies() throws {
        let interchange = try copySample("Samples/edifact/valid/cuscar-d96b-sea.edi")
        let sign = try CommandRunner.run([
            "sign", interchange.path, "--key", try DemoPKI.path("keys/KCCI.key.pem"),
            "--cert", try DemoPKI.path("partners/KCCI.pem"),
        ])
        #expect(sign.status == 0, "\(sign.standardError)")
        let signature = interchange.appendingPathExtension("p7s")
        #expect(FileManager.default.fileExists(atPath: signature.path))

        let trust = try DemoPKI.folder.get().path
        let verify = try CommandRunner.run(["verify", interchange.path, "--trust", trust])
        #expect(verify.status == 0, "\(verify.standardOutput)\(verify.standardError)")

        // The signer must be the partner named: KCCI's signature is not CNCUSTOMS's.
        let wrongPartner = try CommandRunner.run(["verify", interchange.path, "--trust", trust, "--partner", "CNCUSTOMS"])
        #expect(wrongPartner.status == 1)

        // One changed byte in the payload breaks the signature.
        var bytes = try Data(contentsOf: interchange)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: interchange)
        let refused = try CommandRunner.run(["verify", interchange.path, "--trust", trust])
        #expect(refused.status == 1)
    }

    @Test func aRevokedSignerIsRefusedWithTheReason() throws {
        let folder = try DemoPKI.folder.get()
        let key = "revoked.key.pem"
        let certificate = "revoked.cert.pem"
        let document = try copySample("Samples/xml/canonical-customs-response.xml")
        let signed = work.appendingPathComponent("revoked-signed.xml")
        let sign = try CommandRunner.run([
            "sign", document.path, "--key", folder.appendingPathComponent("test/\(key)").path,
            "--cert", folder.appendingPathComponent("test/\(certificate)").path, "-o", signed.path,
        ])
        #expect(sign.status == 0, "\(sign.standardError)")
        let verify = try CommandRunner.run(["verify", signed.path, "--trust", folder.path])
        #expect(verify.status == 1)
        #expect((verify.standardOutput + verify.standardError).lowercased().contains("revoked"))
    }

    @Test func certsListsPartnersAndCheckFailsOnTheDemoStoresBadCertificates() throws {
        let folder = try DemoPKI.folder.get().path
        let list = try CommandRunner.run(["certs", "list", "--dir", folder])
        #expect(list.status == 0, "\(list.standardError)")
        #expect(list.standardOutput.contains("KCCI"))
        #expect(list.standardOutput.contains("CNCUSTOMS"))

        let check = try CommandRunner.run(["certs", "check", "--dir", folder])
        // The demo store is clean apart from its test/ certificates, which `check` does not
        // read as partners: it passes. A store holding an expired partner certificate fails.
        #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
        let broken = work.appendingPathComponent("store")
        try FileManager.default.copyItem(atPath: folder, toPath: broken.path)
        try FileManager.default.copyItem(
            at: broken.appendingPathComponent("test/expired.cert.pem"),
            to: broken.appendingPathComponent("partners/EXPIRED.pem")
        )
        let failing = try CommandRunner.run(["certs", "check", "--dir", broken.path])
        #expect(failing.status == 1)
        #expect(failing.standardOutput.uppercased().contains("EXPIRED"))
    }
}
