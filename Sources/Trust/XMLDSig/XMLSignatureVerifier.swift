public import Foundation
public import XMLSupport
internal import CXMLSec
internal import CLibXML2

/// Verifies enveloped XML-DSig signatures, hardened beyond xmlsec's defaults.
///
/// Accepted: exactly one signature, enveloped directly in the document element, with exactly
/// one Reference (`URI=""` or `#id` naming the document element), only enveloped-signature and
/// (exclusive) C14N transforms, SHA-256/384/512 (SHA-1 only for partners the
/// ``SignaturePolicy`` names), and the key of an X.509 certificate from `KeyInfo/X509Data`
/// that chains to the ``TrustStore``, is valid at the verification time, unrevoked, allowed to
/// sign, and (when given) is the expected partner's. Refused before xmlsec runs: KeyValue,
/// RetrievalMethod, KeyName, other-document references, XSLT/XPath transforms, duplicate IDs,
/// comments in the signed element, wrapped signatures. xmlsec then runs with the same
/// whitelist (enabled transforms, reference URIs limited to empty/same-document, key data
/// limited to X.509, manifests ignored) and the key already fixed, and only
/// `xmlSecDSigStatusSucceeded` counts as success.
///
/// Immutable; safe to share between tasks (each call parses its own document).
public struct XMLSignatureVerifier: Sendable {
    public let trustStore: TrustStore
    public let policy: SignaturePolicy
    public let parseOptions: XMLParseOptions

    public init(trustStore: TrustStore, policy: SignaturePolicy = .strict, parseOptions: XMLParseOptions = .default) {
        self.trustStore = trustStore
        self.policy = policy
        self.parseOptions = parseOptions
    }

    /// Parses (hardened) and verifies a signed document.
    ///
    /// - Parameters:
    ///   - expecting: the partner who submitted the document; a valid signature by anyone else
    ///     is refused with `.wrongPartner`.
    ///   - time: the verification time for certificate validity and CRLs (default now).
    /// - Throws: ``TrustError`` naming the first rule the document breaks.
    public func verify(
        _ bytes: some Collection<UInt8>, expecting expected: ExpectedSigner? = nil, at time: Date = Date(), sourceName: String? = nil
    ) throws(TrustError) -> VerifiedXMLSignature {
        try CryptoLibraries.require()
        let document: XMLDocument
        do { document = try XMLDocument(parsing: bytes, options: parseOptions, sourceName: sourceName) } catch {
            throw TrustError(.malformedDocument, error.description)
        }
        return try verify(document, expecting: expected, at: time)
    }

    /// Verifies an already parsed document. The call registers the referenced ID attribute in
    /// the document, so no other task may read `document` during the call.
    public func verify(_ document: XMLDocument, expecting expected: ExpectedSigner? = nil, at time: Date = Date()) throws(TrustError) -> VerifiedXMLSignature {
        try CryptoLibraries.require()
        let doc = document.pointer
        let layout = try SignatureLayout(document: doc, store: trustStore)
        for digest in Set([layout.digest, layout.signatureDigest]) where !policy.allowsDigest(digest, expected: expected, store: trustStore) {
            throw TrustError(.forbiddenAlgorithm, "\(digest.uppercased()) is not allowed (signature method \(layout.signatureMethod)); SHA-256, SHA-384 or SHA-512 required")
        }
        let (signer, others) = try layout.signerAndOthers()

        if let attribute = layout.referencedID, let owner = attribute.pointee.parent {
            let value = UnsafeMutablePointer<xmlNode>.value(of: attribute)
            if xmlGetID(doc, value) == nil, xmlAddID(nil, doc, value, attribute) == nil {
                throw TrustError(.duplicateID, "ID \"\(value)\" on \(owner.path) could not be registered")
            }
        }
        let content = try runXMLSec(layout, signer: signer, legacy: layout.digest == "sha1" || layout.signatureDigest == "sha1")
        let verifiedSigner = try trustStore.checkSigner(signer, intermediates: others, expected: expected, at: time, digestAlgorithm: layout.digest)
        return VerifiedXMLSignature(
            signer: verifiedSigner,
            document: document,
            signedElement: XMLQualifiedName(namespace: layout.signedElement.namespaceURI, localName: layout.signedElement.localName),
            referenceURI: layout.referenceURI,
            signatureAlgorithm: layout.signatureMethod,
            signedContent: content
        )
    }

    /// Runs xmlsec with the whitelist and the certificate's key; returns the digested bytes.
    private func runXMLSec(_ layout: SignatureLayout, signer: Certificate, legacy: Bool) throws(TrustError) -> [UInt8] {
        guard let context = xmlSecDSigCtxCreate(nil) else { throw TrustError(.internalFailure, "xmlSecDSigCtxCreate failed") }
        defer { xmlSecDSigCtxDestroy(context) }
        context.pointee.flags = UInt32(XMLSEC_DSIG_FLAGS_IGNORE_MANIFESTS | XMLSEC_DSIG_FLAGS_STORE_SIGNEDINFO_REFERENCES)
        context.pointee.enabledReferenceUris = xmlSecTransformUriType(xmlSecTransformUriTypeEmpty | xmlSecTransformUriTypeSameDocument)
        guard unipass_xmlsec_enable_only_x509(context) >= 0, XMLDSigAlgorithm.restrict(context, allowingSHA1: legacy) else {
            throw TrustError(.internalFailure, "xmlsec refused the verification settings")
        }
        context.pointee.signKey = try XMLSecKey.make(verifying: signer)  // owned by the context

        OpenSSLErrors.clear()
        let processed = xmlSecDSigCtxVerify(context, layout.signature)
        OpenSSLErrors.clear()
        guard processed >= 0 else {
            throw TrustError(.signatureInvalid, "xmlsec could not process the signature at \(layout.signature.path) with the key of \(signer.subject) (\(layout.signatureMethod))")
        }
        guard context.pointee.status == xmlSecDSigStatusSucceeded else {
            if unipass_xmlsec_first_reference_status(context) == xmlSecDSigStatusInvalid {
                throw TrustError(.digestMismatch, "the digest of \(layout.signedElement.path) does not match Reference URI=\"\(layout.referenceURI)\": the signed content was changed")
            }
            throw TrustError(.signatureInvalid, "SignatureValue does not match SignedInfo for the key of \(signer.subject): SignedInfo was changed or another key signed")
        }
        guard let buffer = unipass_xmlsec_first_reference_data(context), let data = xmlSecBufferGetData(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: Int(xmlSecBufferGetSize(buffer))))
    }
}
