extension SegmentTokenizer {
    /// Scans the open segment from where the last call stopped. Returns the segment when its
    /// terminator is found (or it grows past the limit), nil when the buffer is exhausted.
    mutating func scanSegment() -> SegmentToken? {
        let end = buffer.count
        let limit = currentToken.start + maximumSegmentLength
        var index = scan
        var boundaries = self.boundaries
        self.boundaries = []
        var found = false
        var line = self.lineNumber
        var lineStart = self.lineStartOffset
        var released = self.isReleased
        var token = self.currentToken
        let base = bufferBase
        table.classes.withUnsafeBufferPointer { classes in
            buffer.withUnsafeBufferPointer { bytes in
                // A release character at the end of the previous chunk releases this byte.
                if released, index < end {
                    released = false
                    Self.noteData(bytes[index], class: classes[Int(bytes[index])], at: index, base: base, token: &token, line: &line, lineStart: &lineStart)
                    index += 1
                }
                while index < end {
                    let byte = bytes[index]
                    let byteClass = classes[Int(byte)]
                    if byteClass == 0 {
                        index += 1
                        continue
                    }
                    if index >= limit { break }
                    switch byteClass {
                    case ByteClass.segmentTerminator.rawValue:
                        if byte == 0x0A {
                            line += 1
                            lineStart = base + index + 1
                        }
                        found = true
                    case ByteClass.elementSeparator.rawValue:
                        boundaries.append(UInt32(truncatingIfNeeded: index - token.start) << 2 | BoundaryKind.element.rawValue)
                    case ByteClass.componentSeparator.rawValue:
                        boundaries.append(UInt32(truncatingIfNeeded: index - token.start) << 2 | BoundaryKind.component.rawValue)
                    case ByteClass.repetitionSeparator.rawValue:
                        boundaries.append(UInt32(truncatingIfNeeded: index - token.start) << 2 | BoundaryKind.repetition.rawValue)
                    case ByteClass.release.rawValue:
                        token.hasRelease = true
                        if index + 1 < end {
                            index += 1
                            Self.noteData(bytes[index], class: classes[Int(bytes[index])], at: index, base: base, token: &token, line: &line, lineStart: &lineStart)
                        } else {
                            released = true
                        }
                    default:
                        Self.noteData(byte, class: byteClass, at: index, base: base, token: &token, line: &line, lineStart: &lineStart)
                    }
                    if found { break }
                    index += 1
                }
                if !found && index >= limit && index < end { index = limit }
            }
        }
        self.boundaries = boundaries
        self.lineNumber = line
        self.lineStartOffset = lineStart
        self.isReleased = released
        if found {
            token.end = index
            token.boundaryCount = boundaries.count
            scan = index + 1
            markConsumed(scan)
            closeSegment()
            return token
        }
        if index - token.start >= maximumSegmentLength {
            token.end = token.start + maximumSegmentLength
            token.boundaryCount = boundaries.count
            token.oversized = true
            scan = token.end
            closeSegment()
            beginSkippingOversized()
            return token
        }
        scan = index
        self.currentToken = token
        return nil
    }

    /// Records what a data byte (or a released byte) says about the segment.
    @inline(__always)
    static func noteData(
        _ byte: UInt8, class byteClass: UInt8, at index: Int, base: Int,
        token: inout SegmentToken, line: inout Int, lineStart: inout Int
    ) {
        switch byteClass {
        case ByteClass.multiByte.rawValue:
            token.hasMultiByte = true
        case ByteClass.lineFeed.rawValue:
            line += 1
            lineStart = base + index + 1
            if token.firstInvalidOffset == nil { token.firstInvalidOffset = index - token.start }
        case ByteClass.invalid.rawValue:
            if token.firstInvalidOffset == nil { token.firstInvalidOffset = index - token.start }
        default:
            break
        }
    }

    /// At the end of input, the open segment (if any) is handed out as unterminated.
    mutating func endOfInputToken() -> SegmentToken? {
        guard isFinished, isInSegment, scan >= buffer.count else { return nil }
        var token = currentToken
        token.end = buffer.count
        token.boundaryCount = boundaries.count
        token.unterminated = true
        token.danglingRelease = isReleased
        isReleased = false
        markConsumed(buffer.count)
        closeSegment()
        return token
    }

    /// Drops the rest of an oversized segment up to its terminator. True when the terminator
    /// was found (or the input ended), false when more input is needed.
    mutating func skipRestOfOversized() -> Bool {
        var released = isReleased
        var line = lineNumber
        var lineStart = lineStartOffset
        let separators = self.separators
        while scan < buffer.count {
            let byte = buffer[scan]
            if byte == 0x0A {
                line += 1
                lineStart = bufferBase + scan + 1
            }
            scan += 1
            if released {
                released = false
            } else if byte == separators.release {
                released = true
            } else if byte == separators.segment {
                endSkippingOversized()
                break
            }
        }
        isReleased = released
        lineNumber = line
        lineStartOffset = lineStart
        markConsumed(scan)
        if isFinished && scan >= buffer.count { endSkippingOversized() }
        return !isSkippingOversized
    }
}
