import Foundation
import Testing
import Trust
import XMLSupport

@Suite("XML-DSig sign and verify")
struct XMLSignatureTests {
    static let document = Array(SampleDocuments.certificateOfOrigin.utf8)

    @Test("the gateway's seal verifies, for RSA and ECDSA signers", arguments: ["gateway", "KCCI", "CNCUSTOMS"])
    func roundTrip(_ identity: String) throws {
        let pki = try DemoPKI.get()
        let signed = try pki.xmlSigner(identity).sign(Self.document)
        let result = try XMLSignatureVerifier(trustStore: pki.store).verify(signed)
        #expect(result.signedElement == XMLQualifiedName(namespace: "urn:unipass:eco", localName: "CertificateOfOrigin"))
        #expect(result.referenceURI == "")
        #expect(result.signatureAlgorithm == (identity == "CNCUSTOMS" ? "ecdsa-sha256" : "rsa-sha256"))
        #expect(result.signer.chain.count == 3)
        #expect(result.signer.partnerID == (identity == "gateway" ? nil : identity))
        #expect(result.signer.digestAlgorithm == "sha256")
    }

    @Test("the seal has the contract's shape: URI=\"\", exclusive C14N, enveloped, X509Certificate")
    func sealShape() throws {
        let pki = try DemoPKI.get()
        let signed = try pki.xmlSigner("gateway").sign(Self.document).text
        #expect(signed.contains("<ds:Reference URI=\"\">"))
        #expect(signed.contains("<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/>"))
        #expect(signed.contains("http://www.w3.org/2000/09/xmldsig#enveloped-signature"))
        #expect(signed.contains("<ds:X509Data>\n<ds:X509Certificate>"))
        #expect(!signed.contains("KeyValue"))
    }

    @Test("the verified result carries exactly the digested bytes of the signed element")
    func signedContent() throws {
        let pki = try DemoPKI.get()
        let signed = try pki.xmlSigner("KCCI").sign(Self.document)
        let result = try XMLSignatureVerifier(trustStore: pki.store).verify(signed, expecting: .partner("KCCI"))
        let content = result.signedContent.text
        #expect(content.hasPrefix("<CertificateOfOrigin xmlns=\"urn:unipass:eco\" Id=\"co-1\">"))
        #expect(content.contains("<Quantity>120</Quantity>"))
        #expect(!content.contains("Signature"))
    }

    @Test("a reference to the document element by #id verifies")
    func referenceByID() throws {
        let pki = try DemoPKI.get()
        let files = pki.paths("CNCUSTOMS")
        var template = SignatureTemplate()
        template.signatureMethod = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"
        template.references = [("#co-1", SignatureTemplate.standardTransforms, SignatureTemplate.sha256)]
        let signed = try template.signWithXMLSec1(SampleDocuments.certificateOfOrigin, key: files.key, certificate: files.certificate, extraArguments: XMLSignatureAttackTests.idArguments)
        let result = try XMLSignatureVerifier(trustStore: pki.store).verify(signed, expecting: .partner("CNCUSTOMS"))
        #expect(result.referenceURI == "#co-1")
    }

    @Test("validity is judged at the injected verification time")
    func injectedTime() throws {
        let pki = try DemoPKI.get()
        let signed = try pki.xmlSigner("KCCI").sign(Self.document)
        let verifier = XMLSignatureVerifier(trustStore: pki.store)
        let certificate = try pki.certificate("partners/KCCI.pem")
        _ = try verifier.verify(signed, at: Date())
        #expect(throws: TrustError(.expired)) { try verifier.verify(signed, at: certificate.notValidAfter.addingTimeInterval(86_400)) }
        #expect(throws: TrustError(.notYetValid)) { try verifier.verify(signed, at: certificate.notValidBefore.addingTimeInterval(-60)) }
    }

    @Test("a pinned certificate must be the signer's")
    func pinnedCertificate() throws {
        let pki = try DemoPKI.get()
        let signed = try pki.xmlSigner("KCCI").sign(Self.document)
        let verifier = XMLSignatureVerifier(trustStore: pki.store)
        _ = try verifier.verify(signed, expecting: .certificate(pki.certificate("partners/KCCI.pem")))
        #expect(throws: TrustError(.wrongPartner)) { try verifier.verify(signed, expecting: .certificate(pki.certificate("gateway.cert.pem"))) }
        #expect(throws: TrustError(.unknownPartner)) { try verifier.verify(signed, expecting: .partner("NOSUCH")) }
    }

