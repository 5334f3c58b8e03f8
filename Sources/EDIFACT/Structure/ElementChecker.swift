import Diagnostics

/// Checks one segment's data elements against its compiled definition: too many elements,
/// repetitions or components (16), mandatory elements and components missing (13), and each
/// value's representation (37, 38, 39, 40) and code (12, per `CodeListPolicy`).
///
/// Reads a segment as the tokenizer describes it: its bytes and the boundary words of its
/// separators (`offset << 2 | BoundaryKind`), the tag element first. Values are examined
/// byte by byte as UTF-8 (`SegmentValues` supplies a decoded copy in the same form when the
/// input bytes are not UTF-8 as they stand); nothing is allocated unless a finding is
/// reported (text, locations and messages are built only then).
struct ElementChecker {
    let codeLists: MessageStructureValidator.CodeListPolicy
    /// Elements whose out-of-list codes are warnings whatever the policy (read only for a finding).
    let advisoryCodeLists: Set<String>

    init(codeLists: MessageStructureValidator.CodeListPolicy, advisoryCodeLists: Set<String> = []) {
        self.codeLists = codeLists
        self.advisoryCodeLists = advisoryCodeLists
    }

    /// The segment's elements as the checker walks them.
    struct Layout {
        let bytes: UnsafeBufferPointer<UInt8>
        let words: UnsafeBufferPointer<UInt32>

        @inline(__always)
        func offset(_ word: Int) -> Int { Int(words[word] >> 2) }

        @inline(__always)
        func kind(_ word: Int) -> UInt32 { words[word] & 3 }

        /// Where the value after boundary `word` ends: the next boundary, or the end of the segment.
        @inline(__always)
        func end(after word: Int) -> Int { word + 1 < words.count ? offset(word + 1) : bytes.count }

        /// Index of the first element boundary (after the tag and anything in the tag element).
        @inline(__always)
        var firstElement: Int {
            var word = 0
            while word < words.count && kind(word) != BoundaryKind.element.rawValue { word += 1 }
            return word
        }

        /// Index of the boundary that ends the repetition starting at `word` (the next element
        /// or repetition boundary), or `words.count`.
        @inline(__always)
        func repetitionEnd(after word: Int) -> Int {
            var next = word + 1
            while next < words.count && kind(next) == BoundaryKind.component.rawValue { next += 1 }
            return next
        }

        /// Number of data elements after the tag.
        var elementCount: Int {
            var count = 0
            for word in 0..<words.count where kind(word) == BoundaryKind.element.rawValue { count += 1 }
            return count
        }
    }

