import Foundation
import Testing
import Trust

@Suite("CMS detached signatures")
struct CMSSignatureTests {
    static let content = SampleDocuments.interchange

    @Test("sign and verify, RSA and ECDSA", arguments: ["KCCI", "CNCUSTOMS", "gateway"])
    func roundTrip(_ identity: String) throws {
        let pki = try DemoPKI.get()
        let signature = try pki.cmsSigner(identity).sign(Self.content)
        #expect(signature.first == 0x30)  // DER
        let signer = try CMSVerifier(trustStore: pki.store).verify(content: Self.content, signature: signature)
        #expect(signer.digestAlgorithm == "sha256")
        #expect(signer.partnerID == (identity == "gateway" ? nil : identity))
    }

    @Test("refusals, each with its own reason", arguments: [
        ("changed", TrustError.Code.digestMismatch), ("wrongPartner", .wrongPartner), ("expired", .expired),
        ("revoked", .revoked), ("rogue", .untrustedIssuer), ("notyet", .notYetValid), ("nokeyusage", .keyUsage),
    ])
    func refused(_ attack: String, _ code: TrustError.Code) throws {
        let pki = try DemoPKI.get()
        let verifier = CMSVerifier(trustStore: pki.store)
        switch attack {
        case "changed":
            let signature = try pki.cmsSigner("KCCI").sign(Self.content)
            #expect(throws: TrustError(code)) { try verifier.verify(content: Self.content + [0x0A], signature: signature) }
        case "wrongPartner":
            let signature = try pki.cmsSigner("KCCI").sign(Self.content)
            #expect(throws: TrustError(code)) { try verifier.verify(content: Self.content, signature: signature, expecting: .partner("CNCUSTOMS")) }
        default:
            let signature = try pki.cmsSigner(attack).sign(Self.content)
            #expect(throws: TrustError(code)) { try verifier.verify(content: Self.content, signature: signature) }
        }
    }

    @Test("a signature made by openssl cms -sign verifies; SHA-1 is refused")
    func opensslSigned() throws {
        let pki = try DemoPKI.get()
        let files = pki.paths("CNCUSTOMS")
        let content = try ExternalTool.temporaryFile("i.edi", Self.content)
        for digest in ["sha256", "sha1"] {
            let signature = content + ".\(digest).p7s"
            let result = try ExternalTool.run(["openssl", "cms", "-sign", "-binary", "-md", digest, "-in", content, "-signer", files.certificate,
                                               "-inkey", files.key, "-outform", "DER", "-out", signature])
            #expect(result.status == 0, "\(result.standardError)")
            let verify = { () throws(TrustError) in
                try CMSVerifier(trustStore: pki.store).verify(content: Self.content, signature: try ExternalTool.readTrust(signature), expecting: .partner("CNCUSTOMS"))
            }
            if digest == "sha256" { _ = try verify() } else { #expect(throws: TrustError(.forbiddenAlgorithm)) { try verify() } }
        }
    }

    @Test("a signature made by the gateway verifies with openssl cms -verify")
    func gatewaySigned() throws {
        let pki = try DemoPKI.get()
        let signature = try ExternalTool.temporaryFile("i.edi.p7s", try pki.cmsSigner("gateway").sign(Self.content))
        let content = try ExternalTool.temporaryFile("i.edi", Self.content)
        let anchors = try ExternalTool.temporaryFile("anchors.pem", try ExternalTool.read(pki.rootPath) + ExternalTool.read(pki.issuingCAPath))
        let ok = try ExternalTool.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", signature, "-content", content, "-CAfile", anchors, "-purpose", "any", "-out", "/dev/null"])
        #expect(ok.status == 0, "\(ok.standardError)")
        let tampered = try ExternalTool.temporaryFile("i.edi", Self.content + [0x0A])
        let refused = try ExternalTool.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", signature, "-content", tampered, "-CAfile", anchors, "-purpose", "any", "-out", "/dev/null"])
        #expect(refused.status != 0)
    }

    @Test("garbage instead of a signature is a clear error")
    func garbage() throws {
        let pki = try DemoPKI.get()
        #expect(throws: TrustError(.unreadable)) { try CMSVerifier(trustStore: pki.store).verify(content: Self.content, signature: [0x30, 0x03, 0x01]) }
    }
}

extension ExternalTool {
    static func readTrust(_ path: String) throws(TrustError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw TrustError(.unreadable, path) }
        return [UInt8](data)
    }
}
