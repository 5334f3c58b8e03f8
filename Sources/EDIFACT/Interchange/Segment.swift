/// One materialized segment: its tag, its data elements as decoded text, and its position.
///
/// Value type, `Sendable`. Element and component numbers are 1-based, as in CONTRL (UCD 0098
/// and 0104): `segment[element: 2, component: 1]`; the tag is not counted.
public struct Segment: Sendable, Hashable, CustomStringConvertible {
    /// The segment tag, e.g. `BGM`.
    public var tag: String
    /// The data elements after the tag, in order. Trailing empty elements present in the
    /// input are kept, so serializing gives the same segment back.
    public var elements: [DataElement]
    /// Where the segment was read; zero for segments built in code.
    public var position: SegmentPosition

    public init(_ tag: String, _ elements: [DataElement] = [], position: SegmentPosition = SegmentPosition()) {
        self.tag = tag
        self.elements = elements
        self.position = position
    }

    /// The 1-based element's 1-based component (first repetition); nil when absent.
    public subscript(element element: Int, component component: Int = 1) -> String? {
        guard element >= 1 && element <= elements.count else { return nil }
        return elements[element - 1][component: component]
    }

    /// The 1-based element, nil when absent.
    public func element(_ number: Int) -> DataElement? {
        number >= 1 && number <= elements.count ? elements[number - 1] : nil
    }

    /// `TAG+a:b+c` (default separators, no escaping); for messages and debugging.
    public var description: String {
        ([tag] + elements.map(\.description)).joined(separator: "+")
    }
}
