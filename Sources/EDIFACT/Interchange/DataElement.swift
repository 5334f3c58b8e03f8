/// One data element of a segment: a simple element (one component) or a composite (several),
/// possibly repeated (syntax 4 repetition separator).
///
/// Values are decoded text: release characters removed, the character set decoded. An element
/// present but empty has one repetition with one empty component.
///
/// Stored compactly: a single value, or one repetition's components, without the nested
/// arrays of `repetitions` (which is computed when asked for); equality and hashing are those
/// of `repetitions`.
public struct DataElement: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The canonical storage: `.value` for exactly one repetition of one component,
    /// `.components` for exactly one repetition of several (or none), `.repeated` otherwise.
    enum Storage: Sendable, Hashable {
        case value(String)
        case components([String])
        case repeated([[String]])

        init(_ repetitions: [[String]]) {
            if repetitions.count == 1 {
                self.init(components: repetitions[0])
            } else {
                self = .repeated(repetitions)
            }
        }

        init(components: [String]) {
            self = components.count == 1 ? .value(components[0]) : .components(components)
        }
    }

    var storage: Storage

    /// Each repetition's components, in order. Never empty.
    public var repetitions: [[String]] {
        get {
            switch storage {
            case .value(let value): [[value]]
            case .components(let components): [components]
            case .repeated(let repetitions): repetitions
            }
        }
        set { storage = Storage(newValue) }
    }

    /// A simple or composite element without repetition.
    public init(_ components: [String]) {
        storage = Storage(components: components.isEmpty ? [""] : components)
    }

    /// A repeated element (syntax 4).
    public init(repetitions: [[String]]) {
        if repetitions.isEmpty {
            storage = .value("")
        } else if repetitions.contains(where: \.isEmpty) {
            storage = Storage(repetitions.map { $0.isEmpty ? [""] : $0 })
        } else {
            storage = Storage(repetitions)
        }
    }

    /// Repetitions already known to be non-empty (the tokenizer's output).
    init(validated repetitions: [[String]]) {
        storage = Storage(repetitions)
    }

    /// One repetition's components, already known to be non-empty (the tokenizer's output).
    init(validatedComponents components: [String]) {
        storage = Storage(components: components)
    }

    /// A simple element's value (the tokenizer's output).
    init(validatedValue value: String) {
        storage = .value(value)
    }

    /// A simple element.
    public init(stringLiteral value: String) {
        storage = .value(value)
    }

    /// The components of the first repetition.
    public var components: [String] {
        get {
            switch storage {
            case .value(let value): [value]
            case .components(let components): components
            case .repeated(let repetitions): repetitions[0]
            }
        }
        set {
            var all = repetitions
            all[0] = newValue.isEmpty ? [""] : newValue
            storage = Storage(all)
        }
    }

    /// The first component of the first repetition (the value of a simple element).
    public var value: String {
        switch storage {
        case .value(let value): value
        case .components(let components): components[0]
        case .repeated(let repetitions): repetitions[0][0]
        }
    }

    /// True when every component of every repetition is empty.
    public var isEmpty: Bool {
        switch storage {
        case .value(let value): value.isEmpty
        case .components(let components): components.allSatisfy(\.isEmpty)
        case .repeated(let repetitions): repetitions.allSatisfy { $0.allSatisfy(\.isEmpty) }
        }
    }

    /// The 1-based component of the first repetition, nil when absent.
    public subscript(component component: Int) -> String? {
        switch storage {
        case .value(let value): component == 1 ? value : nil
        case .components(let components): component >= 1 && component <= components.count ? components[component - 1] : nil
        case .repeated(let repetitions): component >= 1 && component <= repetitions[0].count ? repetitions[0][component - 1] : nil
        }
    }

    /// `A:B*C` style, with `:` and `*` (no escaping); for messages and debugging.
    public var description: String {
        repetitions.map { $0.joined(separator: ":") }.joined(separator: "*")
    }
}
