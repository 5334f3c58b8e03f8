import Diagnostics

/// The resumable byte scanner at the bottom of the engine: splits a stream of bytes into
/// segments, honouring UNA, the release character, and the declared character repertoire.
///
/// Feed it chunks of any size with `append`, then take segments with `next()` until it
/// returns nil; call `finish()` at the end of input. The result does not depend on how the
/// bytes were chunked. Memory stays bounded by the longest segment (capped by
/// `maximumSegmentLength`) plus the last chunk. Not thread-safe; one per stream.
struct SegmentTokenizer {
    var separators: Separators
    /// The separators advised by UNA, when the input has one.
    var serviceStringAdvice: Separators?
    var table: ByteClassTable
    private(set) var repertoire: CharacterRepertoire?
    let maximumSegmentLength: Int

    /// Findings of the tokenizer itself (BOM, leading white space, UNA problems); drained by
    /// the reader after each `next()`.
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
    var boundaries: [UInt32] = []
    var currentToken = SegmentToken(start: 0, end: 0, boundaryCount: 0, byteOffset: 0, line: 1, column: 1)
    var lineNumber = 1
    var lineStartOffset = 0
    var isFinished = false

    init(maximumSegmentLength: Int = 65_536) {
        separators = .default
        table = ByteClassTable(separators: .default)
        self.maximumSegmentLength = min(max(64, maximumSegmentLength), 1 << 28)
        boundaries.reserveCapacity(64)
    }

    /// Adds input. Tokens handed out before are invalid afterwards.
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

    /// 0-based input offset of a buffer index.
    func absoluteOffset(_ index: Int) -> Int { bufferBase + index }

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

    /// The next complete segment, or nil when more input is needed (or the input is done).
    mutating func next() -> SegmentToken? {
        if inPreamble {
            guard readPreamble() else { return nil }
        }
        while true {
            if isSkippingOversized {
                guard skipRestOfOversized() else { return nil }
            }
            if !isInSegment {
                guard startSegment() else { return nil }
            }
            if let complete = scanSegment() { return complete }
            if isSkippingOversized { continue }
            return endOfInputToken()
        }
    }

    /// Skips white space between segments and opens the next one.
    private mutating func startSegment() -> Bool {
        while scan < buffer.count {
            let byte = buffer[scan]
            if byte == 0x0A {
                lineNumber += 1
                lineStartOffset = bufferBase + scan + 1
            } else if byte != 0x0D && byte != 0x20 && byte != 0x09 {
                break
            }
            scan += 1
        }
        consumed = scan
        guard scan < buffer.count else { return false }
        isInSegment = true
        isReleased = false
        boundaries.removeAll(keepingCapacity: true)
        let offset = bufferBase + scan
        currentToken = SegmentToken(
            start: scan, end: scan, boundaryCount: 0, byteOffset: offset, line: lineNumber, column: offset - lineStartOffset + 1
        )
        return true
    }

    /// Everything before `index` has been handed out and may be dropped on the next append.
    mutating func markConsumed(_ index: Int) { consumed = index }

    mutating func closeSegment() { isInSegment = false }

    mutating func beginSkippingOversized() { isSkippingOversized = true }

    mutating func endSkippingOversized() { isSkippingOversized = false }
}
