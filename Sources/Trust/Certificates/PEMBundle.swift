import Foundation
internal import COpenSSL

/// The certificates and CRLs of one PEM file (any mix of `CERTIFICATE` and `X509 CRL` blocks).
struct PEMBundle {
    var certificates: [Certificate] = []
    var revocationLists: [RevocationList] = []

    init(_ bytes: some Collection<UInt8>) throws(TrustError) {
        let bio = try MemoryBIO(bytes)
        OpenSSLErrors.clear()
        guard let infos = PEM_X509_INFO_read_bio(bio.pointer, nil, nil, nil) else {
            throw TrustError(.unreadable, "not PEM: \(OpenSSLErrors.drain())")
        }
        defer { unipass_sk_X509_INFO_pop_free(infos) }
        for index in 0..<unipass_sk_X509_INFO_num(infos) {
            guard let info = unipass_sk_X509_INFO_value(infos, index) else { continue }
            if let x509 = unipass_X509_INFO_x509(info) {
                certificates.append(Certificate(retaining: x509))
            }
            if let crl = unipass_X509_INFO_crl(info) {
                X509_CRL_up_ref(crl)
                revocationLists.append(RevocationList(taking: crl))
            }
        }
    }
}

/// A certificate revocation list, owning its `X509_CRL`.
final class RevocationList: @unchecked Sendable {
    let pointer: OpaquePointer

    init(taking pointer: OpaquePointer) { self.pointer = pointer }
    deinit { X509_CRL_free(pointer) }

    /// Decodes a DER CRL.
    convenience init(derEncoded bytes: [UInt8]) throws(TrustError) {
        let decoded: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            return d2i_X509_CRL(nil, &cursor, buffer.count)
        }
        guard let decoded else { throw TrustError(.unreadable, "not a DER CRL: \(OpenSSLErrors.drain())") }
        self.init(taking: decoded)
    }

    var issuer: String { Certificate.name(X509_CRL_get_issuer(pointer)) }
    /// thisUpdate: the CRL is not valid before.
    var lastUpdate: Date { Certificate.date(X509_CRL_get0_lastUpdate(pointer)) }
    /// nextUpdate: the CRL is outdated after (never, when absent).
    var nextUpdate: Date { X509_CRL_get0_nextUpdate(pointer).map { Certificate.date($0) } ?? .distantFuture }
}