    /// Checks a segment laid out in `layout`; findings are placed at `segment` in message
    /// `messageReference` (read only for a finding).
    ///
    /// The loop only decides; every finding is written by `report` (kept out of line, so the
    /// loop's registers are not spent on building messages it rarely needs).
    ///
    /// `recentCodes` is the check's last-code memory for the message definition's component
    /// arena (see `CompiledSegment.codeListContains`).
    func check(_ layout: Layout, segment: WalkedSegment, messageReference: @autoclosure () -> String,
               against definition: CompiledSegment, recentCodes: UnsafeMutablePointer<UInt64>, into diagnostics: inout DiagnosticList) {
        let recent = recentCodes + definition.componentArenaOffset
        let elementTable = definition.elementTable
        let componentTable = definition.componentTable
        let definedCount = elementTable.count
        let bytes = layout.bytes
        let words = layout.words
        let wordCount = words.count
        var elementWord = layout.firstElement
        var offset = 0
        while elementWord < wordCount {
            guard offset < definedCount else {
                report(.tooManyElements, layout, segment, messageReference, definition, into: &diagnostics)
                return
            }
            let elementDefinition = elementTable[offset]
            // One pass over the element's boundaries: where it ends, how often it repeats.
            var elementEnd = elementWord + 1
            var repetitionCount = 1
            while elementEnd < wordCount {
                let kind = words[elementEnd] & 3
                if kind == BoundaryKind.element.rawValue { break }
                if kind == BoundaryKind.repetition.rawValue { repetitionCount += 1 }
                elementEnd += 1
            }
            if repetitionCount > Int(elementDefinition.maxRepetitions) {
                report(.tooManyRepetitions(element: offset, count: repetitionCount), layout, segment, messageReference, definition, into: &diagnostics)
            }
            let componentCount = Int(elementDefinition.componentCount)
            let first = Int(elementDefinition.firstComponent)
            var anyPresent = false
            var repetitionWord = elementWord
            var repetition = 0
            while repetitionWord < elementEnd {
                let repetitionEnd = repetitionCount == 1 ? elementEnd : layout.repetitionEnd(after: repetitionWord)
                defer {
                    repetitionWord = repetitionEnd
                    repetition += 1
                }
                // The repetition's components are the values after boundaries
                // repetitionWord ..< repetitionEnd; all are empty exactly when its bytes are
                // nothing but their separators.
                let components = repetitionEnd - repetitionWord
                let spanStart = Int(words[repetitionWord] >> 2) + 1
                let spanEnd = repetitionEnd < wordCount ? Int(words[repetitionEnd] >> 2) : bytes.count
                guard spanEnd - spanStart > components - 1 else { continue }
                anyPresent = true
                if components > componentCount {
                    report(.tooManyComponents(element: offset, count: components, repetition: repetition), layout, segment, messageReference, definition, into: &diagnostics)
                }
                // Present components in order, then (only when some are mandatory) the absent ones.
                let present = min(components, componentCount)
                var start = spanStart
                for component in 0..<present {
                    let boundary = repetitionWord + component + 1
                    let end = boundary < repetitionEnd ? Int(words[boundary] >> 2) : spanEnd
                    let range = start..<end
                    start = end + 1
                    let componentDefinition = componentTable[first + component]
                    if range.isEmpty {
                        if componentDefinition.isMandatory && elementDefinition.isComposite {
                            report(.missingComponent(element: offset, component: component, repetition: repetition), layout, segment, messageReference, definition, into: &diagnostics)
                        }
                        continue
                    }
                    let value = UnsafeBufferPointer(rebasing: bytes[range])
                    if let problem = Self.representationProblem(value, componentDefinition) {
                        report(.representation(element: offset, component: component, repetition: repetition, value: range, problem: problem),
                               layout, segment, messageReference, definition, into: &diagnostics)
                    }
                    if componentDefinition.codeList >= 0, codeLists != .ignore,
                       !Self.namesOtherAgency(layout, repetition: repetitionWord, components: components, agency: componentDefinition.agencyComponent),
                       !definition.codeListContains(value, component: first + component, recent: recent) {
                        report(.notInCodeList(element: offset, component: component, repetition: repetition, value: range),
                               layout, segment, messageReference, definition, into: &diagnostics)
                    }
                }
                if present < componentCount && elementDefinition.hasMandatoryComponents {
                    for component in present..<componentCount where componentTable[first + component].isMandatory {
                        report(.missingComponent(element: offset, component: component, repetition: repetition), layout, segment, messageReference, definition, into: &diagnostics)
                    }
                }
            }
            if !anyPresent && elementDefinition.isMandatory {
                report(.missingElement(element: offset), layout, segment, messageReference, definition, into: &diagnostics)
            }
            elementWord = elementEnd
            offset += 1
        }
        if offset < definedCount {
            for missing in offset..<definedCount where elementTable[missing].isMandatory {
                report(.missingElement(element: missing), layout, segment, messageReference, definition, into: &diagnostics)
            }
        }
    }

    /// True when the composite's code list responsible agency (3055) holds an agency other
    /// than UN/ECE (`6`): the value then comes from that agency's list (ISO 6346 container
    /// types with agency 5, a customs administration's document codes, ...), not from UNCL.
    @inline(__always)
    static func namesOtherAgency(_ layout: Layout, repetition: Int, components: Int, agency: Int8) -> Bool {
        guard agency >= 0, Int(agency) < components else { return false }
        let word = repetition + Int(agency)
        let start = layout.offset(word) + 1
        let end = layout.end(after: word)
        return end > start && !(end - start == 1 && layout.bytes[start] == UInt8(ascii: "6"))
    }

