#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SegmentTokenizer {
    /// The hot loop: scans the buffer from where the last call stopped, handing each complete
    /// segment to `body`. Returns early with the adoption `body` asked for (after UNB), nil
    /// when the buffer is exhausted.
    ///
    /// One pass over raw bytes with a 256-entry class table; ordinary data bytes (class 0)
    /// cost a load and a compare. State lives in locals during the pass.
    mutating func scanAvailable(_ body: (RawSegment) -> EnvelopeValidator.Adoption?) -> EnvelopeValidator.Adoption? {
        var adoption: EnvelopeValidator.Adoption?
        var scan = self.scan
        var consumed = self.consumed
        var inSegment = isInSegment
        var released = isReleased
        var skipping = isSkippingOversized
        var token = currentToken
        var line = lineNumber
        var lineStart = lineStartOffset
        let base = bufferBase
        let maximum = maximumSegmentLength
        let separators = self.separators
        let release = separators.release
        let terminator = separators.segment
        let advised = serviceStringAdvice != nil
        let scratch = self.scratch
        let fastPath = !recordsAllBoundaries
        let elementSeparator = separators.element
        buffer.withUnsafeBufferPointer { bytes in
            table.classes.withUnsafeBufferPointer { classes in
              table.screening.withUnsafeBufferPointer { screening in
                let end = bytes.count
                outer: while true {
                    if skipping {
                        while scan < end {
                            let byte = bytes[scan]
                            if byte == 0x0A {
                                line += 1
                                lineStart = base + scan + 1
                            }
                            scan += 1
                            if released {
                                released = false
                            } else if byte == release {
                                released = true
                            } else if byte == terminator {
                                skipping = false
                                break
                            }
                        }
                        consumed = scan
                        if skipping { break outer }
                    }
                    if !inSegment {
                        while scan < end {
                            let byte = bytes[scan]
                            if byte == 0x0A {
                                line += 1
                                lineStart = base + scan + 1
                            } else if byte != 0x0D && byte != 0x20 && byte != 0x09 {
                                break
                            }
                            scan += 1
                        }
                        consumed = scan
                        if scan >= end { break outer }
                        inSegment = true
                        released = false
                        scratch.count = 0
                        let offset = base + scan
                        token = SegmentToken(start: scan, end: scan, boundaryCount: 0, byteOffset: offset, line: line, column: offset - lineStart + 1)
                    }
                    if fastPath && !released && scan == token.start && scan + 3 < end && !(bytes[scan] == 0x55 && bytes[scan + 1] == 0x4E),
                        let terminatorIndex = Self.findTerminator(in: bytes, from: scan, to: min(end, scan + maximum), terminator: terminator, release: release),
                        terminatorIndex > scan + 3
                    {
                        let flags = Self.screen(bytes, from: scan, to: terminatorIndex, with: screening)
                        let last = classes[Int(bytes[terminatorIndex - 1])]
                        if flags & 1 == 0 && last != ByteClass.elementSeparator.rawValue && last != ByteClass.componentSeparator.rawValue
                            && last != ByteClass.repetitionSeparator.rawValue && last != ByteClass.release.rawValue
                        {
                            token.end = terminatorIndex
                            token.boundaryCount = 0
                            token.boundariesComputed = false
                            token.hasRelease = flags & 2 != 0
                            token.plainTag = bytes[scan + 3] == elementSeparator
                            scratch.count = 0
                            if terminator == 0x0A {
                                line += 1
                                lineStart = base + terminatorIndex + 1
                            }
                            scan = terminatorIndex + 1
                            consumed = scan
                            inSegment = false
                            let raw = RawSegment(
                                bytes: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), boundaries: scratch.view,
                                token: token, separators: separators, hasServiceStringAdvice: advised)
                            if let adopted = body(raw) {
                                adoption = adopted
                                break outer
                            }
                            continue
                        }
                    }
                    let limit = token.start + maximum
                    var found = false
                    if released, scan < end {
                        // A release character at the end of the previous chunk releases this byte.
                        released = false
                        Self.noteData(classes[Int(bytes[scan])], at: scan, base: base, token: &token, line: &line, lineStart: &lineStart)
                        scan += 1
                    }
                    while scan < end {
                        let byteClass = classes[Int(bytes[scan])]
                        if byteClass == 0 {
                            scan += 1
                            continue
                        }
                        if scan >= limit { break }
                        switch byteClass {
                        case ByteClass.segmentTerminator.rawValue:
                            if terminator == 0x0A {
                                line += 1
                                lineStart = base + scan + 1
                            }
                            found = true
                        case ByteClass.elementSeparator.rawValue:
                            scratch.append(UInt32(truncatingIfNeeded: scan - token.start) << 2 | BoundaryKind.element.rawValue)
                        case ByteClass.componentSeparator.rawValue:
                            scratch.append(UInt32(truncatingIfNeeded: scan - token.start) << 2 | BoundaryKind.component.rawValue)
                        case ByteClass.repetitionSeparator.rawValue:
                            scratch.append(UInt32(truncatingIfNeeded: scan - token.start) << 2 | BoundaryKind.repetition.rawValue)
                        case ByteClass.release.rawValue:
                            token.hasRelease = true
                            if scan + 1 < end {
                                scan += 1
                                Self.noteData(classes[Int(bytes[scan])], at: scan, base: base, token: &token, line: &line, lineStart: &lineStart)
                            } else {
                                released = true
                            }
                        default:
                            Self.noteData(byteClass, at: scan, base: base, token: &token, line: &line, lineStart: &lineStart)
                        }
                        if found { break }
                        scan += 1
                    }
                    guard found || scan - token.start >= maximum else { break outer }
                    if found {
                        token.end = scan
                        scan += 1
                    } else {
                        // Too long: hand out the first part, skip the rest up to the terminator.
                        token.end = token.start + maximum
                        token.oversized = true
                        scan = token.end
                        released = false
                        skipping = true
                    }
                    token.boundaryCount = scratch.count
                    token.plainTag = Self.isPlainTag(scratch.view, length: token.end - token.start)
                    inSegment = false
                    let raw = RawSegment(
                        bytes: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), boundaries: scratch.view,
                        token: token, separators: separators, hasServiceStringAdvice: advised)
                    consumed = scan
                    if let adopted = body(raw) {
                        adoption = adopted
                        break outer
                    }
                }
              }
            }
        }
        self.scan = scan
        self.consumed = consumed
        isInSegment = inSegment
        isReleased = released
        isSkippingOversized = skipping
        currentToken = token
        lineNumber = line
        lineStartOffset = lineStart
        return adoption
    }

    /// ORs the screening classes of `from..<to`: four independent accumulators, so the loads
    /// overlap instead of waiting on one another.
    @inline(__always)
    static func screen(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, with screening: UnsafeBufferPointer<UInt8>) -> UInt8 {
        guard let data = bytes.baseAddress, let table = screening.baseAddress else { return 1 }
        var a: UInt8 = 0
        var b: UInt8 = 0
        var c: UInt8 = 0
        var d: UInt8 = 0
        var index = start
        while index + 4 <= end {
            a |= table[Int(data[index])]
            b |= table[Int(data[index + 1])]
            c |= table[Int(data[index + 2])]
            d |= table[Int(data[index + 3])]
            index += 4
        }
        while index < end {
            a |= table[Int(data[index])]
            index += 1
        }
        return a | b | c | d
    }

    /// The index of the first unreleased terminator in `from..<to`, found with `memchr`.
    @inline(__always)
    static func findTerminator(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, terminator: UInt8, release: UInt8?) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var search = start
        while search < end {
            guard let hit = memchr(base + search, Int32(terminator), end - search) else { return nil }
            let index = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if let release {
                var releases = 0
                var before = index - 1
                while before >= start && bytes[before] == release {
                    releases += 1
                    before -= 1
                }
                if releases % 2 == 1 {
                    search = index + 1
                    continue
                }
            }
            return index
        }
        return nil
    }

    /// Records what a data byte (or a released byte) says about the segment.
    @inline(__always)
    static func noteData(_ byteClass: UInt8, at index: Int, base: Int, token: inout SegmentToken, line: inout Int, lineStart: inout Int) {
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
}
