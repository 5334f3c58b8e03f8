/// A borrowed view of one segment's bytes inside the tokenizer buffer, with the separator
/// boundaries the scan recorded. Valid only inside `SegmentTokenizer.withSegment`.
///
/// Nothing is decoded until asked: the envelope checks read a few service values, and
/// `materialize` builds a `Segment` only when a caller wants messages.
struct RawSegment {
    let bytes: UnsafeBufferPointer<UInt8>
    let boundaries: UnsafeBufferPointer<UInt32>
    let token: SegmentToken
    /// The separators in force when the segment was scanned.
    let separators: Separators
    /// True when the input had UNA.
    let hasServiceStringAdvice: Bool

    var release: UInt8? { separators.release }

    /// True for the common case: a three-byte tag followed by an element separator or the
    /// terminator.
    @inline(__always)
    var hasPlainTag: Bool { token.plainTag }

    /// Length of the tag: up to the first separator, trailing spaces trimmed.
    var tagLength: Int {
        var length: Int
        if token.boundariesComputed {
            length = boundaries.isEmpty ? bytes.count : Int(boundaries[0] >> 2)
        } else {
            length = bytes.firstIndex { $0 == separators.element || $0 == separators.component || $0 == separators.repetition } ?? bytes.count
        }
        while length > 0 && bytes[length - 1] == 0x20 { length -= 1 }
        return length
    }

    /// The three tag bytes packed (`U` `N` `H` -> 0x554E48); 0 when the tag is not three bytes.
    @inline(__always)
    var tagCode: UInt32 {
        guard token.plainTag || tagLength == 3 else { return 0 }
        return UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2])
    }

    var tag: String { String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<tagLength]), as: UTF8.self) }

    /// True when the tag element holds more than the tag (trailing spaces, a repetition, or
    /// components such as syntax 4's explicit nesting indicators).
    var tagHasExtraData: Bool {
        if !token.boundariesComputed {
            if token.plainTag { return false }
            let end = bytes.firstIndex { $0 == separators.element || $0 == separators.component || $0 == separators.repetition } ?? bytes.count
            return tagLength != end || (end < bytes.count && bytes[end] != separators.element)
        }
        let end = boundaries.isEmpty ? bytes.count : Int(boundaries[0] >> 2)
        if tagLength != end { return true }
        return !boundaries.isEmpty && boundaries[0] & 3 != BoundaryKind.element.rawValue
    }

    /// Number of data elements after the tag.
    var elementCount: Int {
        var count = 0
        for word in boundaries where word & 3 == BoundaryKind.element.rawValue { count += 1 }
        return count
    }

    /// The byte range of the 1-based element's 1-based component in the given repetition.
    func range(element: Int, component: Int = 1, repetition: Int = 1) -> Range<Int>? {
        var currentElement = 0
        var currentRepetition = 1
        var currentComponent = 1
        var start = 0
        for word in boundaries {
            let offset = Int(word >> 2)
            let kind = word & 3
            if currentElement == element && currentRepetition == repetition && currentComponent == component {
                return start..<offset
            }
            switch kind {
            case BoundaryKind.element.rawValue:
                if currentElement == element { return nil }
                currentElement += 1
                currentRepetition = 1
                currentComponent = 1
            case BoundaryKind.repetition.rawValue:
                currentRepetition += 1
                currentComponent = 1
            default:
                currentComponent += 1
            }
            start = offset + 1
        }
        if currentElement == element && currentRepetition == repetition && currentComponent == component {
            return start..<bytes.count
        }
        return nil
    }

    /// The bytes of a range with release characters removed.
    func unreleased(_ range: Range<Int>) -> [UInt8] {
        guard token.hasRelease, let release else { return Array(bytes[range]) }
        var result: [UInt8] = []
        result.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == release && index + 1 < range.upperBound {
                result.append(bytes[index + 1])
                index += 2
            } else {
                if byte != release { result.append(byte) }
                index += 1
            }
        }
        return result
    }

    /// Decoded text of a range.
    func text(_ range: Range<Int>, repertoire: CharacterRepertoire) -> String {
        if !token.hasRelease {
            return repertoire.decode(UnsafeBufferPointer(rebasing: bytes[range]))
        }
        return repertoire.decode(unreleased(range))
    }

    /// Decoded value of the 1-based element's component; nil when absent.
    func value(element: Int, component: Int = 1, repertoire: CharacterRepertoire = .unob) -> String? {
        range(element: element, component: component).map { text($0, repertoire: repertoire) }
    }

    /// Number of components of the 1-based element (first repetition); 0 when absent.
    func componentCount(element: Int) -> Int {
        var component = 1
        while range(element: element, component: component + 1) != nil { component += 1 }
        return range(element: element) == nil ? 0 : component
    }

    /// True when the segment ends with a separator (syntax 4 forbids it: code 45).
    var hasTrailingSeparator: Bool {
        guard let last = boundaries.last else { return false }
        return Int(last >> 2) == bytes.count - 1
    }

    /// Components of the element (or repetition) that starts after boundary `index`: one more
    /// than the component separators up to the next element or repetition separator. Lets
    /// `materialize` allocate each component array once instead of regrowing it.
    @inline(__always)
    private static func componentCount(_ boundaries: UnsafeBufferPointer<UInt32>, after index: Int) -> Int {
        var count = 1
        var next = index + 1
        while next < boundaries.count && boundaries[next] & 3 == BoundaryKind.component.rawValue {
            count += 1
            next += 1
        }
        return count
    }

    /// Builds the decoded `Segment`.
    func materialize(repertoire: CharacterRepertoire, index: Int?) -> Segment {
        var elements: [DataElement] = []
        elements.reserveCapacity(boundaries.count)
        var repetitions: [[String]] = []
        var components: [String] = []
        var start = 0
        var inTag = true
        // The boundary the current repetition starts after (for sizing `components`).
        var repetitionStart = 0
        // A simple, unrepeated element (the common case) becomes a `DataElement` holding just
        // its value: no component or repetition array is built for it.
        func finishElement(_ value: String) {
            if components.isEmpty && repetitions.isEmpty {
                elements.append(DataElement(validatedValue: value))
                return
            }
            components.append(value)
            if repetitions.isEmpty {
                elements.append(DataElement(validatedComponents: components))
            } else {
                repetitions.append(components)
                elements.append(DataElement(validated: repetitions))
                repetitions = []
            }
            components = []
        }
        func appendComponent(_ value: String) {
            if components.isEmpty { components.reserveCapacity(Self.componentCount(boundaries, after: repetitionStart)) }
            components.append(value)
        }
        for boundaryIndex in boundaries.indices {
            let word = boundaries[boundaryIndex]
            let offset = Int(word >> 2)
            let kind = word & 3
            switch kind {
            case BoundaryKind.element.rawValue:
                if !inTag { finishElement(text(start..<offset, repertoire: repertoire)) }
                inTag = false
                repetitionStart = boundaryIndex
            case BoundaryKind.repetition.rawValue:
                if !inTag {
                    appendComponent(text(start..<offset, repertoire: repertoire))
                    repetitions.append(components)
                    components = []
                    repetitionStart = boundaryIndex
                }
            default:
                if !inTag { appendComponent(text(start..<offset, repertoire: repertoire)) }
            }
            start = offset + 1
        }
        if !inTag { finishElement(text(start..<bytes.count, repertoire: repertoire)) }
        let position = SegmentPosition(line: token.line, column: token.column, byteOffset: token.byteOffset, index: index)
        return Segment(tag, elements, position: position)
    }
}
