/// One data element of a segment: a simple element (one component) or a composite (several),
/// possibly repeated (syntax 4 repetition separator).
///
/// Values are decoded text: release characters removed, the character set decoded. An element
/// present but empty has one repetition with one empty component.
public struct DataElement: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// Each repetition's components, in order. Never empty.
    public var repetitions: [[String]]

    /// A simple or composite element without repetition.
    public init(_ components: [String]) {
        repetitions = [components.isEmpty ? [""] : components]
    }

    /// A repeated element (syntax 4).
    public init(repetitions: [[String]]) {
        if repetitions.isEmpty {
            self.repetitions = [[""]]
        } else if repetitions.contains(where: \.isEmpty) {
            self.repetitions = repetitions.map { $0.isEmpty ? [""] : $0 }
        } else {
            self.repetitions = repetitions
        }
    }

    /// Repetitions already known to be non-empty (the tokenizer's output).
    init(validated repetitions: [[String]]) {
        self.repetitions = repetitions
    }

    /// A simple element.
    public init(stringLiteral value: String) {
        repetitions = [[value]]
    }

    /// The components of the first repetition.
    public var components: [String] {
        get { repetitions[0] }
        set { repetitions[0] = newValue.isEmpty ? [""] : newValue }
    }

    /// The first component of the first repetition (the value of a simple element).
    public var value: String { repetitions[0][0] }

    /// True when every component of every repetition is empty.
    public var isEmpty: Bool { repetitions.allSatisfy { $0.allSatisfy(\.isEmpty) } }

    /// The 1-based component of the first repetition, nil when absent.
    public subscript(component component: Int) -> String? {
        component >= 1 && component <= repetitions[0].count ? repetitions[0][component - 1] : nil
    }

    /// `A:B*C` style, with `:` and `*` (no escaping); for messages and debugging.
    public var description: String {
        repetitions.map { $0.joined(separator: ":") }.joined(separator: "*")
    }
}
