/// Bounds on one transformation. The defaults suit customs documents (milliseconds, kilobytes).
public struct TransformLimits: Sendable, Hashable {
    /// Deepest template recursion allowed (libxslt's `maxTemplateDepth`; default 500).
    public var maxTemplateDepth: Int
    /// Longest a transformation may run before it is stopped (default 5 seconds).
    public var timeout: Duration
    /// Largest serialized output accepted, in bytes (default 64 MiB).
    public var maxOutputBytes: Int

    public init(maxTemplateDepth: Int = 500, timeout: Duration = .seconds(5), maxOutputBytes: Int = 64 << 20) {
        self.maxTemplateDepth = maxTemplateDepth
        self.timeout = timeout
        self.maxOutputBytes = maxOutputBytes
    }

    /// The defaults.
    public static let `default` = TransformLimits()
}
