internal import CXMLSec
import Foundation
internal import CLibXML2

/// The shape of the one enveloped signature in a document, checked against the hardened rules
/// before any cryptography runs (so each refusal has its own reason):
///
/// - exactly one `ds:Signature` in the document, no comment inside the signed element and no
///   ID value used twice (`Id`, `ID`, `id`, `xml:id`);
/// - SignedInfo with a whitelisted canonicalization, an allowed signature method, exactly one
///   Reference whose URI is `""` or `#id`, only enveloped/C14N transforms, an allowed digest;
/// - the referenced element is the document element (the element the gateway processes) and
///   the signature sits directly inside it (enveloped); anything else is a wrapping attempt;
/// - KeyInfo holds only X509Data with at least one X509Certificate.
struct SignatureLayout {
    var signature: xmlNodePtr
    var signedElement: xmlNodePtr
    var referenceURI: String
    /// The ID attribute the reference points at (nil for `URI=""`).
    var referencedID: xmlAttrPtr?
    /// The Reference's digest (`sha256`...).
    var digest: String
    /// The signature method (`rsa-sha256`...) and the digest inside it.
    var signatureMethod: String
    var signatureDigest: String
    /// Every certificate of X509Data; the signer is found among them by ``signerAndOthers()``.
    var certificates: [Certificate]

    init(document: xmlDocPtr, store: TrustStore) throws(TrustError) {
        guard let root = xmlDocGetRootElement(document) else { throw TrustError(.malformedDocument, "the document has no root element") }
        let survey = try DocumentSurvey(root: root)
        guard let signature = survey.signatures.first else {
            throw TrustError(.signatureMissing, "no ds:Signature element in \(root.path)")
        }
        guard survey.signatures.count == 1 else {
            let places = survey.signatures.map { "\($0.path) (line \($0.lineNumber))" }.joined(separator: ", ")
            throw TrustError(.multipleSignatures, "\(survey.signatures.count) ds:Signature elements, exactly one expected: \(places)")
        }
        self.signature = signature

        let parts = signature.elementChildren
        guard let signedInfo = parts.first, signedInfo.isElement("SignedInfo"),
              parts.count >= 2, parts[1].isElement("SignatureValue") else {
            throw TrustError(.malformedSignature, "\(signature.path): SignedInfo then SignatureValue expected")
        }
        if let extra = parts.dropFirst(2).first(where: { !$0.isElement("KeyInfo") }) ?? (parts.count > 3 ? parts[3] : nil) {
            throw TrustError(.malformedSignature, "\(extra.path) is not accepted: only SignedInfo, SignatureValue and one KeyInfo; content outside SignedInfo is not signed")
        }
        let info = signedInfo.elementChildren
        guard info.count >= 3, info[0].isElement("CanonicalizationMethod"), info[1].isElement("SignatureMethod") else {
            throw TrustError(.malformedSignature, "\(signedInfo.path): CanonicalizationMethod, SignatureMethod and a Reference expected")
        }
        let c14n = info[0].attribute("Algorithm") ?? ""
        guard XMLDSigAlgorithm.canonicalizations.contains(c14n), info[0].elementChildren.allSatisfy({ $0.isElement("InclusiveNamespaces", in: XMLDSigAlgorithm.exclusiveC14N) }) else {
            throw TrustError(.forbiddenTransform, "canonicalization method \(c14n) is not allowed (only C14N and exclusive C14N)")
        }
        let methodURI = info[1].attribute("Algorithm") ?? ""
        guard let method = XMLDSigAlgorithm.signatures[methodURI], info[1].elementChildren.isEmpty else {
            throw TrustError(.forbiddenAlgorithm, "signature method \(methodURI) is not allowed (RSA or ECDSA with SHA-256/384/512)")
        }
        signatureMethod = method.name
        let references = info.dropFirst(2)
        guard references.allSatisfy({ $0.isElement("Reference") }) else {
            throw TrustError(.malformedSignature, "\(signedInfo.path): only Reference elements may follow SignatureMethod")
        }
        guard references.count == 1, let reference = references.first else {
            throw TrustError(.multipleReferences, "\(signedInfo.path) has \(references.count) Reference elements; exactly one, covering the whole document, is required")
        }

        // The reference: same document only, and it must cover the document element.
        guard let uri = reference.attribute("URI") else {
            throw TrustError(.forbiddenReference, "the Reference has no URI attribute; URI=\"\" or URI=\"#id\" is required")
        }
        referenceURI = uri
        if uri.isEmpty {
            signedElement = root
            referencedID = nil
        } else if uri.hasPrefix("#"), !uri.hasPrefix("#xpointer("), uri.count > 1 {
            let id = String(uri.dropFirst())
            guard let target = survey.ids[id] else {
                throw TrustError(.forbiddenReference, "the Reference URI \(uri) names no element of this document")
            }
            signedElement = target.element
            referencedID = target.attribute
        } else {
            throw TrustError(.forbiddenReference, "the Reference URI \"\(uri)\" is not the same document (only \"\" or \"#id\" are allowed)")
        }
        guard signedElement == root else {
            throw TrustError(.wrappedSignature, "the signature covers \(signedElement.path) (line \(signedElement.lineNumber)), not the document element \(root.path) that is processed")
        }
        guard signature.pointee.parent == signedElement else {
            throw TrustError(.wrappedSignature, "the signature at \(signature.path) is not enveloped directly in the element it signs, \(signedElement.path)")
        }
        if let comment = survey.firstComment {
            throw TrustError(.unsignedComment, "a comment at line \(comment) inside the signed element is not covered by the signature; comments are refused")
        }

        let referenceParts = reference.elementChildren
        var index = 0
        if index < referenceParts.count, referenceParts[index].isElement("Transforms") {
            for transform in referenceParts[index].elementChildren {
                let algorithm = transform.attribute("Algorithm") ?? ""
                let allowed = transform.isElement("Transform")
                    && (algorithm == XMLDSigAlgorithm.envelopedSignature || XMLDSigAlgorithm.canonicalizations.contains(algorithm))
                    && transform.elementChildren.allSatisfy { $0.isElement("InclusiveNamespaces", in: XMLDSigAlgorithm.exclusiveC14N) }
                guard allowed else {
                    throw TrustError(.forbiddenTransform, "transform \(algorithm.isEmpty ? transform.displayName : algorithm) is not allowed (only enveloped-signature and C14N)")
                }
            }
            index += 1
        }
        guard index < referenceParts.count, referenceParts[index].isElement("DigestMethod"),
              index + 1 < referenceParts.count, referenceParts[index + 1].isElement("DigestValue") else {
            throw TrustError(.malformedSignature, "\(reference.path): DigestMethod and DigestValue expected")
        }
        let digestURI = referenceParts[index].attribute("Algorithm") ?? ""
        guard let digest = XMLDSigAlgorithm.digests[digestURI] else {
            throw TrustError(.forbiddenAlgorithm, "digest method \(digestURI) is not allowed")
        }
        self.digest = digest
        signatureDigest = method.digest

        certificates = try Self.certificates(in: parts.dropFirst(2).first { $0.isElement("KeyInfo") }, signature: signature, store: store)
    }

