/// An ordered collection of findings with the questions callers ask of it.
///
/// Value type; append from one task, pass copies freely.
public struct DiagnosticList: Sendable, Hashable, Codable, RandomAccessCollection {
    public private(set) var items: [Diagnostic]

    public init(_ items: [Diagnostic] = []) { self.items = items }

    // Inlinable: engines ask for the count on every segment they check.
    @inlinable public var startIndex: Int { items.startIndex }
    @inlinable public var endIndex: Int { items.endIndex }
    @inlinable public var count: Int { items.count }
    @inlinable public var isEmpty: Bool { items.isEmpty }
    @inlinable public subscript(position: Int) -> Diagnostic { items[position] }

    /// Adds one finding.
    public mutating func append(_ diagnostic: Diagnostic) { items.append(diagnostic) }

    /// Adds several findings, keeping their order.
    public mutating func append(contentsOf other: some Sequence<Diagnostic>) { items.append(contentsOf: other) }

    /// True when any finding is an error.
    public var hasErrors: Bool { items.contains { $0.severity == .error } }

    /// Only the errors.
    public var errors: [Diagnostic] { items.filter { $0.severity == .error } }

    /// Only the warnings.
    public var warnings: [Diagnostic] { items.filter { $0.severity == .warning } }
}
