/// One segment's data values laid out for `ElementChecker`: flat tables of element,
/// repetition and component boundaries over a byte buffer holding the values as UTF-8.
///
/// For a clean segment from the tokenizer (no release character, no byte above ASCII) the
/// buffer is the input itself and nothing is copied or decoded: the tables just point into it.
/// Otherwise each value is decoded (release characters removed, the character set converted)
/// into `decoded`, exactly as `RawSegment.materialize` decodes it, so both ways of validating
/// a message (`MessageStructureValidator.validate(_:)` and the streaming check of
/// `InterchangeValidator`) see the same text.
///
/// Reusable scratch space: the tables live in memory the object owns and keep their capacity,
/// so loading a segment allocates nothing once warm. A class so that the hot loop reads plain
/// pointers, with the runtime's exclusivity checks off for its fields (one owner, one thread,
/// no overlapping access). Not shared between threads.
final class SegmentValues {
    /// Each component as `start << 32 | end` (byte offsets into the value buffer).
    @exclusivity(unchecked) private var components: Table<UInt64>
    /// Index into `components` of each repetition's first component, then a sentinel.
    @exclusivity(unchecked) private var repetitions: Table<Int32>
    /// Index into `repetitions` of each element's first repetition, then a sentinel.
    @exclusivity(unchecked) private var elements: Table<Int32>
    /// The values as UTF-8 when they cannot be read from the input in place.
    @exclusivity(unchecked) private(set) var decoded: [UInt8] = []
    /// True when the component offsets point into `decoded`, false when into the input.
    @exclusivity(unchecked) private(set) var isDecoded = false

    init() {
        components = Table(capacity: 64)
        repetitions = Table(capacity: 32)
        elements = Table(capacity: 32)
    }

    deinit {
        components.free()
        repetitions.free()
        elements.free()
    }

    /// Number of data elements after the tag.
    @inline(__always)
    var elementCount: Int { elements.count - 1 }

    /// The repetitions (indexes for `componentRange`) of the 0-based element.
    @inline(__always)
    func repetitionRange(element: Int) -> Range<Int> { Int(elements[element])..<Int(elements[element + 1]) }

    /// The components (indexes for `byteRange`) of a repetition.
    @inline(__always)
    func componentRange(repetition: Int) -> Range<Int> { Int(repetitions[repetition])..<Int(repetitions[repetition + 1]) }

    /// Byte range of a component in the value buffer.
    @inline(__always)
    func byteRange(component: Int) -> Range<Int> {
        let word = components[component]
        return Int(word >> 32)..<Int(word & 0xFFFF_FFFF)
    }

    private func reset() {
        components.count = 0
        repetitions.count = 0
        elements.count = 0
        decoded.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    private func beginElement() {
        elements.append(Int32(truncatingIfNeeded: repetitions.count))
        repetitions.append(Int32(truncatingIfNeeded: components.count))
    }

    @inline(__always)
    private func beginRepetition() {
        repetitions.append(Int32(truncatingIfNeeded: components.count))
    }

    @inline(__always)
    private func finishTables() {
        elements.append(Int32(truncatingIfNeeded: repetitions.count))
        repetitions.append(Int32(truncatingIfNeeded: components.count))
    }

    private func appendDecoded(_ value: String) {
        let start = decoded.count
        decoded.append(contentsOf: value.utf8)
        components.append(UInt64(start) << 32 | UInt64(decoded.count))
    }

    /// Lays out a segment from the tokenizer. The tag element (and anything in it, such as
    /// syntax 4 nesting indicators) is skipped, as `materialize` skips it.
    func load(_ raw: RawSegment, repertoire: CharacterRepertoire) {
        reset()
        let decodes = !Self.readsInPlace(raw, repertoire: repertoire)
        isDecoded = decodes
        var start = 0
        var inTag = true
        for word in raw.boundaries {
            let offset = Int(word >> 2)
            if !inTag {
                if decodes {
                    appendDecoded(raw.text(start..<offset, repertoire: repertoire))
                } else {
                    components.append(UInt64(start) << 32 | UInt64(offset))
                }
            }
            switch word & 3 {
            case BoundaryKind.element.rawValue:
                inTag = false
                beginElement()
            case BoundaryKind.repetition.rawValue:
                if !inTag { beginRepetition() }
            default:
                break
            }
            start = offset + 1
        }
        if !inTag {
            if decodes {
                appendDecoded(raw.text(start..<raw.bytes.count, repertoire: repertoire))
            } else {
                components.append(UInt64(start) << 32 | UInt64(raw.bytes.count))
            }
        }
        finishTables()
    }

    /// True when the segment's bytes are its values' UTF-8 as they stand: no release
    /// character, and nothing but ASCII (a byte above it is a character of an ISO 8859 set,
    /// part of a multi-byte character, or invalid, and must go through the decoder).
    @inline(__always)
    static func readsInPlace(_ raw: RawSegment, repertoire: CharacterRepertoire) -> Bool {
        guard !raw.token.hasRelease && !raw.token.hasMultiByte else { return false }
        var high: UInt8 = 0
        for byte in raw.bytes { high |= byte }
        return high < 0x80
    }

    /// Lays out a materialized segment (its values copied as UTF-8 into `decoded`).
    func load(_ segment: Segment) {
        reset()
        isDecoded = true
        for element in segment.elements {
            beginElement()
            switch element.storage {
            case .value(let value):
                appendDecoded(value)
            case .components(let values):
                for value in values { appendDecoded(value) }
            case .repeated(let all):
                for (index, values) in all.enumerated() {
                    if index > 0 { beginRepetition() }
                    for value in values { appendDecoded(value) }
                }
            }
        }
        finishTables()
    }

    /// A growable table of plain values in memory the owner frees (`free`).
    private struct Table<Value> {
        private(set) var base: UnsafeMutablePointer<Value>
        private var capacity: Int
        var count = 0

        init(capacity: Int) {
            self.capacity = capacity
            base = .allocate(capacity: capacity)
        }

        @inline(__always)
        subscript(index: Int) -> Value { base[index] }

        @inline(__always)
        mutating func append(_ value: Value) {
            if count == capacity { grow() }
            (base + count).initialize(to: value)
            count += 1
        }

        private mutating func grow() {
            let larger = UnsafeMutablePointer<Value>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }

        func free() { base.deallocate() }
    }
}
