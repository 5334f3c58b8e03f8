import Foundation
import Testing
import Trust

/// The attack matrix: every document is built with the real signers (the gateway's own
/// XMLSigner or `xmlsec1 --sign` on a template) and then attacked; each attack is refused
/// with its own code.
@Suite("XML-DSig attack matrix")
struct XMLSignatureAttackTests {
    enum Attack: String, CaseIterable, Sendable {
        case changedContent, changedSignedInfo, wrappedSignature, keyValueKey, fileReference, httpReference
        case twoReferences, commentInSignedValue, expired, notYetValid, revoked, untrustedIssuer
        case sha1Digest, xsltTransform, duplicateID, wrongPartner, noDigitalSignatureUsage, twoSignatures

        var expected: TrustError.Code {
            switch self {
            case .changedContent: .digestMismatch
            case .changedSignedInfo: .signatureInvalid
            case .wrappedSignature: .wrappedSignature
            case .keyValueKey: .keyNotFromCertificate
            case .fileReference, .httpReference: .forbiddenReference
            case .twoReferences: .multipleReferences
            case .commentInSignedValue: .unsignedComment
            case .expired: .expired
            case .notYetValid: .notYetValid
            case .revoked: .revoked
            case .untrustedIssuer: .untrustedIssuer
            case .sha1Digest: .forbiddenAlgorithm
            case .xsltTransform: .forbiddenTransform
            case .duplicateID: .duplicateID
            case .wrongPartner: .wrongPartner
            case .noDigitalSignatureUsage: .keyUsage
            case .twoSignatures: .multipleSignatures
            }
        }
    }

    static let document = SampleDocuments.certificateOfOrigin
    static let idArguments = ["--id-attr:Id", "urn:unipass:eco:CertificateOfOrigin"]

    /// The attacked document and the partner the gateway expects.
    func build(_ attack: Attack, _ pki: DemoPKI) throws -> (bytes: [UInt8], expected: ExpectedSigner?) {
        let kcci = pki.paths("KCCI")
        let signedByKCCI = try pki.xmlSigner("KCCI").sign(Array(Self.document.utf8))
        switch attack {
        case .changedContent:
            return (signedByKCCI.replacingFirst("<Quantity>120</Quantity>", with: "<Quantity>999</Quantity>"), .partner("KCCI"))
        case .changedSignedInfo:
            // Any change to SignedInfo breaks SignatureValue; here the canonicalization method.
            return (signedByKCCI.replacingFirst("xml-exc-c14n#\"/>\n<ds:SignatureMethod", with: "xml-exc-c14n#WithComments\"/>\n<ds:SignatureMethod"), .partner("KCCI"))
        case .wrappedSignature:
            // Signed by reference to #co-1; the attacker moves the signed element into an
            // extension and puts a forged certificate of origin (new id) in its place.
            var template = SignatureTemplate()
            template.references = [("#co-1", SignatureTemplate.standardTransforms, SignatureTemplate.sha256)]
            let signed = try template.signWithXMLSec1(Self.document, key: kcci.key, certificate: kcci.certificate, extraArguments: Self.idArguments).text
            guard let start = signed.range(of: "<ds:Signature"), let end = signed.range(of: "</ds:Signature>") else { throw XMLSec1Failure(message: "no signature") }
            let signature = String(signed[start.lowerBound..<end.upperBound])
            let original = Self.document.components(separatedBy: "\n").dropFirst().joined(separator: "\n")
            let forged = """
                <?xml version="1.0" encoding="UTF-8"?>
                <CertificateOfOrigin xmlns="urn:unipass:eco" Id="forged"><Exporter>Shell Company Ltd.</Exporter><Goods><Item hs="7208.51">Hot-rolled steel plate</Item><Quantity>99999</Quantity></Goods>\(signature)<Extension>\(original)</Extension></CertificateOfOrigin>
                """
            return (Array(forged.utf8), .partner("KCCI"))
        case .keyValueKey:
            let attackerKey = try ExternalTool.temporaryFile("attacker.key.pem", [])
            _ = try ExternalTool.run(["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", attackerKey])
            var template = SignatureTemplate()
            template.keyInfo = "<ds:KeyValue/>"
            let forged = Self.document.replacingOccurrences(of: "120", with: "99999")
            return (try template.signWithXMLSec1(forged, key: attackerKey, certificate: nil), nil)
        case .fileReference, .httpReference:
            var template = SignatureTemplate()
            template.references.append(("file:///etc/hostname", "", SignatureTemplate.sha256))
            template.references.removeFirst()
            let signed = try template.signWithXMLSec1(Self.document, key: kcci.key, certificate: kcci.certificate)
            return (attack == .fileReference ? signed : signed.replacingFirst("file:///etc/hostname", with: "http://127.0.0.1:9/co.xml"), .partner("KCCI"))
        case .twoReferences:
            var template = SignatureTemplate()
            template.references.append(("#co-1", SignatureTemplate.standardTransforms, SignatureTemplate.sha256))
            return (try template.signWithXMLSec1(Self.document, key: kcci.key, certificate: kcci.certificate, extraArguments: Self.idArguments), .partner("KCCI"))
        case .commentInSignedValue:
            // Exclusive C14N drops comments, so the digest still matches: "1<!---->20" reads as "1" to a naive reader.
            return (signedByKCCI.replacingFirst("<Quantity>120</Quantity>", with: "<Quantity>1<!--x-->20</Quantity>"), .partner("KCCI"))
        case .expired: return (try pki.xmlSigner("expired").sign(Array(Self.document.utf8)), nil)
        case .notYetValid: return (try pki.xmlSigner("notyet").sign(Array(Self.document.utf8)), nil)
        case .revoked: return (try pki.xmlSigner("revoked").sign(Array(Self.document.utf8)), nil)
        case .untrustedIssuer: return (try pki.xmlSigner("rogue").sign(Array(Self.document.utf8)), nil)
        case .noDigitalSignatureUsage: return (try pki.xmlSigner("nokeyusage").sign(Array(Self.document.utf8)), nil)
        case .sha1Digest:
            var template = SignatureTemplate()
            template.signatureMethod = "http://www.w3.org/2000/09/xmldsig#rsa-sha1"
            template.references = [("", SignatureTemplate.standardTransforms, SignatureTemplate.sha1)]
            return (try template.signWithXMLSec1(Self.document, key: kcci.key, certificate: kcci.certificate), .partner("KCCI"))
        case .xsltTransform:
            var template = SignatureTemplate()
            let xslt = "<ds:Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xslt-19991116\"><xsl:stylesheet xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" version=\"1.0\"><xsl:template match=\"/\"><xsl:copy-of select=\".\"/></xsl:template></xsl:stylesheet></ds:Transform>"
            template.references = [("", "<ds:Transform Algorithm=\"\(SignatureTemplate.enveloped)\"/>" + xslt, SignatureTemplate.sha256)]
            return (try template.signWithXMLSec1(Self.document, key: kcci.key, certificate: kcci.certificate), .partner("KCCI"))
        case .duplicateID:
            var template = SignatureTemplate()
            template.references = [("#co-1", SignatureTemplate.standardTransforms, SignatureTemplate.sha256)]
            let signed = try template.signWithXMLSec1(Self.document, key: kcci.key, certificate: kcci.certificate, extraArguments: Self.idArguments)
            return (signed.replacingFirst("<Exporter>", with: "<Exporter Id=\"co-1\">"), .partner("KCCI"))
        case .wrongPartner:
            return (signedByKCCI, .partner("CNCUSTOMS"))
        case .twoSignatures:
            let countersigned = try pki.xmlSigner("CNCUSTOMS").sign(signedByKCCI)
            return (countersigned, .partner("CNCUSTOMS"))
        }
    }

