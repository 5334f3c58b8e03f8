/// A segment as the segment directory defines it: its tag, name and data elements in order.
///
/// Value type, `Sendable`.
public struct SegmentDefinition: Sendable, Hashable {
    /// What stands at one element position of a segment.
    public enum Content: Sendable, Hashable {
        /// A simple data element.
        case simple(DataElementDefinition)
        /// A composite data element.
        case composite(CompositeDefinition)

        /// The element or composite identifier (`1004`, `C002`).
        public var id: String {
            switch self {
            case .simple(let element): element.id
            case .composite(let composite): composite.id
            }
        }

        /// The element or composite name.
        public var name: String {
            switch self {
            case .simple(let element): element.name
            case .composite(let composite): composite.name
            }
        }
    }

    /// One element position of a segment.
    public struct Element: Sendable, Hashable {
        /// The directory's position label, e.g. `010`.
        public var position: String
        /// True for status M.
        public var isMandatory: Bool
        /// Maximum repetitions (syntax 4 repeating data elements; 1 otherwise).
        public var maxRepetitions: Int
        /// The simple or composite element.
        public var content: Content

        public init(position: String, isMandatory: Bool, maxRepetitions: Int, content: Content) {
            self.position = position
            self.isMandatory = isMandatory
            self.maxRepetitions = maxRepetitions
            self.content = content
        }
    }

    /// The segment tag, e.g. `BGM`.
    public var tag: String
    /// Its name, e.g. `BEGINNING OF MESSAGE`.
    public var name: String
    /// Its elements in order (position 1 is the first element after the tag).
    public var elements: [Element]

    public init(tag: String, name: String, elements: [Element]) {
        self.tag = tag
        self.name = name
        self.elements = elements
    }
}
