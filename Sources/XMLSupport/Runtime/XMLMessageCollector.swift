import Diagnostics
import Foundation

/// Collects the messages libxml2 and libxslt report through their process-wide or per-thread
/// error channels (printf-style handlers), for the operation running on the current task.
///
/// Reference type shared between Swift and C callbacks; guarded by a lock because libxslt may
/// report from the thread it runs on while the owner reads afterwards.
package final class XMLMessageCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String] = []
    private var pending = ""
    private var refusals: [String] = []

    /// The collector of the operation running on the current task or thread, if any.
    @TaskLocal package static var current: XMLMessageCollector?

    package init() {}

    /// Appends a fragment. libxml2 sometimes emits one message in several calls; fragments are
    /// joined until a newline ends the message.
    package func append(fragment: String) {
        lock.lock()
        defer { lock.unlock() }
        pending += fragment
        while let newline = pending.firstIndex(of: "\n") {
            let line = String(pending[..<newline]).trimmingCharacters(in: .whitespaces)
            if !line.isEmpty { storage.append(line) }
            pending = String(pending[pending.index(after: newline)...])
        }
    }

    /// Records that an external resource was refused.
    package func recordRefusal(of uri: String) {
        lock.lock()
        defer { lock.unlock() }
        refusals.append(uri)
    }

    /// Every complete message so far, plus any unterminated one.
    package var messages: [String] {
        lock.lock()
        defer { lock.unlock() }
        let tail = pending.trimmingCharacters(in: .whitespacesAndNewlines)
        return tail.isEmpty ? storage : storage + [tail]
    }

    /// The URIs refused so far.
    package var refusedResources: [String] {
        lock.lock()
        defer { lock.unlock() }
        return refusals
    }
}
