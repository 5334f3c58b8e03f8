import Foundation

/// Remembers, per trust store, what verification already established, so the hot path does
/// not decode the same certificate or rebuild and re-check the same chain for every document.
///
/// - Decoded certificates by their DER bytes (a partner signs thousands of documents with one).
/// - Successful chain verifications by (signer, untrusted intermediates), with the time window
///   in which the same verification must succeed again: every certificate of the chain is
///   valid and every CRL of the store is current. Outside the window, or for anything that
///   failed, the full OpenSSL verification runs. The store is immutable, so nothing else can
///   change the outcome.
///
/// Bounded (cleared when full); guarded by a lock; shared by all tasks using the store.
final class VerificationCache: @unchecked Sendable {
    struct Chain {
        var chain: [Certificate]
        var validFrom: Date
        var validUntil: Date
    }

    private let lock = NSLock()
    private var certificates: [[UInt8]: Certificate] = [:]
    private var chains: [[UInt8]: Chain] = [:]
    private let limit: Int

    init(limit: Int = 1_024) { self.limit = limit }

    /// The decoded certificate for base64 text (as found in `ds:X509Certificate`, whitespace
    /// removed), decoding (and remembering) it on first use.
    func certificate(base64Encoded text: [UInt8]) throws(TrustError) -> Certificate {
        if let known = lock.withLock({ certificates[text] }) { return known }
        guard let der = Data(base64Encoded: Data(text)) else { throw TrustError(.unreadable, "X509Certificate is not base64") }
        let decoded = try Certificate(derEncoded: [UInt8](der))
        lock.withLock {
            if certificates.count >= limit { certificates.removeAll(keepingCapacity: true) }
            certificates[text] = decoded
        }
        return decoded
    }

    /// The key of a verification: the signer's DER, then each intermediate's.
    static func key(_ certificate: Certificate, _ intermediates: [Certificate]) -> [UInt8] {
        intermediates.reduce(into: certificate.derBytes) { key, extra in
            key.append(0)
            key += extra.derBytes
        }
    }

    /// A remembered chain valid at `time`, if any.
    func chain(for key: [UInt8], at time: Date) -> [Certificate]? {
        guard let entry = lock.withLock({ chains[key] }), entry.validFrom <= time, time <= entry.validUntil else { return nil }
        return entry.chain
    }

    func remember(_ entry: Chain, for key: [UInt8]) {
        lock.withLock {
            if chains.count >= limit { chains.removeAll(keepingCapacity: true) }
            chains[key] = entry
        }
    }
}
