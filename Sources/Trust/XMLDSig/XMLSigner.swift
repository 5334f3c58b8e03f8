internal import CXMLSec
internal import CLibXML2
public import XMLSupport

/// Produces enveloped XML-DSig signatures over whole documents: the gateway's seal, and
/// `unipass sign` for XML.
///
/// The signature is appended as the last child of the document element: one Reference with
/// `URI=""`, transforms enveloped-signature + exclusive C14N, SHA-256, RSA-SHA256 or
/// ECDSA-SHA256 by key type, exclusive C14N for SignedInfo, and the signer's certificate in
/// `ds:KeyInfo/ds:X509Data/ds:X509Certificate`. The input is parsed with the hardened parser.
/// Key and certificate are loaded once; safe to use from several tasks at once.
public struct XMLSigner: Sendable {
    public let key: SigningKey
    public let certificate: Certificate
    private let certificateDER: [UInt8]

    /// - Throws: ``TrustError/Code/keyMismatch`` when the key does not belong to the certificate.
    public init(key: SigningKey, certificate: Certificate) throws(TrustError) {
        try CryptoLibraries.require()
        try key.requireMatch(certificate)
        self.key = key
        self.certificate = certificate
        self.certificateDER = certificate.derBytes
    }

    /// The signed document's bytes (UTF-8, with an XML declaration).
    ///
    /// - Throws: `.malformedDocument` for input the hardened parser refuses; `.internalFailure`
    ///   if xmlsec cannot sign.
    public func sign(_ bytes: some Collection<UInt8>, parseOptions: XMLParseOptions = .default) throws(TrustError) -> [UInt8] {
        let document: XMLDocument
        do { document = try XMLDocument(parsing: bytes, options: parseOptions) } catch {
            throw TrustError(.malformedDocument, error.description)
        }
        return try sign(document)
    }

    /// Signs a document this caller owns (it is modified: the signature is added to it) and
    /// returns its serialization.
    public func sign(_ document: XMLDocument) throws(TrustError) -> [UInt8] {
        try CryptoLibraries.require()
        let doc = document.pointer
        guard let root = xmlDocGetRootElement(doc) else { throw TrustError(.malformedDocument, "the document has no root element") }
        let method = key.kind == .rsa ? unipass_xmlsec_transform_rsa_sha256() : unipass_xmlsec_transform_ecdsa_sha256()
        guard let signature = xmlSecTmplSignatureCreateNsPref(doc, unipass_xmlsec_transform_excl_c14n(), method, nil, "ds") else {
            throw TrustError(.internalFailure, "xmlsec could not create the signature template")
        }
        guard xmlAddChild(root, signature) != nil else {
            xmlFreeNode(signature)
            throw TrustError(.internalFailure, "could not add the signature to the document element")
        }
        guard let reference = xmlSecTmplSignatureAddReference(signature, unipass_xmlsec_transform_sha256(), nil, "", nil),
              xmlSecTmplReferenceAddTransform(reference, unipass_xmlsec_transform_enveloped()) != nil,
              xmlSecTmplReferenceAddTransform(reference, unipass_xmlsec_transform_excl_c14n()) != nil,
              let keyInfo = xmlSecTmplSignatureEnsureKeyInfo(signature, nil),
              let x509Data = xmlSecTmplKeyInfoAddX509Data(keyInfo),
              xmlSecTmplX509DataAddCertificate(x509Data) != nil else {
            throw TrustError(.internalFailure, "xmlsec could not fill the signature template")
        }

        guard let context = xmlSecDSigCtxCreate(nil) else { throw TrustError(.internalFailure, "xmlSecDSigCtxCreate failed") }
        defer { xmlSecDSigCtxDestroy(context) }
        let signKey = try XMLSecKey.make(from: key.pointer)
        context.pointee.signKey = signKey  // owned by the context from here on
        let loaded = certificateDER.withUnsafeBufferPointer { buffer in
            xmlSecOpenSSLAppKeyCertLoadMemory(signKey, buffer.baseAddress, UInt32(buffer.count), xmlSecKeyDataFormatDer)
        }
        guard loaded >= 0 else { throw TrustError(.internalFailure, "xmlsec could not attach the certificate to the key") }
        OpenSSLErrors.clear()
        guard xmlSecDSigCtxSign(context, signature) >= 0 else {
            throw TrustError(.internalFailure, "xmlsec could not sign: \(OpenSSLErrors.drain())")
        }
        do { return try document.serialized() } catch { throw TrustError(.internalFailure, error.description) }
    }
}
