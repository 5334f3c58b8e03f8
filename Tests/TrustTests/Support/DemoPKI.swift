import Foundation
import Trust

/// The demo PKI, created once per test run by `Certificates/make-demo-pki.sh` in a temporary
/// folder, with the trust store and the keys the tests sign with.
struct DemoPKI: Sendable {
    let folder: String
    let store: TrustStore

    /// The one instance of this test run (the script runs once; keys are read once).
    static let shared: Result<DemoPKI, any Error> = Result { try DemoPKI.create() }

    static func get() throws -> DemoPKI { try shared.get() }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    static var script: String { repositoryRoot.appendingPathComponent("Certificates/make-demo-pki.sh").path }

    private static func create() throws -> DemoPKI {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unipass-pki-\(UUID().uuidString)").path
        let result = try ExternalTool.run(["/bin/bash", script, folder])
        guard result.status == 0 else { throw TrustError(.unreadable, "make-demo-pki.sh failed: \(result.standardError)") }
        return DemoPKI(folder: folder, store: try TrustStore(path: folder))
    }

    func path(_ relative: String) -> String { (folder as NSString).appendingPathComponent(relative) }

    func key(_ relative: String) throws -> SigningKey { try SigningKey(contentsOfFile: path(relative)) }
    func certificate(_ relative: String) throws -> Certificate { try Certificate(contentsOfFile: path(relative)) }

    /// An XML signer for one of the demo identities: `KCCI`, `CNCUSTOMS` (partners), `gateway`,
    /// or a test identity under `test/` (`revoked`, `expired`, `notyet`, `nokeyusage`, `rogue`).
    func xmlSigner(_ identity: String) throws -> XMLSigner {
        let (key, cert) = try material(identity)
        return try XMLSigner(key: key, certificate: cert)
    }

    func cmsSigner(_ identity: String) throws -> CMSSigner {
        let (key, cert) = try material(identity)
        return try CMSSigner(key: key, certificate: cert)
    }

    /// (key path, certificate path) of an identity.
    func paths(_ identity: String) -> (key: String, certificate: String) {
        switch identity {
        case "KCCI", "CNCUSTOMS": (path("keys/\(identity).key.pem"), path("partners/\(identity).pem"))
        case "gateway": (path("gateway.key.pem"), path("gateway.cert.pem"))
        default: (path("test/\(identity).key.pem"), path("test/\(identity).cert.pem"))
        }
    }

    private func material(_ identity: String) throws -> (SigningKey, Certificate) {
        let files = paths(identity)
        return (try SigningKey(contentsOfFile: files.key), try Certificate(contentsOfFile: files.certificate))
    }

    /// The anchors as one PEM file (for `xmlsec1 --trusted-pem` / `openssl -CAfile`).
    var rootPath: String { path("trust/root-ca.pem") }
    var issuingCAPath: String { path("trust/partner-ca.pem") }
}

/// A sample certificate of origin, unsigned.
enum SampleDocuments {
    static let certificateOfOrigin = """
        <?xml version="1.0" encoding="UTF-8"?>
        <CertificateOfOrigin xmlns="urn:unipass:eco" Id="co-1">
          <Exporter>Seoul Steel Co.</Exporter>
          <Goods><Item hs="7208.51">Hot-rolled steel plate</Item><Quantity>120</Quantity></Goods>
        </CertificateOfOrigin>
        """

    /// About `bytes` long: the sample with `count` goods lines.
    static func certificateOfOrigin(approximateBytes bytes: Int) -> String {
        let line = "  <Goods><Item hs=\"7208.51\">Hot-rolled steel plate, grade SS400, 12 mm</Item><Quantity>120</Quantity></Goods>\n"
        let count = max(1, bytes / line.utf8.count)
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CertificateOfOrigin xmlns=\"urn:unipass:eco\" Id=\"co-1\">\n"
            + String(repeating: line, count: count) + "</CertificateOfOrigin>\n"
    }

    static let interchange = Array("UNA:+.? 'UNB+UNOC:3+KCCI+KRCUS+260101:1200+1'UNH+1+CUSCAR:D:96B:UN'BGM+85+MF123+9'UNT+3+1'UNZ+1+1'".utf8)
}
