public import Foundation
internal import COpenSSL

/// Verifies detached CMS signatures (DER or PEM `.p7s`) over non-XML payloads against a
/// ``TrustStore``.
///
/// What is checked: exactly one signer; its digest algorithm is allowed by the policy
/// (SHA-256/384/512); the signature and the content digest (OpenSSL `CMS_verify` with
/// `CMS_BINARY | CMS_DETACHED`, the signer certificate checked by the trust store rather than
/// OpenSSL's S/MIME defaults); the signer certificate's chain, validity at the verification
/// time, revocation and key usage; and, when given, that the signer is the expected partner.
/// Immutable and safe to share between tasks.
public struct CMSVerifier: Sendable {
    public let trustStore: TrustStore
    public let policy: SignaturePolicy

    public init(trustStore: TrustStore, policy: SignaturePolicy = .strict) {
        self.trustStore = trustStore
        self.policy = policy
    }

    /// Verifies `signature` over `content`.
    ///
    /// - Parameters:
    ///   - expecting: the partner who submitted the content; a valid signature by anyone else is refused.
    ///   - time: verification time for certificate validity and CRLs (default now).
    public func verify(
        content: some Collection<UInt8>, signature: [UInt8], expecting expected: ExpectedSigner? = nil, at time: Date = Date()
    ) throws(TrustError) -> VerifiedSigner {
        try CryptoLibraries.require()
        let cms = try Self.decode(signature)
        defer { CMS_ContentInfo_free(cms) }
        guard OBJ_obj2nid(CMS_get0_type(cms)) == NID_pkcs7_signed else {
            throw TrustError(.malformedSignature, "the CMS structure is not SignedData")
        }
        guard let infos = CMS_get0_SignerInfos(cms), unipass_sk_CMS_SignerInfo_num(infos) == 1,
              let info = unipass_sk_CMS_SignerInfo_value(infos, 0) else {
            throw TrustError(.multipleSignatures, "a detached signature must have exactly one signer")
        }
        let digestNID = unipass_CMS_SignerInfo_digest_nid(info)
        let digest = Self.digestName(digestNID)
        guard policy.allowsDigest(digest, expected: expected, store: trustStore) else {
            throw TrustError(.forbiddenAlgorithm, "digest algorithm \(digest) is not allowed (SHA-256, SHA-384 or SHA-512 required)")
        }

        let data = try MemoryBIO(content)
        OpenSSLErrors.clear()
        let flags = UInt32(CMS_BINARY | CMS_DETACHED | CMS_NO_SIGNER_CERT_VERIFY)
        if CMS_verify(cms, nil, nil, data.pointer, nil, flags) != 1 {
            let detail = OpenSSLErrors.drain()
            guard let signers = CMS_get0_signers(cms) else {
                throw TrustError(.keyNotFromCertificate, "the signature carries no signer certificate: \(detail)")
            }
            unipass_sk_X509_free(signers)
            // CMS_verify checks the signature over the signed attributes first, then the content digest.
            if CMS_SignerInfo_verify(info) == 1 {
                OpenSSLErrors.clear()
                throw TrustError(.digestMismatch, "the content does not match the signed digest: it was changed after signing")
            }
            OpenSSLErrors.clear()
            throw TrustError(.signatureInvalid, "the CMS signature does not verify with the signer's key: \(detail)")
        }
        guard let signers = CMS_get0_signers(cms), unipass_sk_X509_num(signers) == 1, let signerPointer = unipass_sk_X509_value(signers, 0) else {
            throw TrustError(.keyNotFromCertificate, "the signature carries no signer certificate")
        }
        let signer = Certificate(retaining: signerPointer)
        unipass_sk_X509_free(signers)
        var intermediates: [Certificate] = []
        if let certificates = CMS_get1_certs(cms) {
            for index in 0..<unipass_sk_X509_num(certificates) {
                if let member = unipass_sk_X509_value(certificates, index) { intermediates.append(Certificate(retaining: member)) }
            }
            unipass_sk_X509_pop_free(certificates)
        }
        return try trustStore.checkSigner(signer, intermediates: intermediates, expected: expected, at: time, digestAlgorithm: digest)
    }

    /// Decodes DER, or PEM (`-----BEGIN CMS-----` / `PKCS7`).
    static func decode(_ signature: [UInt8]) throws(TrustError) -> OpaquePointer {
        let bio = try MemoryBIO(signature)
        OpenSSLErrors.clear()
        let decoded = signature.first == 0x30 ? d2i_CMS_bio(bio.pointer, nil) : unipass_PEM_read_bio_CMS(bio.pointer)
        guard let decoded else { throw TrustError(.unreadable, "the signature is not a DER or PEM CMS structure: \(OpenSSLErrors.drain())") }
        return decoded
    }

    static func digestName(_ nid: Int32) -> String {
        switch nid {
        case NID_sha1: "sha1"
        case NID_sha256: "sha256"
        case NID_sha384: "sha384"
        case NID_sha512: "sha512"
        case NID_md5: "md5"
        default: nid == NID_undef ? "unknown" : String(cString: OBJ_nid2sn(nid))
        }
    }
}
