import Benchmark
import Foundation
import Trust
import XMLSupport

// Sign and verify per second for a 2 KB and a 1 MB certificate of origin, RSA-2048 (KCCI).
// The fixtures (demo PKI, documents, signed documents, xmlsec1 templates) are written to
// $UNIPASS_TRUST_BENCH_DIR (default: a temporary folder) so that Benchmarks/trust-compare.sh can
// run `xmlsec1 --repeat` on exactly the same files in the same run.

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock],
        maxDuration: .seconds(4),
        maxIterations: 1_000_000
    )
    for size in TrustFixtures.sizes {
        Benchmark("XML-DSig verify \(size.name)") { benchmark in
            let fixtures = try TrustFixtures.shared.get()
            let signed = fixtures.signed[size.name] ?? []
            for _ in benchmark.scaledIterations {
                blackHole(try fixtures.verifier.verify(signed, expecting: .partner("KCCI")))
            }
        }
        Benchmark("XML-DSig sign \(size.name)") { benchmark in
            let fixtures = try TrustFixtures.shared.get()
            let unsigned = fixtures.unsigned[size.name] ?? []
            for _ in benchmark.scaledIterations {
                blackHole(try fixtures.signer.sign(unsigned))
            }
        }
    }
    // The share of the hardened parse (XMLSupport) in the figures above.
    Benchmark("XML parse 1MB (share of verify)") { benchmark in
        let fixtures = try TrustFixtures.shared.get()
        let signed = fixtures.signed["1MB"] ?? []
        for _ in benchmark.scaledIterations {
            blackHole(try XMLDocument(parsing: signed))
        }
    }
    Benchmark("CMS verify 2KB") { benchmark in
        let fixtures = try TrustFixtures.shared.get()
        let content = fixtures.unsigned["2KB"] ?? []
        for _ in benchmark.scaledIterations {
            blackHole(try fixtures.cmsVerifier.verify(content: content, signature: fixtures.cmsSignature, expecting: .partner("KCCI")))
        }
    }
}

struct TrustFixtures: Sendable {
    static let sizes: [(name: String, bytes: Int)] = [("2KB", 2_048), ("1MB", 1 << 20)]
    static let shared: Result<TrustFixtures, any Error> = Result { try TrustFixtures() }

    let verifier: XMLSignatureVerifier
    let cmsVerifier: CMSVerifier
    let signer: XMLSigner
    let unsigned: [String: [UInt8]]
    let signed: [String: [UInt8]]
    let cmsSignature: [UInt8]

    init() throws {
        let environment = ProcessInfo.processInfo.environment
        let folder = environment["UNIPASS_TRUST_BENCH_DIR"] ?? NSTemporaryDirectory() + "unipass-trust-bench"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let pki = folder + "/pki"
        let script = Process()
        script.executableURL = URL(fileURLWithPath: "/bin/bash")
        script.arguments = [repository.appendingPathComponent("Certificates/make-demo-pki.sh").path, pki]
        script.standardOutput = FileHandle.nullDevice
        try script.run()
        script.waitUntilExit()

        let store = try TrustStore(path: pki)
        verifier = XMLSignatureVerifier(trustStore: store)
        cmsVerifier = CMSVerifier(trustStore: store)
        let key = try SigningKey(contentsOfFile: pki + "/keys/KCCI.key.pem")
        let certificate = try Certificate(contentsOfFile: pki + "/partners/KCCI.pem")
        signer = try XMLSigner(key: key, certificate: certificate)
        var unsigned: [String: [UInt8]] = [:]
        var signed: [String: [UInt8]] = [:]
        for size in Self.sizes {
            let document = Self.document(approximateBytes: size.bytes)
            unsigned[size.name] = Array(document.utf8)
            signed[size.name] = try signer.sign(Array(document.utf8))
            try Data(document.utf8).write(to: URL(fileURLWithPath: "\(folder)/doc-\(size.name).xml"))
            try Data(signed[size.name] ?? []).write(to: URL(fileURLWithPath: "\(folder)/doc-\(size.name).signed.xml"))
            try Data(Self.template(document).utf8).write(to: URL(fileURLWithPath: "\(folder)/doc-\(size.name).template.xml"))
        }
        self.unsigned = unsigned
        self.signed = signed
        cmsSignature = try CMSSigner(key: key, certificate: certificate).sign(unsigned["2KB"] ?? [])
    }

    /// A certificate of origin of about `bytes` bytes.
    static func document(approximateBytes bytes: Int) -> String {
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CertificateOfOrigin xmlns=\"urn:unipass:eco\" Id=\"co-1\">\n  <Exporter>Seoul Steel Co.</Exporter>\n"
        let line = "  <Goods><Item hs=\"7208.51\">Hot-rolled steel plate, grade SS400</Item><Quantity>120</Quantity></Goods>\n"
        let tail = "</CertificateOfOrigin>\n"
        let count = max(1, (bytes - head.utf8.count - tail.utf8.count) / line.utf8.count)  // before the ~1.7 KB signature
        return head + String(repeating: line, count: count) + tail
    }

    /// The same document with the gateway's signature template, for `xmlsec1 --sign`.
    static func template(_ document: String) -> String {
        let signature = """
            <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/><ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/><ds:Reference URI=""><ds:Transforms><ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/><ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/></ds:Transforms><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue/></ds:Reference></ds:SignedInfo><ds:SignatureValue/><ds:KeyInfo><ds:X509Data><ds:X509Certificate/></ds:X509Data></ds:KeyInfo></ds:Signature>
            """
        return document.replacingOccurrences(of: "</CertificateOfOrigin>", with: signature + "</CertificateOfOrigin>")
    }
}
