import Foundation
internal import COpenSSL

/// The gateway's trust store: trust anchors (and intermediate CAs), CRLs, and partner
/// certificates by partner id. It answers "is this certificate trusted for signing, now?".
///
/// Built once (from files, see ``init(anchorsAt:crlsAt:partnersAt:revocation:)`` and
/// ``init(path:revocation:)``) and immutable afterwards: the OpenSSL `X509_STORE` is filled at
/// construction and only read by verification, so one store may serve every task at once.
/// Reload by building a new store. Nothing is re-read from disk per verification.
public final class TrustStore: @unchecked Sendable {
    /// The `X509_STORE` holding anchors, CA certificates and CRLs; owned.
    let store: OpaquePointer
    /// Every CA certificate loaded from the anchors location.
    public let anchors: [Certificate]
    /// Partner certificates by partner id (`partners/<id>.pem`).
    public let partners: [String: Certificate]
    /// How many CRLs were loaded.
    public let revocationListCount: Int
    /// Whether verification requires CRLs.
    public let revocation: RevocationCheck
    let revocationLists: [RevocationList]
    /// The period in which every CRL of the store is current (whole time line without CRLs).
    let revocationWindow: ClosedRange<Date>
    /// Decoded certificates and successful chain checks; see ``VerificationCache``.
    let cache = VerificationCache()

    /// Builds a store from material already in memory.
    ///
    /// - Parameters:
    ///   - anchors: trust anchors (self-signed roots) and CA certificates used to build chains;
    ///     a chain is accepted only when it ends at a self-signed certificate in this list.
    ///   - revocationLists: PEM/DER CRL files' contents are loaded through the file initialisers;
    ///     here, the already decoded lists.
    ///   - partners: partner id -> that partner's signing certificate.
    init(anchors: [Certificate], revocationLists: [RevocationList], partners: [String: Certificate], revocation: RevocationCheck) throws(TrustError) {
        try CryptoLibraries.require()
        guard let store = X509_STORE_new() else { throw TrustError(.internalFailure, "X509_STORE_new failed") }
        self.store = store
        for anchor in anchors { X509_STORE_add_cert(store, anchor.pointer) }
        for list in revocationLists { X509_STORE_add_crl(store, list.pointer) }
        OpenSSLErrors.clear()
        self.anchors = anchors
        self.revocationLists = revocationLists
        self.revocationListCount = revocationLists.count
        let from = revocationLists.map(\.lastUpdate).max() ?? .distantPast
        let until = revocationLists.map(\.nextUpdate).min() ?? .distantFuture
        self.revocationWindow = from <= until ? from...until : from...from
        self.partners = partners
        self.revocation = revocation
    }

    deinit { X509_STORE_free(store) }

    /// The partner id whose registered certificate is exactly `certificate`, if any.
    public func partnerID(for certificate: Certificate) -> String? {
        partners.first { $0.value == certificate }?.key
    }

    /// The registered certificate of a partner.
    public func certificate(forPartner id: String) -> Certificate? { partners[id] }

    /// Resolves who is expected to have signed, to a pinned certificate and a partner id.
    func resolve(_ expected: ExpectedSigner?) throws(TrustError) -> (certificate: Certificate, partnerID: String?)? {
        switch expected {
        case nil: return nil
        case .certificate(let pinned): return (pinned, partnerID(for: pinned))
        case .partner(let id):
            guard let pinned = partners[id] else {
                throw TrustError(.unknownPartner, "no certificate registered for partner \(id) in the trust store")
            }
            return (pinned, id)
        }
    }
}

/// Who must have signed a document: the partner who submitted it.
public enum ExpectedSigner: Sendable, Hashable {
    /// The partner with this id; its certificate comes from the trust store's `partners/`.
    case partner(String)
    /// Exactly this certificate (pinned, e.g. from an AS2 partner's configuration).
    case certificate(Certificate)
}
