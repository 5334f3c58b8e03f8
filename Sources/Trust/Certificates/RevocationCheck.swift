/// Whether certificate verification requires a CRL for every certificate authority in the chain.
public enum RevocationCheck: String, Sendable, Hashable {
    /// Every issuer in the chain must have a current CRL in the store; a missing or outdated
    /// CRL fails with ``TrustError/Code/revocationUnknown``. The gateway's default.
    case required
    /// CRLs are not consulted (only for interactive use on a bare anchor file; never the gateway).
    case skipped
}
