import Foundation

/// XML-DSig templates that `xmlsec1 --sign` fills in: the way the attack documents are made
/// with the real peer rather than faked by hand.
struct SignatureTemplate {
    static let dsig = "http://www.w3.org/2000/09/xmldsig#"
    static let sha256 = "http://www.w3.org/2001/04/xmlenc#sha256"
    static let sha1 = "http://www.w3.org/2000/09/xmldsig#sha1"
    static let enveloped = "http://www.w3.org/2000/09/xmldsig#enveloped-signature"
    static let exclusiveC14N = "http://www.w3.org/2001/10/xml-exc-c14n#"

    var signatureMethod = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
    /// Each reference: URI, extra transforms (XML of ds:Transform elements), digest URI.
    var references: [(uri: String, transforms: String, digest: String)] = [("", Self.standardTransforms, Self.sha256)]
    var keyInfo = "<ds:X509Data><ds:X509Certificate/></ds:X509Data>"

    static let standardTransforms = "<ds:Transform Algorithm=\"\(enveloped)\"/><ds:Transform Algorithm=\"\(exclusiveC14N)\"/>"

    /// The ds:Signature template.
    var xml: String {
        let refs = references.map { ref in
            let transforms = ref.transforms.isEmpty ? "" : "<ds:Transforms>\(ref.transforms)</ds:Transforms>"
            return "<ds:Reference URI=\"\(ref.uri)\">\(transforms)<ds:DigestMethod Algorithm=\"\(ref.digest)\"/><ds:DigestValue/></ds:Reference>"
        }.joined()
        return "<ds:Signature xmlns:ds=\"\(Self.dsig)\"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm=\"\(Self.exclusiveC14N)\"/>"
            + "<ds:SignatureMethod Algorithm=\"\(signatureMethod)\"/>\(refs)</ds:SignedInfo><ds:SignatureValue/>"
            + "<ds:KeyInfo>\(keyInfo)</ds:KeyInfo></ds:Signature>"
    }

    /// `document` with this template as the last child of its root element.
    func inserted(into document: String) -> String {
        guard let close = document.range(of: "</", options: .backwards) else { return document }
        return document.replacingCharacters(in: close.lowerBound..<close.lowerBound, with: xml)
    }

    /// Signs `document` + template with `xmlsec1 --sign --privkey-pem key[,cert]`.
    func signWithXMLSec1(_ document: String, key: String, certificate: String?, extraArguments: [String] = []) throws -> [UInt8] {
        let input = try ExternalTool.temporaryFile("template.xml", Array(inserted(into: document).utf8))
        let output = input + ".signed.xml"
        let keySpec = certificate.map { "\(key),\($0)" } ?? key
        let result = try ExternalTool.run(["xmlsec1", "--sign", "--privkey-pem", keySpec] + extraArguments + ["--output", output, input])
        guard result.status == 0 else { throw XMLSec1Failure(message: result.standardError) }
        return try ExternalTool.read(output)
    }
}

struct XMLSec1Failure: Error, CustomStringConvertible { var message: String; var description: String { message } }

extension Array where Element == UInt8 {
    /// Replaces the first occurrence of `target` (as UTF-8) with `replacement`.
    func replacingFirst(_ target: String, with replacement: String) -> [UInt8] {
        let text = String(decoding: self, as: UTF8.self)
        guard let range = text.range(of: target) else { return self }
        return Array(text.replacingCharacters(in: range, with: replacement).utf8)
    }

    var text: String { String(decoding: self, as: UTF8.self) }
}
