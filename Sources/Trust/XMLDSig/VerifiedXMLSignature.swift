public import XMLSupport

/// The outcome of a successful XML-DSig verification: who signed, and what exactly was signed.
///
/// Process ``signedElement`` of ``document`` (the document element, the only element a
/// signature may cover), or better ``signedContent``: the exact canonical bytes the signature's
/// digest covers, so nothing unsigned can slip in between verification and processing.
public struct VerifiedXMLSignature: Sendable {
    /// The signer, its chain and partner id.
    public var signer: VerifiedSigner
    /// The parsed document (treat as read-only).
    public var document: XMLDocument
    /// The signed element's name: always the document element.
    public var signedElement: XMLQualifiedName
    /// The Reference URI: `""` or `#id`.
    public var referenceURI: String
    /// The signature method, e.g. `rsa-sha256`.
    public var signatureAlgorithm: String
    /// The canonical bytes the reference digested: the signed element without its signature.
    public var signedContent: [UInt8]
}