    /// A representation finding: the code and what to say; `second` when a length finding
    /// accompanies a character finding.
    struct Problem {
        enum Kind { case characterType, missingDigit, tooLong, tooShort }
        var kind: Kind
        var length: Int
        var second: SecondProblem?
        var code: String {
            switch kind {
            case .characterType: "37"
            case .missingDigit: "38"
            case .tooLong: "39"
            case .tooShort: "40"
            }
        }
    }

    struct SecondProblem {
        var kind: Problem.Kind
        var length: Int
        var code: String { Problem(kind: kind, length: length).code }
    }

    /// Counts characters (not bytes; the minus sign and decimal mark of numeric values do not
    /// count) and classifies them; nil when the value fits its representation.
    @inline(__always)
    static func representationProblem(_ value: UnsafeBufferPointer<UInt8>, _ definition: CompiledSegment.Component) -> Problem? {
        if definition.characterClass == 2 {
            // Alphanumeric: the byte count bounds the character count from above, so most
            // values need no scan.
            if definition.minLength <= 1 && value.count <= Int(definition.maxLength) { return nil }
        }
        let (length, badCharacter, missingDigit) = scanCharacters(value, characterClass: definition.characterClass)
        var lengthKind: Problem.Kind?
        if length > Int(definition.maxLength) {
            lengthKind = .tooLong
        } else if length < Int(definition.minLength) {
            lengthKind = .tooShort
        }
        if badCharacter || missingDigit {
            return Problem(kind: badCharacter ? .characterType : .missingDigit, length: length,
                           second: lengthKind.map { SecondProblem(kind: $0, length: length) })
        }
        return lengthKind.map { Problem(kind: $0, length: length) }
    }

    /// Character count (minus sign and decimal mark of numeric values not counted), whether a
    /// character does not fit the class, whether a decimal mark has no digit before it.
    @inline(__always)
    static func scanCharacters(_ bytes: UnsafeBufferPointer<UInt8>, characterClass: UInt8) -> (Int, Bool, Bool) {
        var length = 0
        var badCharacter = false
        var missingDigit = false
        var sawDigit = false
        var sawDecimal = false
        var first = true
        switch characterClass {
        case 1:
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    length += 1
                    sawDigit = true
                case UInt8(ascii: "-") where first:
                    break
                case UInt8(ascii: "."), UInt8(ascii: ","):
                    if sawDecimal { badCharacter = true }
                    if !sawDigit { missingDigit = true }
                    sawDecimal = true
                default:
                    badCharacter = true
                    if byte & 0xC0 != 0x80 { length += 1 }
                }
                first = false
            }
        case 0:
            for byte in bytes where byte & 0xC0 != 0x80 {
                length += 1
                if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { badCharacter = true }
            }
        default:
            for byte in bytes where byte & 0xC0 != 0x80 { length += 1 }
        }
        return (length, badCharacter, missingDigit)
    }

    static func describe(_ problem: Problem, value: String, definition: CompiledSegment.Component) -> String {
        describe(problem.kind, length: problem.length, value: value, definition: definition)
    }

    static func describe(_ problem: SecondProblem, value: String, definition: CompiledSegment.Component) -> String {
        describe(problem.kind, length: problem.length, value: value, definition: definition)
    }

    private static func describe(_ kind: Problem.Kind, length: Int, value: String, definition: CompiledSegment.Component) -> String {
        let classText = ["a", "n", "an"][Int(min(definition.characterClass, 2))]
        let representation = classText + (definition.minLength == definition.maxLength ? "" : "..") + String(definition.maxLength)
        switch kind {
        case .characterType:
            return definition.characterClass == 1
                ? "'\(value)' is not numeric (\(representation): digits, one decimal mark, a leading minus sign)"
                : "'\(value)' contains digits, but the element is alphabetic (\(representation))"
        case .missingDigit:
            return "'\(value)' has no digit in front of the decimal mark"
        case .tooLong:
            return "'\(value)' has \(length) characters; at most \(definition.maxLength) allowed (\(representation))"
        case .tooShort:
            return "'\(value)' has \(length) characters; at least \(definition.minLength) required (\(representation))"
        }
    }
}
