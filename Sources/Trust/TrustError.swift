/// The one error type of the Trust module: what was refused, why, and where it was thrown.
///
/// Equality compares the ``code`` only, so tests and callers can match on the kind of failure
/// (`error == TrustError(.revoked)`), while ``reason`` carries the sentence for a person: which
/// element, which certificate, which algorithm, and what was expected instead.
public struct TrustError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure. Extensible: new codes are new static members.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        // Signatures.
        /// The SignatureValue does not match SignedInfo (SignedInfo changed, or wrong key).
        public static let signatureInvalid = Code(rawValue: "trust.signatureInvalid")
        /// A reference's digest does not match: the signed content was changed.
        public static let digestMismatch = Code(rawValue: "trust.digestMismatch")
        /// The document carries no signature.
        public static let signatureMissing = Code(rawValue: "trust.signatureMissing")
        /// More than one signature where exactly one is expected.
        public static let multipleSignatures = Code(rawValue: "trust.multipleSignatures")
        /// SignedInfo holds more (or fewer) than exactly one Reference.
        public static let multipleReferences = Code(rawValue: "trust.multipleReferences")
        /// A Reference URI that is not the same document (`""` or `#id`).
        public static let forbiddenReference = Code(rawValue: "trust.forbiddenReference")
        /// A transform or canonicalization method outside the whitelist (XSLT, XPath...).
        public static let forbiddenTransform = Code(rawValue: "trust.forbiddenTransform")
        /// A digest or signature algorithm the policy does not allow (SHA-1, MD5, HMAC...).
        public static let forbiddenAlgorithm = Code(rawValue: "trust.forbiddenAlgorithm")
        /// The key would come from somewhere other than an X.509 certificate (KeyValue, KeyName...).
        public static let keyNotFromCertificate = Code(rawValue: "trust.keyNotFromCertificate")
        /// Two elements carry the same ID value.
        public static let duplicateID = Code(rawValue: "trust.duplicateID")
        /// The signed element is not the element the gateway processes, or the signature is not inside it.
        public static let wrappedSignature = Code(rawValue: "trust.wrappedSignature")
        /// A comment inside the signed element: comments are not covered by the signature.
        public static let unsignedComment = Code(rawValue: "trust.unsignedComment")
        /// The signature element is not shaped as XML-DSig requires.
        public static let malformedSignature = Code(rawValue: "trust.malformedSignature")

        // Certificates.
        /// The chain does not lead to a trust anchor.
        public static let untrustedIssuer = Code(rawValue: "trust.untrustedIssuer")
        /// The certificate (or one in its chain) expired before the verification time.
        public static let expired = Code(rawValue: "trust.expired")
        /// The certificate (or one in its chain) is not valid yet at the verification time.
        public static let notYetValid = Code(rawValue: "trust.notYetValid")
        /// The certificate is listed in its issuer's CRL.
        public static let revoked = Code(rawValue: "trust.revoked")
        /// No valid CRL for an issuer in the chain: revocation cannot be decided.
        public static let revocationUnknown = Code(rawValue: "trust.revocationUnknown")
        /// The certificate may not be used for digital signatures.
        public static let keyUsage = Code(rawValue: "trust.keyUsage")
        /// The signer is not the partner who submitted the document.
        public static let wrongPartner = Code(rawValue: "trust.wrongPartner")
        /// Any other certificate fault (bad signature in the chain, malformed extension...).
        public static let certificateInvalid = Code(rawValue: "trust.certificateInvalid")
        /// An unknown partner id was asked for.
        public static let unknownPartner = Code(rawValue: "trust.unknownPartner")

        // Material and input.
        /// A key, certificate, CRL or signature file could not be read or decoded.
        public static let unreadable = Code(rawValue: "trust.unreadable")
        /// The document is not well-formed or was refused by the hardened parser.
        public static let malformedDocument = Code(rawValue: "trust.malformedDocument")
        /// The key type is not supported for signing (only RSA and EC P-256/384/521).
        public static let unsupportedKey = Code(rawValue: "trust.unsupportedKey")
        /// The private key does not belong to the certificate.
        public static let keyMismatch = Code(rawValue: "trust.keyMismatch")
        /// A library call failed in a way input cannot explain.
        public static let internalFailure = Code(rawValue: "trust.internal")
    }

    /// The kind of failure.
    public var code: Code
    /// What was found and what was expected, for a person.
    public var reason: String
    /// The source file (`#fileID`) that threw.
    public var sourceFile: String
    /// The source line that threw.
    public var sourceLine: Int

    public init(_ code: Code, _ reason: String = "", file: String = #fileID, line: Int = #line) {
        self.code = code
        self.reason = reason
        self.sourceFile = file
        self.sourceLine = line
    }

    public var description: String { reason.isEmpty ? code.rawValue : "\(reason) [\(code.rawValue)]" }

    public static func == (lhs: TrustError, rhs: TrustError) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
