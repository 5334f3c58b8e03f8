public import Foundation
internal import COpenSSL

/// An X.509 certificate, owning its OpenSSL `X509` object.
///
/// Immutable and safe to share between tasks: OpenSSL certificates are reference counted and
/// read-only once decoded (their cached extension data is computed once, under OpenSSL's lock,
/// when the certificate is created here). Decoding validates only the DER structure; whether the
/// certificate is trusted is the ``TrustStore``'s question.
public final class Certificate: @unchecked Sendable, Hashable, CustomStringConvertible {
    /// The `X509*`, owned (one reference).
    let pointer: OpaquePointer

    /// The DER encoding (computed once).
    public let derBytes: [UInt8]

    /// Takes over one reference to `pointer`.
    init(taking pointer: OpaquePointer) {
        self.pointer = pointer
        _ = X509_check_purpose(pointer, -1, 0)  // computes the cached extension data now
        derBytes = Self.encode(pointer)
    }

    /// Adds a reference to a certificate owned elsewhere (e.g. inside a CMS structure).
    convenience init(retaining pointer: OpaquePointer) {
        X509_up_ref(pointer)
        self.init(taking: pointer)
    }

    deinit { X509_free(pointer) }

    /// Decodes one DER certificate.
    public convenience init(derEncoded bytes: [UInt8]) throws(TrustError) {
        let decoded: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            return d2i_X509(nil, &cursor, buffer.count)
        }
        guard let decoded else { throw TrustError(.unreadable, "not a DER X.509 certificate: \(OpenSSLErrors.drain())") }
        self.init(taking: decoded)
    }

    /// Decodes the first certificate of PEM text.
    public convenience init(pemEncoded bytes: some Collection<UInt8>) throws(TrustError) {
        let bio = try MemoryBIO(bytes)
        guard let decoded = PEM_read_bio_X509(bio.pointer, nil, nil, nil) else {
            throw TrustError(.unreadable, "no PEM certificate found: \(OpenSSLErrors.drain())")
        }
        self.init(taking: decoded)
    }

    /// Reads the first certificate of a PEM (or DER) file.
    public convenience init(contentsOfFile path: String) throws(TrustError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TrustError(.unreadable, "cannot read certificate file \(path)")
        }
        let bytes = [UInt8](data)
        if bytes.first != 0x30 {  // DER starts with a SEQUENCE tag; anything else is tried as PEM
            do { try self.init(pemEncoded: bytes) } catch { throw TrustError(.unreadable, "\(path): \(error.reason)") }
        } else {
            do { try self.init(derEncoded: bytes) } catch { throw TrustError(.unreadable, "\(path): \(error.reason)") }
        }
    }

    private static func encode(_ pointer: OpaquePointer) -> [UInt8] {
        var out: UnsafeMutablePointer<UInt8>?
        let count = i2d_X509(pointer, &out)
        guard count > 0, let out else { return [] }
        defer { unipass_OPENSSL_free(out) }
        return Array(UnsafeBufferPointer(start: out, count: Int(count)))
    }

    /// The PEM encoding (one `CERTIFICATE` block).
    public var pemString: String {
        guard let bio = try? OutputBIO() else { return "" }
        PEM_write_bio_X509(bio.pointer, pointer)
        return String(decoding: bio.bytes, as: UTF8.self)
    }

    /// The subject as a one-line RFC 2253 string, e.g. `CN=KCCI e-CO signing,O=...,C=KR`.
    public var subject: String { Self.name(X509_get_subject_name(pointer)) }
    /// The issuer as a one-line RFC 2253 string.
    public var issuer: String { Self.name(X509_get_issuer_name(pointer)) }

    /// The subject's common name, when it has one.
    public var commonName: String? {
        guard let name = X509_get_subject_name(pointer) else { return nil }
        let index = X509_NAME_get_index_by_NID(name, NID_commonName, -1)
        guard index >= 0, let entry = X509_NAME_get_entry(name, index),
              let data = X509_NAME_ENTRY_get_data(entry) else { return nil }
        var utf8: UnsafeMutablePointer<UInt8>?
        let count = ASN1_STRING_to_UTF8(&utf8, data)
        guard count >= 0, let utf8 else { return nil }
        defer { unipass_OPENSSL_free(utf8) }
        return String(decoding: UnsafeBufferPointer(start: utf8, count: Int(count)), as: UTF8.self)
    }

    /// The serial number in upper-case hexadecimal.
    public var serialNumber: String {
        guard let serial = X509_get0_serialNumber(pointer), let bn = ASN1_INTEGER_to_BN(serial, nil) else { return "" }
        defer { BN_free(bn) }
        guard let hex = BN_bn2hex(bn) else { return "" }
        defer { unipass_OPENSSL_free(hex) }
        return String(cString: hex)
    }

    /// Start of the validity period.
    public var notValidBefore: Date { Self.date(X509_get0_notBefore(pointer)) }
    /// End of the validity period.
    public var notValidAfter: Date { Self.date(X509_get0_notAfter(pointer)) }

    /// True when the certificate is self-signed (subject = issuer and its own key verifies it).
    public var isSelfSigned: Bool { X509_check_issued(pointer, pointer) == X509_V_OK }

    /// The SHA-256 fingerprint as colon-separated upper-case hex.
    public var sha256Fingerprint: String {
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        X509_digest(pointer, EVP_sha256(), &digest, &length)
        return digest.prefix(Int(length)).map { String(format: "%02X", $0) }.joined(separator: ":")
    }

    /// True when this certificate's subject and key issued `other`.
    func issued(_ other: Certificate) -> Bool { X509_check_issued(pointer, other.pointer) == X509_V_OK }

    public var description: String { "\(subject) (serial \(serialNumber), issuer \(issuer))" }

    public static func == (lhs: Certificate, rhs: Certificate) -> Bool { lhs === rhs || lhs.derBytes == rhs.derBytes }
    public func hash(into hasher: inout Hasher) { hasher.combine(derBytes) }

    static func name(_ name: OpaquePointer?) -> String {
        guard let name, let bio = try? OutputBIO() else { return "" }
        X509_NAME_print_ex(bio.pointer, name, 0, unipass_XN_FLAG_RFC2253())
        return String(decoding: bio.bytes, as: UTF8.self)
    }

    static func date(_ time: UnsafePointer<ASN1_TIME>?) -> Date {
        var parts = tm()
        guard let time, ASN1_TIME_to_tm(time, &parts) == 1 else { return .distantPast }
        return Date(timeIntervalSince1970: TimeInterval(timegm(&parts)))
    }
}

extension Certificate {
    /// Every certificate in a PEM file (or bytes), in order. Other PEM blocks are skipped.
    public static func all(pemEncoded bytes: some Collection<UInt8>) throws(TrustError) -> [Certificate] {
        try PEMBundle(bytes).certificates
    }
}
