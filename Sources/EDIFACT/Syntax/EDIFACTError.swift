/// The one error type of the EDIFACT module: thrown only when processing cannot go on (an
/// unreadable file, an interchange too broken to answer). Findings about a document are
/// `Diagnostic`s, not errors.
///
/// Equality compares the code only, so callers can match `error == EDIFACTError(.io)`.
public struct EDIFACTError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure; extensible.
    public struct Code: RawRepresentable, Sendable, Hashable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The input could not be read.
        public static let io = Code(rawValue: "io")
        /// The input holds no interchange that could be answered.
        public static let noInterchange = Code(rawValue: "noInterchange")
        /// A value cannot be written in the interchange's syntax.
        public static let unserializable = Code(rawValue: "unserializable")
    }

    public var code: Code
    /// A sentence for a person.
    public var reason: String
    /// Where it was thrown.
    public var file: String
    public var line: Int

    public init(_ code: Code, _ reason: String, file: String = #fileID, line: Int = #line) {
        self.code = code
        self.reason = reason
        self.file = file
        self.line = line
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    public var description: String { "\(reason) [\(code.rawValue), \(file):\(line)]" }
}
