public import Foundation
internal import COpenSSL

extension TrustStore {
    /// Verifies that `certificate` may sign at `time`: its chain leads to a trust anchor in this
    /// store, every certificate in the chain is valid at `time`, none is revoked (CRLs of every
    /// issuer, unless the store skips revocation), and the certificate's key usage allows
    /// digital signatures.
    ///
    /// - Parameters:
    ///   - intermediates: untrusted certificates that may help build the chain (e.g. from the
    ///     signature's X509Data or the CMS certificate set); they never become anchors.
    ///   - time: the verification time (injectable for tests; default now).
    /// - Returns: the chain from `certificate` to its anchor.
    /// - Throws: ``TrustError`` with `.untrustedIssuer`, `.expired`, `.notYetValid`, `.revoked`,
    ///   `.revocationUnknown`, `.keyUsage` or `.certificateInvalid`, naming the certificate.
    ///   - use: `.signing` (default) also requires the digitalSignature key usage; `.authority`
    ///     checks a CA certificate of the store (chain, validity, revocation) without it.
    @discardableResult
    public func verify(
        _ certificate: Certificate, intermediates: [Certificate] = [], at time: Date = Date(), for use: CertificateUse = .signing
    ) throws(TrustError) -> [Certificate] {
        // The signer's own validity first: OpenSSL checks CRLs before times, and "the CRL is not
        // yet valid" would hide the plainer truth that the certificate itself is not.
        if certificate.notValidBefore > time {
            throw TrustError(.notYetValid, "signer certificate \(certificate.subject) is valid only from \(Self.timestamp(certificate.notValidBefore)), verification time \(Self.timestamp(time))")
        }
        if certificate.notValidAfter < time {
            throw TrustError(.expired, "signer certificate \(certificate.subject) expired at \(Self.timestamp(certificate.notValidAfter)), verification time \(Self.timestamp(time))")
        }
        let key = VerificationCache.key(certificate, intermediates) + [use == .signing ? 1 : 2]
        if let chain = cache.chain(for: key, at: time) { return chain }
        guard let context = X509_STORE_CTX_new() else { throw TrustError(.internalFailure, "X509_STORE_CTX_new failed") }
        defer { X509_STORE_CTX_free(context) }
        guard let untrusted = unipass_sk_X509_new_null() else { throw TrustError(.internalFailure, "sk_X509_new_null failed") }
        defer { unipass_sk_X509_free(untrusted) }
        for extra in intermediates where extra != certificate { _ = unipass_sk_X509_push(untrusted, extra.pointer) }

        OpenSSLErrors.clear()
        guard X509_STORE_CTX_init(context, store, certificate.pointer, untrusted) == 1 else {
            throw TrustError(.internalFailure, "X509_STORE_CTX_init failed: \(OpenSSLErrors.drain())")
        }
        let parameters = X509_STORE_CTX_get0_param(context)
        X509_VERIFY_PARAM_set_time(parameters, time_t(time.timeIntervalSince1970.rounded(.down)))
        if revocation == .required {
            X509_VERIFY_PARAM_set_flags(parameters, UInt(X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL))
        }
        let outcome = X509_verify_cert(context)
        OpenSSLErrors.clear()
        guard outcome == 1 else {
            let code = X509_STORE_CTX_get_error(context)
            let depth = X509_STORE_CTX_get_error_depth(context)
            let culprit = X509_STORE_CTX_get_current_cert(context).map { Certificate.name(X509_get_subject_name($0)) } ?? certificate.subject
            let text = String(cString: X509_verify_cert_error_string(Int(code)))
            let which = depth == 0 ? "signer certificate \(culprit)" : "certificate \(culprit) (chain depth \(depth))"
            throw TrustError(Self.code(forVerifyError: code), "\(which): \(text) at \(Self.timestamp(time))")
        }
        let usage = X509_get_key_usage(certificate.pointer)
        if use == .signing, usage != UInt32.max, usage & UInt32(KU_DIGITAL_SIGNATURE) == 0 {
            throw TrustError(.keyUsage, "signer certificate \(certificate.subject): key usage does not include digitalSignature")
        }
        var chain: [Certificate] = []
        if let stack = X509_STORE_CTX_get0_chain(context) {
            for index in 0..<unipass_sk_X509_num(stack) {
                if let member = unipass_sk_X509_value(stack, index) { chain.append(Certificate(retaining: member)) }
            }
        }
        var window = (from: chain.map(\.notValidBefore).max() ?? time, until: chain.map(\.notValidAfter).min() ?? time)
        if revocation == .required {
            window = (max(window.from, revocationWindow.lowerBound), min(window.until, revocationWindow.upperBound))
        }
        if window.from <= time, time <= window.until {
            cache.remember(VerificationCache.Chain(chain: chain, validFrom: window.from, validUntil: window.until), for: key)
        }
        return chain
    }

    /// What a certificate is checked for.
    public enum CertificateUse: Sendable, Hashable {
        /// Signing documents: digitalSignature key usage required.
        case signing
        /// Issuing certificates (a CA of the store): no digitalSignature requirement.
        case authority
    }

    /// Maps OpenSSL's verification error to the module's codes.
    static func code(forVerifyError error: Int32) -> TrustError.Code {
        switch error {
        case X509_V_ERR_CERT_HAS_EXPIRED: .expired
        case X509_V_ERR_CERT_NOT_YET_VALID: .notYetValid
        case X509_V_ERR_CERT_REVOKED: .revoked
        case X509_V_ERR_UNABLE_TO_GET_CRL, X509_V_ERR_CRL_HAS_EXPIRED, X509_V_ERR_CRL_NOT_YET_VALID,
             X509_V_ERR_UNABLE_TO_GET_CRL_ISSUER, X509_V_ERR_CRL_SIGNATURE_FAILURE,
             X509_V_ERR_UNABLE_TO_DECRYPT_CRL_SIGNATURE, X509_V_ERR_DIFFERENT_CRL_SCOPE:
            .revocationUnknown
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT, X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY,
             X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT, X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN,
             X509_V_ERR_CERT_UNTRUSTED, X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE, X509_V_ERR_CERT_REJECTED:
            .untrustedIssuer
        case X509_V_ERR_INVALID_PURPOSE, X509_V_ERR_KEYUSAGE_NO_CERTSIGN, X509_V_ERR_KEYUSAGE_NO_DIGITAL_SIGNATURE:
            .keyUsage
        default: .certificateInvalid
        }
    }

    static func timestamp(_ time: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: time)
    }
}
