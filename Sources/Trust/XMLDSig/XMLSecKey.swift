internal import CLibXML2
internal import CXMLSec
internal import COpenSSL

/// Builds xmlsec keys from OpenSSL keys the module already holds (nothing is re-read from PEM).
enum XMLSecKey {
    /// An xmlsec key holding a new reference to `pkey` (the caller owns the result: pass it to
    /// a context as `signKey`, which destroys it, or call `xmlSecKeyDestroy`).
    static func make(from pkey: OpaquePointer) throws(TrustError) -> xmlSecKeyPtr {
        EVP_PKEY_up_ref(pkey)
        guard let data = xmlSecOpenSSLEvpKeyAdopt(pkey) else {
            EVP_PKEY_free(pkey)
            throw TrustError(.unsupportedKey, "xmlsec does not accept this key type")
        }
        guard let key = xmlSecKeyCreate() else {
            xmlSecKeyDataDestroy(data)
            throw TrustError(.internalFailure, "xmlSecKeyCreate failed")
        }
        guard xmlSecKeySetValue(key, data) >= 0 else {
            xmlSecKeyDataDestroy(data)
            xmlSecKeyDestroy(key)
            throw TrustError(.internalFailure, "xmlSecKeySetValue failed")
        }
        return key
    }

    /// The public key of a certificate as an xmlsec verification key.
    static func make(verifying certificate: Certificate) throws(TrustError) -> xmlSecKeyPtr {
        guard let pkey = X509_get0_pubkey(certificate.pointer) else {
            throw TrustError(.unreadable, "the certificate \(certificate.subject) has no usable public key")
        }
        return try make(from: pkey)
    }
}
