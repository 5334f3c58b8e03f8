import ArgumentParser
import Foundation
import Trust

/// `unipass certs`: List and check the trust store's certificates.
struct CertsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certs",
        abstract: "List and check the trust store's certificates.",
        discussion: """
            Reads a trust store laid out as Certificates/README.md describes (trust/, crl/,
            partners/, gateway.cert.pem). `list` prints each certificate, its role or partner,
            and the days to expiry, warning under 30 days. `check` also verifies each
            non-anchor certificate (chain, validity, revocation) and exits 1 when one is expired,
            revoked or untrusted.
            """
    )

    enum Action: String, ExpressibleByArgument, CaseIterable { case list, check }

    @Argument(help: "list or check")
    var action: Action

    @Option(help: "The trust store folder.")
    var dir: String = "Certificates/demo"

    func run() async throws {
        do {
            let store = try TrustStore(path: dir)
            var entries: [(role: String, certificate: Certificate)] = store.anchors.map { ($0.isSelfSigned ? "anchor" : "CA", $0) }
            let gateway = (dir as NSString).appendingPathComponent("gateway.cert.pem")
            if FileManager.default.fileExists(atPath: gateway) {
                entries.append(("gateway", try Certificate(contentsOfFile: gateway)))
            }
            entries += store.partners.sorted { $0.key < $1.key }.map { ("partner \($0.key)", $0.value) }
            let now = Date()
            var failures = 0
            for entry in entries {
                let days = Int((entry.certificate.notValidAfter.timeIntervalSince(now) / 86_400).rounded(.down))
                var line = "\(entry.role.padding(toLength: 18, withPad: " ", startingAt: 0)) \(entry.certificate.subject)"
                if entry.certificate.notValidAfter < now {
                    line += "  EXPIRED \(-days) days ago"
                } else {
                    line += "  expires in \(days) days"
                    if days < 30 { line += "  WARNING: expires within 30 days" }
                }
                if action == .check, !entry.certificate.isSelfSigned {
                    do {
                        let use: TrustStore.CertificateUse = entry.role == "CA" ? .authority : .signing
                        try store.verify(entry.certificate, at: now, for: use)
                        line += "  ok"
                    } catch {
                        line += "  FAILED: \(error.reason)"
                        failures += 1
                    }
                }
                print(line)
            }
            if failures > 0 { throw ExitCode(1) }
        } catch let error as TrustError {
            print("certs: \(error.reason)")
            throw ExitCode(1)
        }
    }
}
