/// One segment the tokenizer found: where its bytes are in the tokenizer's buffer, where it
/// starts in the input, and what the scan noticed about it.
///
/// Valid only until the next `append` to the tokenizer that produced it.
struct SegmentToken {
    /// Index of the tag's first byte in the tokenizer buffer.
    var start: Int
    /// Index one past the last data byte (the terminator's index when there is one).
    var end: Int
    /// Number of separator boundaries recorded for it.
    var boundaryCount: Int
    /// 0-based offset of the tag's first byte in the input.
    var byteOffset: Int
    /// 1-based line and column of the tag's first byte.
    var line: Int
    var column: Int
    /// The segment contains at least one release character.
    var hasRelease = false
    /// The segment contains bytes of multi-byte characters (checked afterwards).
    var hasMultiByte = false
    /// Offset (from `start`) of the first byte the repertoire refuses, if any.
    var firstInvalidOffset: Int?
    /// The input ended before a segment terminator.
    var unterminated = false
    /// The input ended right after a release character.
    var danglingRelease = false
    /// The segment exceeded the length limit; only its first part is kept.
    var oversized = false
    /// False when the fast path skipped recording separator positions (a user segment in
    /// envelope-only mode, clean and complete).
    var boundariesComputed = true
    /// The tag is three bytes followed by an element separator or the terminator.
    var plainTag = false
}

/// Boundary kinds recorded in the low bits of a boundary word; the offset is `word >> 2`.
enum BoundaryKind: UInt32 {
    case element = 1
    case component = 2
    case repetition = 3
}
