import CLibXSLT
import Dispatch
import Foundation

/// The time guard of one transformation: after the timeout it asks libxslt to stop (libxslt
/// checks the flag between instructions). The lock makes sure the context is never touched after
/// the transformation has ended and the context may be freed.
final class TransformWatchdog: @unchecked Sendable {
    private let lock = NSLock()
    private let context: xsltTransformContextPtr
    private var running = false
    private var didFire = false
    private var workItem: DispatchWorkItem?

    init(context: xsltTransformContextPtr) { self.context = context }

    /// Starts the clock.
    func arm(after timeout: Duration) {
        let item = DispatchWorkItem { [self] in
            lock.lock()
            defer { lock.unlock() }
            guard running else { return }
            didFire = true
            unipass_xslt_request_stop(context)
        }
        lock.lock()
        running = true
        workItem = item
        lock.unlock()
        let (seconds, attoseconds) = timeout.components
        let nanoseconds = Int(clamping: seconds) &* 1_000_000_000 &+ Int(attoseconds / 1_000_000_000)
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds), execute: item)
    }

    /// Stops the clock; after this the context is never touched.
    func disarm() {
        lock.lock()
        running = false
        workItem?.cancel()
        workItem = nil
        lock.unlock()
    }

    /// True when the time ran out.
    var fired: Bool {
        lock.lock()
        defer { lock.unlock() }
        return didFire
    }
}
