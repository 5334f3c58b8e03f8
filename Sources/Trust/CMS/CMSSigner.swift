internal import COpenSSL

/// Signs non-XML payloads (EDIFACT interchanges, PDFs...) with a detached CMS signature:
/// SHA-256, binary content (no MIME canonicalisation), DER output (`.p7s`).
///
/// Holds the key and certificate loaded once; safe to use from several tasks at once.
public struct CMSSigner: Sendable {
    /// The signing key.
    public let key: SigningKey
    /// The signer's certificate, embedded in the signature.
    public let certificate: Certificate
    /// Further certificates to embed (intermediate CAs), so verifiers can build the chain.
    public let chain: [Certificate]

    /// - Throws: ``TrustError/Code/keyMismatch`` when the key does not belong to the certificate.
    public init(key: SigningKey, certificate: Certificate, chain: [Certificate] = []) throws(TrustError) {
        try CryptoLibraries.require()
        try key.requireMatch(certificate)
        self.key = key
        self.certificate = certificate
        self.chain = chain
    }

    /// The DER-encoded detached CMS SignedData over `content`.
    public func sign(_ content: some Collection<UInt8>) throws(TrustError) -> [UInt8] {
        let data = try MemoryBIO(content)
        OpenSSLErrors.clear()
        let flags = UInt32(CMS_BINARY | CMS_DETACHED | CMS_PARTIAL)
        guard let cms = CMS_sign(nil, nil, nil, nil, flags) else {
            throw TrustError(.internalFailure, "CMS_sign failed: \(OpenSSLErrors.drain())")
        }
        defer { CMS_ContentInfo_free(cms) }
        guard CMS_add1_signer(cms, certificate.pointer, key.pointer, EVP_sha256(), UInt32(CMS_BINARY)) != nil else {
            throw TrustError(.internalFailure, "CMS_add1_signer failed: \(OpenSSLErrors.drain())")
        }
        for extra in chain { CMS_add1_cert(cms, extra.pointer) }
        guard CMS_final(cms, data.pointer, nil, UInt32(CMS_BINARY | CMS_DETACHED)) == 1 else {
            throw TrustError(.internalFailure, "CMS_final failed: \(OpenSSLErrors.drain())")
        }
        let out = try OutputBIO()
        guard i2d_CMS_bio(out.pointer, cms) == 1 else {
            throw TrustError(.internalFailure, "i2d_CMS_bio failed: \(OpenSSLErrors.drain())")
        }
        return out.bytes
    }
}
