internal import CXMLSec
internal import COpenSSL
internal import CLibXML2
import XMLSupport

/// One-time initialisation of xmlsec and its OpenSSL back end (libxml2 through XMLSupport).
///
/// Swift initialises a `static let` exactly once, thread-safely; every entry point of the
/// module touches ``ready`` first. xmlsec's own error printing is turned off: the module turns
/// failures into ``TrustError`` values instead.
enum CryptoLibraries {
    static let ready: Bool = {
        // XMLSupport installs the process-wide, policy-enforcing external entity loader first;
        // xmlSecInit replaces the global loader with its own, so the hardened one is put back:
        // every parse in this process must keep going through XMLSupport's policy.
        LibXML2Runtime.ensureInitialized()
        let hardenedLoader = xmlGetExternalEntityLoader()
        let initialised = xmlSecInit()
        xmlSetExternalEntityLoader(hardenedLoader)
        guard initialised >= 0 else { return false }
        guard xmlSecOpenSSLAppInit(nil) >= 0 else { return false }
        guard xmlSecOpenSSLInit() >= 0 else { return false }
        unipass_xmlsec_silence()
        return true
    }()

    /// Throws when the libraries could not be initialised (a broken installation).
    static func require(file: String = #fileID, line: Int = #line) throws(TrustError) {
        guard ready else { throw TrustError(.internalFailure, "xmlsec/OpenSSL initialisation failed", file: file, line: line) }
    }
}

/// Helpers around OpenSSL's thread-local error queue.
enum OpenSSLErrors {
    /// The queued OpenSSL error messages, oldest first, joined by "; " (and the queue cleared).
    static func drain() -> String {
        var messages: [String] = []
        while true {
            let code = ERR_get_error()
            if code == 0 { break }
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            messages.append(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return messages.joined(separator: "; ")
    }

    /// Clears the queue before a call whose failure will be reported.
    static func clear() { ERR_clear_error() }
}

/// A read-only memory BIO over Swift bytes, freed by `deinit`.
final class MemoryBIO {
    let pointer: OpaquePointer
    private let storage: UnsafeMutableRawBufferPointer

    /// Copies `bytes` so the BIO can outlive the caller's buffer.
    init(_ bytes: some Collection<UInt8>) throws(TrustError) {
        storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
        storage.copyBytes(from: bytes)
        guard let bio = BIO_new_mem_buf(storage.baseAddress, Int32(bytes.count)) else {
            storage.deallocate()
            throw TrustError(.internalFailure, "BIO_new_mem_buf failed")
        }
        pointer = bio
    }

    deinit {
        BIO_free(pointer)
        storage.deallocate()
    }
}

/// A writable memory BIO that collects output.
final class OutputBIO {
    let pointer: OpaquePointer

    init() throws(TrustError) {
        guard let bio = BIO_new(BIO_s_mem()) else { throw TrustError(.internalFailure, "BIO_new failed") }
        pointer = bio
    }

    deinit { BIO_free(pointer) }

    /// The bytes written so far.
    var bytes: [UInt8] {
        var data: UnsafeMutablePointer<CChar>?
        let count = unipass_BIO_get_mem_data(pointer, &data)
        guard count > 0, let data else { return [] }
        return Array(UnsafeRawBufferPointer(start: data, count: count))
    }
}
