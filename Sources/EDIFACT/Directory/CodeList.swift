/// The code values a directory allows for one coded data element.
///
/// Value type, `Sendable`. Lookup is by the UTF-8 bytes of a value, so validators need not
/// build a `String` per element.
public struct CodeList: Sendable, Hashable {
    /// One code value and its name.
    public struct Entry: Sendable, Hashable {
        public var value: String
        public var name: String

        public init(value: String, name: String) {
            self.value = value
            self.name = name
        }
    }

    /// The data element number, e.g. `1001`.
    public var elementID: String
    /// The values in directory order.
    public private(set) var entries: [Entry]
    private var values: Set<String>

    public init(elementID: String, entries: [Entry]) {
        self.elementID = elementID
        self.entries = entries
        self.values = Set(entries.map(\.value))
    }

    /// True when `value` is one of the list's codes.
    public func contains(_ value: String) -> Bool { values.contains(value) }

    /// The name of a code value, when the list has it.
    public func name(of value: String) -> String? { entries.first { $0.value == value }?.name }
}