    @Test("each attack is refused with its own reason", arguments: Attack.allCases)
    func refused(_ attack: Attack) throws {
        let pki = try DemoPKI.get()
        let (bytes, expected) = try build(attack, pki)
        let verifier = XMLSignatureVerifier(trustStore: pki.store)
        let error = #expect(throws: TrustError.self) { try verifier.verify(bytes, expecting: expected) }
        #expect(error?.code == attack.expected, "\(attack): \(error?.description ?? "accepted")")
        #expect(error?.reason.isEmpty == false)
    }

    @Test("the attack codes are all distinct (except the two URI schemes)")
    func distinctCodes() {
        let codes = Attack.allCases.filter { $0 != .httpReference }.map(\.expected)
        #expect(Set(codes).count == codes.count)
    }

    /// Controls: what the unhardened library (xmlsec1 with its defaults) accepts, the gateway
    /// refuses. If xmlsec1 refused these too, the attack documents would prove nothing.
    @Test("xmlsec1 with default settings accepts the KeyValue, comment and XSLT attacks", arguments: [Attack.keyValueKey, .commentInSignedValue, .xsltTransform])
    func defaultLibraryAccepts(_ attack: Attack) throws {
        let pki = try DemoPKI.get()
        let (bytes, _) = try build(attack, pki)
        let file = try ExternalTool.temporaryFile("attack.xml", bytes)
        let result = try ExternalTool.run(["xmlsec1", "--verify", "--trusted-pem", pki.rootPath, "--untrusted-pem", pki.issuingCAPath, file])
        #expect(result.status == 0, "\(result.standardError)")
    }

    @Test("xmlsec1 with --id-attr accepts the wrapped document; the gateway does not")
    func wrappingFoolsDefaultLibrary() throws {
        let pki = try DemoPKI.get()
        let (bytes, _) = try build(.wrappedSignature, pki)
        let file = try ExternalTool.temporaryFile("wrapped.xml", bytes)
        let result = try ExternalTool.run(["xmlsec1", "--verify", "--trusted-pem", pki.rootPath, "--untrusted-pem", pki.issuingCAPath] + Self.idArguments + [file])
        #expect(result.status == 0, "\(result.standardError)")
    }

    @Test("SHA-1 is accepted only for a partner the policy names")
    func legacyDigestPartner() throws {
        let pki = try DemoPKI.get()
        let (bytes, _) = try build(.sha1Digest, pki)
        let legacy = XMLSignatureVerifier(trustStore: pki.store, policy: SignaturePolicy(legacyDigestPartners: ["KCCI"]))
        let result = try legacy.verify(bytes, expecting: .partner("KCCI"))
        #expect(result.signer.digestAlgorithm == "sha1")
        #expect(throws: TrustError(.forbiddenAlgorithm)) { try legacy.verify(bytes) }
        #expect(throws: TrustError(.forbiddenAlgorithm)) { try legacy.verify(bytes, expecting: .partner("CNCUSTOMS")) }
    }
}