    /// Most certificates accepted in X509Data (signer plus chain).
    static let maximumCertificates = 8

    /// The certificates of KeyInfo/X509Data; any other key source is refused.
    static func certificates(in keyInfo: xmlNodePtr?, signature: xmlNodePtr, store: TrustStore) throws(TrustError) -> [Certificate] {
        guard let keyInfo else {
            throw TrustError(.keyNotFromCertificate, "\(signature.path) has no KeyInfo; the signer's X.509 certificate must be in KeyInfo/X509Data")
        }
        var certificates: [Certificate] = []
        for child in keyInfo.elementChildren {
            guard child.isElement("X509Data") else {
                throw TrustError(.keyNotFromCertificate, "KeyInfo/\(child.displayName) is not accepted: keys come only from X.509 certificates (X509Data)")
            }
            for item in child.elementChildren where item.isElement("X509Certificate") {
                // A signer and its CA chain need a handful; hundreds would only cost time.
                guard certificates.count < Self.maximumCertificates else {
                    throw TrustError(.malformedSignature, "X509Data holds more than \(Self.maximumCertificates) certificates")
                }
                do {
                    certificates.append(try store.cache.certificate(base64Encoded: item.compactTextBytes))
                } catch {
                    throw TrustError(.unreadable, "\(item.path) (line \(item.lineNumber)): \(error.reason)")
                }
            }
        }
        guard !certificates.isEmpty else {
            throw TrustError(.keyNotFromCertificate, "KeyInfo carries no X509Certificate")
        }
        return certificates
    }

    /// The signer's certificate (the leaf: the one that issued no other certificate of
    /// X509Data) and the rest as untrusted chain material.
    func signerAndOthers() throws(TrustError) -> (signer: Certificate, others: [Certificate]) {
        let leaves = certificates.filter { candidate in
            !certificates.contains { other in other != candidate && candidate.issued(other) }
        }
        guard leaves.count == 1, let signer = leaves.first else {
            throw TrustError(.keyNotFromCertificate, "X509Data holds \(certificates.count) certificates and no single signer among them")
        }
        return (signer, certificates.filter { $0 != signer })
    }
}
