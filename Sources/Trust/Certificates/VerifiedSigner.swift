public import Foundation

/// Who signed, as established by a successful verification.
///
/// Only produced after the signature verified, the certificate chained to a trust anchor, was
/// valid at ``verifiedAt``, unrevoked, allowed digital signatures, and (when a signer was
/// expected) was that partner's certificate.
public struct VerifiedSigner: Sendable {
    /// The signer's certificate.
    public var certificate: Certificate
    /// The chain from the signer to its trust anchor.
    public var chain: [Certificate]
    /// The partner id the certificate is registered under in the trust store, if any.
    public var partnerID: String?
    /// The verification time used for validity and revocation.
    public var verifiedAt: Date
    /// The digest algorithm's name (e.g. `sha256`).
    public var digestAlgorithm: String
}

extension TrustStore {
    /// The checks every signature shares once its cryptography is sound: the certificate
    /// (``verify(_:intermediates:at:)``), then the expected partner.
    func checkSigner(
        _ certificate: Certificate, intermediates: [Certificate], expected: ExpectedSigner?, at time: Date, digestAlgorithm: String
    ) throws(TrustError) -> VerifiedSigner {
        let chain = try verify(certificate, intermediates: intermediates, at: time)
        var partner = partnerID(for: certificate)
        if let pinned = try resolve(expected) {
            guard pinned.certificate == certificate else {
                let who = partner.map { "partner \($0)" } ?? "an unregistered signer"
                let expectedName = pinned.partnerID.map { "partner \($0)" } ?? "the pinned certificate \(pinned.certificate.subject)"
                throw TrustError(.wrongPartner, "signed by \(who) (\(certificate.subject), serial \(certificate.serialNumber)), expected \(expectedName)")
            }
            partner = pinned.partnerID ?? partner
        }
        return VerifiedSigner(certificate: certificate, chain: chain, partnerID: partner, verifiedAt: time, digestAlgorithm: digestAlgorithm)
    }
}
