import Foundation
import Testing
import Trust

/// Interop both ways with the real xmlsec1 command.
@Suite("XML-DSig interop with xmlsec1")
struct XMLSignatureInteropTests {
    @Test("documents signed by xmlsec1 verify in the gateway", arguments: ["KCCI", "CNCUSTOMS"])
    func xmlsec1Signed(_ identity: String) throws {
        let pki = try DemoPKI.get()
        let files = pki.paths(identity)
        var template = SignatureTemplate()
        if identity == "CNCUSTOMS" { template.signatureMethod = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256" }
        let signed = try template.signWithXMLSec1(SampleDocuments.certificateOfOrigin, key: files.key, certificate: files.certificate)
        let result = try XMLSignatureVerifier(trustStore: pki.store).verify(signed, expecting: .partner(identity))
        #expect(result.signer.partnerID == identity)
    }

    @Test("documents signed by the gateway verify with xmlsec1 --enabled-key-data x509", arguments: ["gateway", "CNCUSTOMS"])
    func gatewaySigned(_ identity: String) throws {
        let pki = try DemoPKI.get()
        let signed = try pki.xmlSigner(identity).sign(Array(SampleDocuments.certificateOfOrigin.utf8))
        let file = try ExternalTool.temporaryFile("sealed.xml", signed)
        let ok = try ExternalTool.run(["xmlsec1", "--verify", "--trusted-pem", pki.rootPath, "--untrusted-pem", pki.issuingCAPath, "--enabled-key-data", "x509", file])
        #expect(ok.status == 0, "\(ok.standardError)")
        // The control: xmlsec1 refuses the same document once changed.
        let tampered = try ExternalTool.temporaryFile("tampered.xml", signed.replacingFirst("120", with: "121"))
        let refused = try ExternalTool.run(["xmlsec1", "--verify", "--trusted-pem", pki.rootPath, "--untrusted-pem", pki.issuingCAPath, "--enabled-key-data", "x509", tampered])
        #expect(refused.status != 0)
    }
}