    @Test("without CRLs in the store, revocation cannot be decided and the signature is refused")
    func missingCRL() throws {
        let pki = try DemoPKI.get()
        let signed = try pki.xmlSigner("KCCI").sign(Self.document)
        let noCRLs = try TrustStore(anchorsAt: pki.path("trust"))
        #expect(throws: TrustError(.revocationUnknown)) { try XMLSignatureVerifier(trustStore: noCRLs).verify(signed) }
        let skipping = try TrustStore(anchorsAt: pki.path("trust"), revocation: .skipped)
        _ = try XMLSignatureVerifier(trustStore: skipping).verify(signed)
    }

    @Test("hostile or broken input gets a clear error", arguments: [
        ("<a><b></a>", TrustError.Code.malformedDocument),
        ("<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>", .malformedDocument),
        ("<a>unsigned</a>", .signatureMissing),
        ("<a><ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"/></a>", .malformedSignature),
    ])
    func hostileInput(_ input: String, _ code: TrustError.Code) throws {
        let pki = try DemoPKI.get()
        #expect(throws: TrustError(code)) { try XMLSignatureVerifier(trustStore: pki.store).verify(Array(input.utf8)) }
    }

    @Test("content outside SignedInfo (ds:Object) is refused: it would not be signed")
    func objectRefused() throws {
        let pki = try DemoPKI.get()
        let signed = try pki.xmlSigner("KCCI").sign(Self.document)
        let withObject = signed.replacingFirst("</ds:KeyInfo>", with: "</ds:KeyInfo><ds:Object><Quantity>999</Quantity></ds:Object>")
        #expect(throws: TrustError(.malformedSignature)) { try XMLSignatureVerifier(trustStore: pki.store).verify(withObject) }
    }

    @Test("X509Data stuffed with certificates is refused before any chain building")
    func tooManyCertificates() throws {
        let pki = try DemoPKI.get()
        let signed = try pki.xmlSigner("KCCI").sign(Self.document).text
        guard let start = signed.range(of: "<ds:X509Certificate>"), let end = signed.range(of: "</ds:X509Certificate>") else {
            Issue.record("no certificate in the seal")
            return
        }
        let element = String(signed[start.lowerBound..<end.upperBound])
        let stuffed = signed.replacingOccurrences(of: element, with: String(repeating: element, count: 9))
        #expect(throws: TrustError(.malformedSignature)) { try XMLSignatureVerifier(trustStore: pki.store).verify(Array(stuffed.utf8)) }
    }

    @Test("an encrypted key is refused at once instead of prompting for a passphrase")
    func encryptedKey() throws {
        let path = try ExternalTool.temporaryFile("encrypted.key.pem", [])
        let made = try ExternalTool.run(["openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-aes256", "-pass", "pass:secret", "-out", path])
        #expect(made.status == 0)
        #expect(throws: TrustError(.unreadable)) { try SigningKey(contentsOfFile: path) }
    }

    @Test("a key that does not belong to the certificate cannot sign")
    func keyMismatch() throws {
        let pki = try DemoPKI.get()
        #expect(throws: TrustError(.keyMismatch)) { try XMLSigner(key: pki.key("keys/KCCI.key.pem"), certificate: pki.certificate("gateway.cert.pem")) }
    }

    @Test("verification is safe from many tasks at once")
    func concurrent() async throws {
        let pki = try DemoPKI.get()
        let signed = try pki.xmlSigner("CNCUSTOMS").sign(Self.document)
        let verifier = XMLSignatureVerifier(trustStore: pki.store)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<64 {
                group.addTask {
                    let bytes = index.isMultiple(of: 2) ? signed : signed.replacingFirst("120", with: "121")
                    do {
                        _ = try verifier.verify(bytes, expecting: .partner("CNCUSTOMS"))
                        #expect(index.isMultiple(of: 2))
                    } catch {
                        #expect((error as? TrustError)?.code == .digestMismatch)
                    }
                }
            }
            try await group.waitForAll()
        }
    }
}
