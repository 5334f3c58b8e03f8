internal import CXMLSec

/// The XML-DSig algorithm identifiers the gateway knows, and what it thinks of each.
///
/// Anything not listed here is refused before xmlsec sees the signature; the same whitelist is
/// installed in xmlsec's context (`xmlSecDSigCtxEnable*Transform`) as a second line.
enum XMLDSigAlgorithm {
    static let namespace = "http://www.w3.org/2000/09/xmldsig#"
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    static let envelopedSignature = "http://www.w3.org/2000/09/xmldsig#enveloped-signature"
    static let exclusiveC14N = "http://www.w3.org/2001/10/xml-exc-c14n#"

    /// Canonicalization methods (also allowed as reference transforms).
    static let canonicalizations: Set<String> = [
        "http://www.w3.org/2001/10/xml-exc-c14n#",
        "http://www.w3.org/2001/10/xml-exc-c14n#WithComments",
        "http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
        "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments",
        "http://www.w3.org/2006/12/xml-c14n11",
        "http://www.w3.org/2006/12/xml-c14n11#WithComments",
    ]

    /// Digest method URI -> short name.
    static let digests: [String: String] = [
        "http://www.w3.org/2000/09/xmldsig#sha1": "sha1",
        "http://www.w3.org/2001/04/xmlenc#sha256": "sha256",
        "http://www.w3.org/2001/04/xmldsig-more#sha384": "sha384",
        "http://www.w3.org/2001/04/xmlenc#sha512": "sha512",
        "http://www.w3.org/2001/04/xmldsig-more#md5": "md5",
    ]

    /// Signature method URI -> (short name, digest short name).
    static let signatures: [String: (name: String, digest: String)] = [
        "http://www.w3.org/2000/09/xmldsig#rsa-sha1": ("rsa-sha1", "sha1"),
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256": ("rsa-sha256", "sha256"),
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384": ("rsa-sha384", "sha384"),
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512": ("rsa-sha512", "sha512"),
        "http://www.w3.org/2001/04/xmldsig-more#rsa-md5": ("rsa-md5", "md5"),
        "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1": ("ecdsa-sha1", "sha1"),
        "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256": ("ecdsa-sha256", "sha256"),
        "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384": ("ecdsa-sha384", "sha384"),
        "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512": ("ecdsa-sha512", "sha512"),
    ]

    /// Installs the whitelist in an xmlsec context. SHA-1 variants only when `legacy` is true.
    static func restrict(_ context: xmlSecDSigCtxPtr, allowingSHA1 legacy: Bool) -> Bool {
        let c14n = [
            unipass_xmlsec_transform_excl_c14n(), unipass_xmlsec_transform_excl_c14n_comments(),
            unipass_xmlsec_transform_c14n(), unipass_xmlsec_transform_c14n_comments(),
            unipass_xmlsec_transform_c14n11(), unipass_xmlsec_transform_c14n11_comments(),
        ]
        var reference = c14n + [
            unipass_xmlsec_transform_enveloped(), unipass_xmlsec_transform_sha256(),
            unipass_xmlsec_transform_sha384(), unipass_xmlsec_transform_sha512(),
        ]
        var signature = c14n + [
            unipass_xmlsec_transform_rsa_sha256(), unipass_xmlsec_transform_rsa_sha384(), unipass_xmlsec_transform_rsa_sha512(),
            unipass_xmlsec_transform_ecdsa_sha256(), unipass_xmlsec_transform_ecdsa_sha384(), unipass_xmlsec_transform_ecdsa_sha512(),
        ]
        if legacy {
            reference.append(unipass_xmlsec_transform_sha1())
            signature += [unipass_xmlsec_transform_rsa_sha1(), unipass_xmlsec_transform_ecdsa_sha1()]
        }
        for id in reference where xmlSecDSigCtxEnableReferenceTransform(context, id) < 0 { return false }
        for id in signature where xmlSecDSigCtxEnableSignatureTransform(context, id) < 0 { return false }
        return true
    }
}
