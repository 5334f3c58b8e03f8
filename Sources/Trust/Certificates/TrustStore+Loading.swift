import Foundation
internal import COpenSSL

extension TrustStore {
    /// Loads the store from the configuration's folders (`trust: { anchors:, crls: }`).
    ///
    /// - Parameters:
    ///   - anchorsAt: a PEM file or a folder; every certificate in its `*.pem` files is loaded
    ///     (roots are anchors, CA certificates serve to build chains).
    ///   - crlsAt: a folder (or file) of CRLs in `*.pem` (PEM) or `*.crl` (PEM or DER) files.
    ///   - partnersAt: a folder of `<partner id>.pem` certificates.
    /// - Throws: ``TrustError/Code/unreadable`` for a missing path or an undecodable file.
    public convenience init(anchorsAt: String, crlsAt: String? = nil, partnersAt: String? = nil, revocation: RevocationCheck = .required) throws(TrustError) {
        var anchors: [Certificate] = []
        var lists: [RevocationList] = []
        for file in try Self.files(at: anchorsAt, extensions: ["pem"]) {
            let bundle = try PEMBundle(Self.read(file))
            anchors += bundle.certificates
            lists += bundle.revocationLists
        }
        if let crlsAt {
            for file in try Self.files(at: crlsAt, extensions: ["pem", "crl"]) {
                lists += try Self.revocationLists(file)
            }
        }
        var partners: [String: Certificate] = [:]
        if let partnersAt {
            for file in try Self.files(at: partnersAt, extensions: ["pem"]) {
                let id = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
                partners[id] = try Certificate(pemEncoded: Self.read(file))
            }
        }
        guard !anchors.isEmpty else { throw TrustError(.unreadable, "no trust anchor certificate found in \(anchorsAt)") }
        try self.init(anchors: anchors, revocationLists: lists, partners: partners, revocation: revocation)
    }

    /// Loads a store from one path, as `unipass verify --trust PATH` does.
    ///
    /// PATH is a PEM file of anchors (CRLs in it are loaded too), or a folder. A folder laid out
    /// like `Certificates/demo` (with a `trust/` subfolder) loads `trust/`, `crl/` and
    /// `partners/`; any other folder: every certificate in its `*.pem` files is an anchor and
    /// every CRL in its `*.pem`/`*.crl` files is loaded.
    public convenience init(path: String, revocation: RevocationCheck = .required) throws(TrustError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw TrustError(.unreadable, "trust path \(path) does not exist")
        }
        let trustFolder = (path as NSString).appendingPathComponent("trust")
        if isFolder.boolValue, FileManager.default.fileExists(atPath: trustFolder) {
            let crl = (path as NSString).appendingPathComponent("crl")
            let partners = (path as NSString).appendingPathComponent("partners")
            try self.init(
                anchorsAt: trustFolder,
                crlsAt: FileManager.default.fileExists(atPath: crl) ? crl : nil,
                partnersAt: FileManager.default.fileExists(atPath: partners) ? partners : nil,
                revocation: revocation
            )
        } else {
            try self.init(anchorsAt: path, crlsAt: isFolder.boolValue ? path : nil, revocation: revocation)
        }
    }

    static func read(_ path: String) throws(TrustError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw TrustError(.unreadable, "cannot read \(path)") }
        return [UInt8](data)
    }

    /// The CRLs of one file: PEM blocks, or one DER CRL.
    static func revocationLists(_ path: String) throws(TrustError) -> [RevocationList] {
        let bytes = try read(path)
        if bytes.first == 0x30 {
            do { return [try RevocationList(derEncoded: bytes)] } catch { throw TrustError(.unreadable, "\(path): \(error.reason)") }
        }
        do { return try PEMBundle(bytes).revocationLists } catch { throw TrustError(.unreadable, "\(path): \(error.reason)") }
    }

    /// A file itself, or the files of a folder with one of `extensions`, sorted by name.
    static func files(at path: String, extensions: Set<String>) throws(TrustError) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw TrustError(.unreadable, "\(path) does not exist")
        }
        guard isFolder.boolValue else { return [path] }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            throw TrustError(.unreadable, "cannot list \(path)")
        }
        return names.filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }
            .sorted()
            .map { (path as NSString).appendingPathComponent($0) }
    }
}
