import Foundation
internal import COpenSSL

/// A private key for signing (RSA or EC), owning its OpenSSL `EVP_PKEY`.
///
/// Load it once and reuse it: signing takes new references to the key, never re-reads the PEM.
/// Safe to share between tasks (OpenSSL keys are reference counted and signing uses its own
/// context per call). Never printed, never written anywhere by this module.
public final class SigningKey: @unchecked Sendable {
    /// The key algorithm, which decides the signature algorithm (RSA-SHA256 or ECDSA-SHA256).
    public enum Kind: String, Sendable { case rsa, ecdsa }

    let pointer: OpaquePointer
    /// RSA or ECDSA.
    public let kind: Kind

    /// Decodes an unencrypted PEM private key (PKCS#8, PKCS#1 or SEC1).
    public init(pemEncoded bytes: some Collection<UInt8>) throws(TrustError) {
        let bio = try MemoryBIO(bytes)
        OpenSSLErrors.clear()
        // A callback that supplies no passphrase: OpenSSL's default would prompt on the terminal.
        guard let key = PEM_read_bio_PrivateKey(bio.pointer, nil, { _, _, _, _ in 0 }, nil) else {
            throw TrustError(.unreadable, "no unencrypted PEM private key found (encrypted keys are not supported): \(OpenSSLErrors.drain())")
        }
        switch EVP_PKEY_get_base_id(key) {
        case EVP_PKEY_RSA: kind = .rsa
        case EVP_PKEY_EC: kind = .ecdsa
        default:
            EVP_PKEY_free(key)
            throw TrustError(.unsupportedKey, "only RSA and EC keys can sign XML-DSig and CMS here")
        }
        pointer = key
    }

    /// Reads a PEM private key file.
    public convenience init(contentsOfFile path: String) throws(TrustError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TrustError(.unreadable, "cannot read key file \(path)")
        }
        do { try self.init(pemEncoded: [UInt8](data)) } catch { throw TrustError(error.code, "\(path): \(error.reason)") }
    }

    deinit { EVP_PKEY_free(pointer) }

    /// True when `certificate` carries this key's public half.
    public func matches(_ certificate: Certificate) -> Bool {
        X509_check_private_key(certificate.pointer, pointer) == 1
    }

    /// Throws ``TrustError/Code/keyMismatch`` unless `certificate` belongs to this key.
    func requireMatch(_ certificate: Certificate) throws(TrustError) {
        guard matches(certificate) else {
            OpenSSLErrors.clear()
            throw TrustError(.keyMismatch, "the private key does not belong to the certificate \(certificate.subject)")
        }
    }
}
