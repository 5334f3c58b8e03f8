import Foundation
import Testing
import Trust

@Suite("Trust store and demo PKI")
struct TrustStoreTests {
    @Test("the demo store loads anchors, CRLs and partners by id")
    func loads() throws {
        let pki = try DemoPKI.get()
        #expect(pki.store.anchors.count == 2)
        #expect(pki.store.revocationListCount == 2)
        #expect(Set(pki.store.partners.keys) == ["KCCI", "CNCUSTOMS"])
        #expect(pki.store.partnerID(for: try pki.certificate("partners/KCCI.pem")) == "KCCI")
    }

    @Test("certificate checks: chain, validity, revocation, key usage", arguments: [
        ("gateway.cert.pem", nil), ("partners/CNCUSTOMS.pem", nil),
        ("test/expired.cert.pem", TrustError.Code.expired), ("test/notyet.cert.pem", .notYetValid),
        ("test/revoked.cert.pem", .revoked), ("test/rogue.cert.pem", .untrustedIssuer), ("test/nokeyusage.cert.pem", .keyUsage),
    ])
    func certificateChecks(_ file: String, _ code: TrustError.Code?) throws {
        let pki = try DemoPKI.get()
        let certificate = try pki.certificate(file)
        if let code {
            #expect(throws: TrustError(code)) { try pki.store.verify(certificate) }
        } else {
            #expect(try pki.store.verify(certificate).count == 3)
        }
    }

    @Test("a CA certificate passes as an authority but may not sign documents")
    func authorityUse() throws {
        let pki = try DemoPKI.get()
        let issuingCA = try pki.certificate("trust/partner-ca.pem")
        #expect(try pki.store.verify(issuingCA, for: .authority).count == 2)
        #expect(throws: TrustError(.keyUsage)) { try pki.store.verify(issuingCA, for: .signing) }
    }

    @Test("a single PEM file of anchors is a store; CRLs inside it are loaded")
    func pemFile() throws {
        let pki = try DemoPKI.get()
        let bundle = try ExternalTool.read(pki.rootPath) + ExternalTool.read(pki.issuingCAPath)
            + ExternalTool.read(pki.path("crl/root-ca.crl.pem")) + ExternalTool.read(pki.path("crl/partner-ca.crl.pem"))
        let store = try TrustStore(path: try ExternalTool.temporaryFile("bundle.pem", bundle))
        #expect(store.revocationListCount == 2)
        #expect(throws: TrustError(.revoked)) { try store.verify(try pki.certificate("test/revoked.cert.pem")) }
    }

    @Test("the PKI script is idempotent and leaves existing material alone")
    func scriptIdempotent() throws {
        let pki = try DemoPKI.get()
        let before = try ExternalTool.read(pki.path("gateway.cert.pem"))
        let again = try ExternalTool.run(["/bin/bash", DemoPKI.script, pki.folder])
        #expect(again.status == 0)
        #expect(again.standardOutput.contains("already present"))
        #expect(try ExternalTool.read(pki.path("gateway.cert.pem")) == before)
    }

    @Test("missing paths are clear errors")
    func missing() {
        #expect(throws: TrustError(.unreadable)) { try TrustStore(path: "/nonexistent/trust") }
    }
}
