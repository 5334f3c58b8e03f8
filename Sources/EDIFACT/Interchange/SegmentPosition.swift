/// Where a segment starts in the input, and where it stands in its message.
public struct SegmentPosition: Sendable, Hashable, Codable {
    /// 1-based line of the tag's first byte.
    public var line: Int
    /// 1-based column (in bytes) of the tag's first byte.
    public var column: Int
    /// 0-based byte offset of the tag's first byte from the start of the input.
    public var byteOffset: Int
    /// Position in the message, UNH = 1 (ISO 9735 / CONTRL UCS 0096); nil outside messages.
    public var index: Int?

    public init(line: Int = 0, column: Int = 0, byteOffset: Int = 0, index: Int? = nil) {
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
        self.index = index
    }
}
