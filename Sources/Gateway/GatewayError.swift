/// The one error type of the `Gateway` module: thrown only when processing cannot go on
/// (a file that cannot be read, configuration that does not load).
///
/// Equality compares the ``code`` only.
public struct GatewayError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as a stable, extensible code.
    public struct Code: RawRepresentable, Sendable, Hashable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        /// A file or folder could not be read or written.
        public static let io = Code(rawValue: "io")
        /// The configuration (mappings, schemas, directories, keys) could not be loaded.
        public static let configuration = Code(rawValue: "configuration")
    }

    /// What went wrong.
    public var code: Code
    /// A sentence for a person: what failed, where, and what was expected.
    public var reason: String
    /// Where it was thrown (`#fileID`, `#line`).
    public var sourceFile: String
    public var sourceLine: Int

    public init(_ code: Code, _ reason: String, sourceFile: String = #fileID, sourceLine: Int = #line) {
        self.code = code
        self.reason = reason
        self.sourceFile = sourceFile
        self.sourceLine = sourceLine
    }

    public var description: String { reason }

    public static func == (lhs: GatewayError, rhs: GatewayError) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}
