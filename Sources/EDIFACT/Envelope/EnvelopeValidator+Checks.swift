import Diagnostics

extension EnvelopeValidator {
    /// What the tokenizer noticed about a segment: missing terminator, dangling release,
    /// oversize, characters outside the repertoire, broken multi-byte characters, trailing
    /// separators (syntax 4), a missing tag.
    @inline(__always)
    mutating func checkToken(_ raw: RawSegment) {
        let token = raw.token
        // Fast path: a clean segment with a plain three-letter tag.
        if !token.unterminated && !token.danglingRelease && !token.oversized && token.firstInvalidOffset == nil
            && !token.hasMultiByte && raw.hasPlainTag && (syntaxVersion < 4 || !raw.hasTrailingSeparator)
        {
            return
        }
        checkTokenFully(raw)
    }

    mutating func checkTokenFully(_ raw: RawSegment) {
        let token = raw.token
        let terminator = Separators.show(raw.separators.segment)
        if token.danglingRelease {
            report(.invalidServiceCharacter, "the input ends with a release character that releases nothing", at: location(of: raw, offset: max(0, raw.bytes.count - 1)))
        }
        if token.unterminated {
            report(.missing, "the input ends inside segment '\(raw.tag)': expected the segment terminator '\(terminator)'", at: location(of: raw, offset: raw.bytes.count))
        }
        if token.oversized {
            report(.tooLong, "segment '\(raw.tag)' is longer than \(options.maximumSegmentLength) bytes; the rest of it was skipped", raw)
        }
        if raw.tagLength == 0 {
            report(.invalidValue, "segment without a tag: expected a segment tag such as 'UNH' before the first separator", raw)
        } else if raw.tagHasExtraData && syntaxVersion < 4 {
            report(.invalidServiceCharacter, "segment tag '\(raw.tag)' is followed by extra characters", raw, element: 0, severity: .warning)
        }
        if let offset = token.firstInvalidOffset, checksRepertoire {
            reportInvalidCharacter(raw, offset: offset)
        }
        if token.hasMultiByte, checksRepertoire, let offset = repertoire.firstInvalidMultiByteOffset(in: raw.bytes) {
            reportInvalidCharacter(raw, offset: offset)
        }
        if syntaxVersion >= 4 && raw.hasTrailingSeparator {
            report(.trailingSeparator, "segment '\(raw.tag)' ends with a separator (syntax 4 forbids trailing separators)", raw,
                   element: raw.elementCount, severity: options.trailingSeparatorIsError ? .error : .warning)
        }
    }

    /// Checks a segment scanned before the repertoire was known (UNB) byte by byte.
    mutating func checkBytes(_ raw: RawSegment, against repertoire: CharacterRepertoire) {
        var released = false
        for (offset, byte) in raw.bytes.enumerated() {
            if released {
                released = false
            } else if byte == raw.release {
                released = true
                continue
            } else if raw.separators.isServiceCharacter(byte) {
                continue
            }
            let byteClass = repertoire.byteClass(byte)
            if byteClass == .invalid || byteClass == .lineFeed {
                reportInvalidCharacter(raw, offset: offset)
                return
            }
        }
    }

    mutating func reportInvalidCharacter(_ raw: RawSegment, offset: Int) {
        let (element, component) = Self.elementAndComponent(at: offset, in: raw)
        var place = location(of: raw, offset: offset)
        if element > 0 {
            place.element = element
            place.component = component
        }
        let byte = offset < raw.bytes.count ? raw.bytes[offset] : 0
        report(.invalidCharacter, "character '\(Separators.show(byte))' (byte 0x\(String(byte, radix: 16, uppercase: true))) is not allowed by character set \(repertoire.rawValue)", at: place)
    }

    /// Reports each absent or empty mandatory service element/component (code 13).
    mutating func requireValues(_ raw: RawSegment, _ required: [(element: Int, component: Int, name: String)]) {
        for item in required {
            let present = raw.range(element: item.element, component: item.component).map { !$0.isEmpty } ?? false
            if !present {
                report(.missing, "'\(raw.tag)' lacks the mandatory \(item.name)", raw, element: item.element, component: item.component)
            }
        }
    }

    /// Too many data elements in a service segment (code 16).
    mutating func checkConstituents(_ raw: RawSegment, maximumElements: Int) {
        let count = raw.elementCount
        if count > maximumElements {
            report(.tooManyConstituents, "'\(raw.tag)' has \(count) data elements; at most \(maximumElements) are defined", raw, element: maximumElements + 1)
        }
    }

    /// Date (n6 before syntax 4, n8 from 4) and time (n4) of S004.
    mutating func checkDateTime(_ raw: RawSegment, element: Int) {
        if let date = raw.value(element: element, component: 1), !date.isEmpty {
            let expected = syntaxVersion >= 4 ? 8 : 6
            if !date.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                report(.invalidCharacterType, "date of preparation '\(date)' is not numeric; expected \(expected) digits", raw, element: element, component: 1)
            } else if date.utf8.count == 6 && expected == 8 && options.acceptsSixDigitDatesInSyntax4 {
                report(.tooShort, "date of preparation '\(date)' has 6 digits; syntax 4 expects 8 (CCYYMMDD), accepted by configuration", raw, element: element, component: 1, severity: .warning)
            } else if date.utf8.count < expected {
                report(.tooShort, "date of preparation '\(date)' has \(date.utf8.count) digits; syntax \(syntaxVersion) expects \(expected)", raw, element: element, component: 1)
            } else if date.utf8.count > expected {
                report(.tooLong, "date of preparation '\(date)' has \(date.utf8.count) digits; syntax \(syntaxVersion) expects \(expected)", raw, element: element, component: 1)
            }
        }
        if let time = raw.value(element: element, component: 2), !time.isEmpty {
            if !time.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                report(.invalidCharacterType, "time of preparation '\(time)' is not numeric; expected 4 digits (HHMM)", raw, element: element, component: 2)
            } else if time.utf8.count != 4 {
                report(time.utf8.count < 4 ? .tooShort : .tooLong, "time of preparation '\(time)' has \(time.utf8.count) digits; expected 4 (HHMM)", raw, element: element, component: 2)
            }
        }
    }

    mutating func checkLength(_ raw: RawSegment, element: Int, maximum: Int, name: String) {
        if let value = raw.value(element: element, repertoire: repertoire), repertoire.length(of: value) > maximum {
            report(.tooLong, "\(name) '\(value)' is longer than \(maximum) characters", raw, element: element)
        }
    }
}
