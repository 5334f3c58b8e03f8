import Diagnostics

extension SegmentTokenizer {
    /// Reads what may come before the first segment: a UTF-8 byte-order mark and white space
    /// (both accepted with a warning), then a service string advice (UNA). Picks the
    /// separators. Returns false while more input is needed to decide.
    mutating func readPreamble() -> Bool {
        let count = buffer.count
        var index = 0
        var hasByteOrderMark = false
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        if count > 0 && buffer[0] == 0xEF {
            if count < 3 && !isFinished && Array(buffer) == Array(bom[0..<count]) { return false }
            if count >= 3 && buffer[1] == 0xBB && buffer[2] == 0xBF {
                hasByteOrderMark = true
                index = 3
            }
        }
        let whitespaceStart = index
        while index < count, [0x20, 0x09, 0x0D, 0x0A].contains(buffer[index]) { index += 1 }
        let needed = index + 4
        if count < needed && !isFinished {
            // "UNA" needs nine bytes; anything else needs four to tell level B from level A.
            return false
        }
        let isAdvice = count >= index + 3 && buffer[index] == 0x55 && buffer[index + 1] == 0x4E && buffer[index + 2] == 0x41
        if isAdvice && count < index + 9 && !isFinished { return false }

        // Decided: report, count lines, and take the separators.
        if hasByteOrderMark {
            diagnostics.append(.warning(
                SyntaxErrorCode.invalidCharacter.rawValue,
                "UTF-8 byte-order mark before the interchange was ignored; expected 'UNA' or 'UNB' as the first bytes",
                at: SourceLocation(line: 1, column: 1, byteOffset: 0)))
        }
        if index > whitespaceStart {
            diagnostics.append(.warning(
                SyntaxErrorCode.invalidOccurrenceOutside.rawValue,
                "\(index - whitespaceStart) white-space byte(s) before the interchange were ignored",
                at: SourceLocation(line: 1, column: whitespaceStart + 1, byteOffset: whitespaceStart)))
        }
        for position in whitespaceStart..<index where buffer[position] == 0x0A {
            lineNumber += 1
            lineStartOffset = position + 1
        }
        if isAdvice {
            let location = SourceLocation(line: lineNumber, column: index - lineStartOffset + 1, byteOffset: index, tag: "UNA")
            if count < index + 9 {
                diagnostics.append(.error(
                    SyntaxErrorCode.invalidServiceCharacterAdvice.rawValue,
                    "the service string advice UNA is cut short: expected 6 characters after 'UNA'", at: location))
                index = count
            } else {
                let (advice, problems) = Separators.parseAdvice(buffer[(index + 3)..<(index + 9)])
                for problem in problems {
                    var place = location
                    place.element = problem.index + 1
                    diagnostics.append(.error(problem.code.rawValue, "UNA: " + problem.reason, at: place))
                }
                separators = advice
                serviceStringAdvice = advice
                // A line feed among the service characters (as terminator, typically) ends a line.
                for position in (index + 3)..<(index + 9) where buffer[position] == 0x0A {
                    lineNumber += 1
                    lineStartOffset = position + 1
                }
                index += 9
            }
        } else if count >= index + 4, buffer[index] == 0x55, buffer[index + 1] == 0x4E, buffer[index + 2] == 0x42, buffer[index + 3] == 0x1D {
            separators = .levelB(syntaxVersion: 3)
        }
        table = ByteClassTable(separators: separators)
        scan = index
        consumed = index
        inPreamble = false
        return true
    }
}
