/// What the verifiers accept beyond the fixed, hardened rules.
///
/// Everything not listed here is fixed: X.509 keys only, same-document references, one
/// reference, whitelisted transforms, certificate chain, validity and revocation.
public struct SignaturePolicy: Sendable, Hashable {
    /// Partner ids that may still sign with SHA-1 digests (legacy systems). SHA-1 is accepted only
    /// when the verification names one of these partners as the expected signer; MD5 never.
    public var legacyDigestPartners: Set<String>

    public init(legacyDigestPartners: Set<String> = []) {
        self.legacyDigestPartners = legacyDigestPartners
    }

    /// The gateway's default: SHA-256/384/512 only.
    public static let strict = SignaturePolicy()

    /// True when the digest named `name` (`sha1`, `sha256`...) may be used by `expected`.
    func allowsDigest(_ name: String, expected: ExpectedSigner?, store: TrustStore) -> Bool {
        switch name {
        case "sha256", "sha384", "sha512": return true
        case "sha1":
            switch expected {
            case .partner(let id): return legacyDigestPartners.contains(id)
            case .certificate(let pinned): return store.partnerID(for: pinned).map(legacyDigestPartners.contains) ?? false
            case nil: return false
            }
        default: return false
        }
    }
}
