import Diagnostics

/// The resumable byte scanner at the bottom of the engine: splits a stream of bytes into
/// segments, honouring UNA, the release character, and the declared character repertoire.
///
/// Feed it chunks of any size with `append`, read the preamble (`readPreamble`), then let
/// `drain` hand every complete segment to a closure; call `finish()` at the end of input.
/// The result does not depend on how the bytes were chunked. Memory stays bounded by the
/// longest segment (capped by `maximumSegmentLength`) plus the last chunk. Not thread-safe;
/// one per stream.
struct SegmentTokenizer {
    var separators: Separators
    /// The separators advised by UNA, when the input has one.
    var serviceStringAdvice: Separators?
    var table: ByteClassTable
    private(set) var repertoire: CharacterRepertoire?
    let maximumSegmentLength: Int
    /// Record separator positions of every segment (needed to build messages). When false,
    /// clean user segments take the fast path: a `memchr` for the terminator and one
    /// screening pass, without positions.
    var recordsAllBoundaries = true

    /// Findings of the tokenizer itself (BOM, leading white space, UNA problems); taken by
    /// the reader after the preamble.
    var diagnostics: [Diagnostic] = []

    // Scanner state; internal so the `+Scanning` and `+Preamble` extensions can reach it.
    var buffer: [UInt8] = []
    var bufferBase = 0
    var consumed = 0
    var scan = 0
    var inPreamble = true
    var isInSegment = false
    var isSkippingOversized = false
    var isReleased = false
    var scratch = BoundaryBuffer()
    var currentToken = SegmentToken(start: 0, end: 0, boundaryCount: 0, byteOffset: 0, line: 1, column: 1)
    var lineNumber = 1
    var lineStartOffset = 0
    var isFinished = false

    init(maximumSegmentLength: Int = 65_536) {
        separators = .default
        table = ByteClassTable(separators: .default)
        self.maximumSegmentLength = min(max(64, maximumSegmentLength), 1 << 28)
    }

    /// Adds input. Segments handed out before are invalid afterwards.
    mutating func append(_ chunk: UnsafeRawBufferPointer) {
        compact()
        buffer.append(contentsOf: chunk)
    }

    /// Declares the end of input: a last segment without terminator is handed out as such.
    mutating func finish() { isFinished = true }

    /// Switches to the repertoire and syntax version UNB declared. Without UNA, syntax 4 gets
    /// its default repetition separator `*`.
    mutating func adopt(repertoire: CharacterRepertoire?, syntaxVersion: Int) {
        if serviceStringAdvice == nil, syntaxVersion >= 4, separators == .default {
            separators = .syntax4
        }
        self.repertoire = repertoire
        table = ByteClassTable(separators: separators, repertoire: repertoire)
    }

    private mutating func compact() {
        guard consumed > 0 else { return }
        let drop = consumed
        if drop >= buffer.count {
            buffer.removeAll(keepingCapacity: true)
        } else {
            buffer.removeFirst(drop)
        }
        bufferBase += drop
        scan -= drop
        currentToken.start -= drop
        consumed = 0
    }

    /// Hands every complete segment in the buffer to `body`, in order. When `body` returns an
    /// adoption (after UNB), the tokenizer switches repertoire and separators before going on.
    /// At the end of input, an unterminated last segment is handed out too.
    mutating func drain(_ body: (RawSegment) -> EnvelopeValidator.Adoption?) {
        guard !inPreamble else { return }
        if !isKnownUniquelyReferenced(&scratch) { scratch = scratch.copy() }
        while let adoption = scanAvailable(body) {
            adopt(repertoire: adoption.repertoire, syntaxVersion: adoption.syntaxVersion)
        }
        guard isFinished else { return }
        if isSkippingOversized {
            isSkippingOversized = false
            consumed = buffer.count
        }
        if isInSegment {
            var token = currentToken
            token.end = buffer.count
            token.boundaryCount = scratch.count
            token.unterminated = true
            token.plainTag = Self.isPlainTag(scratch.view, length: token.end - token.start)
            token.danglingRelease = isReleased
            isReleased = false
            isInSegment = false
            consumed = buffer.count
            scan = buffer.count
            let separators = self.separators
            let advised = serviceStringAdvice != nil
            let scratch = self.scratch
            let adoption = buffer.withUnsafeBufferPointer { all in
                body(RawSegment(
                    bytes: UnsafeBufferPointer(rebasing: all[token.start..<token.end]), boundaries: scratch.view,
                    token: token, separators: separators, hasServiceStringAdvice: advised))
            }
            if let adoption { adopt(repertoire: adoption.repertoire, syntaxVersion: adoption.syntaxVersion) }
        }
    }
}

extension SegmentTokenizer {
    /// A three-byte tag followed by an element separator or the end of the segment.
    @inline(__always)
    static func isPlainTag(_ boundaries: UnsafeBufferPointer<UInt32>, length: Int) -> Bool {
        boundaries.isEmpty ? length == 3 : boundaries[0] == (3 << 2 | BoundaryKind.element.rawValue)
    }
}

/// Growable scratch storage for the separator positions of the open segment, reused for
/// every segment (no allocation per segment). Owned by one tokenizer; copied when a
/// tokenizer value is copied mid-stream.
final class BoundaryBuffer {
    private(set) var base: UnsafeMutablePointer<UInt32>
    private(set) var capacity: Int
    var count = 0

    init(capacity: Int = 256) {
        base = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    deinit { base.deallocate() }

    @inline(__always)
    func append(_ word: UInt32) {
        if count == capacity { grow() }
        base[count] = word
        count += 1
    }

    private func grow() {
        let larger = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity * 2)
        larger.update(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }

    func copy() -> BoundaryBuffer {
        let other = BoundaryBuffer(capacity: capacity)
        other.base.update(from: base, count: count)
        other.count = count
        return other
    }

    var view: UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(start: base, count: count) }
}
