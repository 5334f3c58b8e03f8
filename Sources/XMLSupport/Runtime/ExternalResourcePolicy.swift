#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which external resources libxml2 and libxslt may load on the current task or thread.
///
/// The default, ``refuseAll``, is what every document parse runs with: no file, no URL, no DTD.
/// Schema compilation runs with ``localFiles(under:)`` rooted at the schema set, and a mapping's
/// stylesheet runs with its own folder as the only root. The network is never reachable.
/// The policy is a task-local value, read by the process-wide external entity loader that
/// ``LibXML2Runtime`` installs once; C callbacks run synchronously on the caller's thread, so
/// they see the value of the code that called into libxml2.
package struct ExternalResourcePolicy: Sendable, Hashable {
    /// Folders (resolved, without symbolic links) under which local files may be read;
    /// empty means nothing may be read.
    package var readableRoots: [String]

    /// The policy in force for the current task or thread.
    @TaskLocal package static var current = ExternalResourcePolicy(readableRoots: [])

    /// Refuses every external resource.
    package static let refuseAll = ExternalResourcePolicy(readableRoots: [])

    /// Allows reading local files inside the given folders (and their subfolders) only.
    package static func localFiles(under roots: [String]) -> ExternalResourcePolicy {
        ExternalResourcePolicy(readableRoots: roots.compactMap(resolvedPath))
    }

    /// True when `uri` names a local file inside one of the readable roots. URLs with a
    /// scheme other than `file` are always refused.
    package func allowsRead(of uri: String) -> Bool {
        guard !readableRoots.isEmpty, let path = Self.localPath(of: uri), let resolved = Self.resolvedPath(path) else {
            return false
        }
        return readableRoots.contains { root in
            resolved == root || resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/")
        }
    }

    /// The file system path a URI names, or nil for any non-file URI.
    package static func localPath(of uri: String) -> String? {
        var text = uri
        if let colon = text.firstIndex(of: ":"), text[..<colon].allSatisfy({ $0.isLetter || $0 == "+" || $0 == "." || $0 == "-" }),
            text.distance(from: text.startIndex, to: colon) > 1
        {
            guard text[..<colon].lowercased() == "file" else { return nil }
            text = String(text[text.index(after: colon)...])
            if text.hasPrefix("//") {
                text = String(text.dropFirst(2))
                // file://localhost/path or file:///path
                if let slash = text.firstIndex(of: "/") {
                    let host = text[..<slash]
                    guard host.isEmpty || host == "localhost" else { return nil }
                    text = String(text[slash...])
                } else {
                    return nil
                }
            }
        }
        return percentDecoded(text)
    }

    /// `realpath(3)` of a path, or nil when it does not exist.
    package static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func percentDecoded(_ text: String) -> String? {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next(), let low = iterator.next(),
                    let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
                else { return nil }
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
