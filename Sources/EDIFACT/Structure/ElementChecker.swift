import Diagnostics

/// Checks one segment's data elements against its compiled definition: too many elements,
/// repetitions or components (16), mandatory elements and components missing (13), and each
/// value's representation (37, 38, 39, 40) and code (12, per `CodeListPolicy`).
///
/// Values are examined byte by byte over their UTF-8 (`SegmentValues`); nothing is allocated
/// unless a finding is reported (text, locations and messages are built only then).
struct ElementChecker {
    let codeLists: MessageStructureValidator.CodeListPolicy

    init(codeLists: MessageStructureValidator.CodeListPolicy) {
        self.codeLists = codeLists
    }

    /// Checks the segment laid out in `values`, whose value bytes are `bytes`; findings are
    /// placed at `segment` in message `messageReference`.
    func check(_ values: SegmentValues, bytes: UnsafeBufferPointer<UInt8>, segment: WalkedSegment, messageReference: String,
               against definition: CompiledSegment, into diagnostics: inout DiagnosticList) {
        let elementTable = definition.elementTable
        let componentTable = definition.componentTable
        let definedCount = elementTable.count
        let elementCount = values.elementCount
        func place(_ element: Int, _ component: Int? = nil, _ repetition: Int? = nil) -> SourceLocation {
            var location = StructureWalker.location(segment, messageReference: messageReference)
            location.element = element
            location.component = component
            location.repetition = repetition
            return location
        }
        func text(_ component: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[values.byteRange(component: component)]), as: UTF8.self)
        }
        for offset in 0..<elementCount {
            guard offset < definedCount else {
                diagnostics.append(.error("16", "segment \(segment.tag) has \(elementCount) data elements; the directory defines \(definedCount)", at: place(offset + 1)))
                break
            }
            let elementDefinition = elementTable[offset]
            let repetitionRange = values.repetitionRange(element: offset)
            if repetitionRange.count > Int(elementDefinition.maxRepetitions) {
                diagnostics.append(.error("16", "\(definition.elementIDs[offset]) in \(segment.tag) is repeated \(repetitionRange.count) times; at most \(elementDefinition.maxRepetitions) allowed",
                                          at: place(offset + 1, nil, Int(elementDefinition.maxRepetitions) + 1)))
            }
            let componentCount = Int(elementDefinition.componentCount)
            let first = Int(elementDefinition.firstComponent)
            var anyPresent = false
            for repetition in repetitionRange {
                let repetitionOffset = repetition - repetitionRange.lowerBound
                let components = values.componentRange(repetition: repetition)
                var present = false
                for index in components where !values.byteRange(component: index).isEmpty { present = true; break }
                guard present else { continue }
                anyPresent = true
                if components.count > componentCount {
                    let what = elementDefinition.isComposite
                        ? "composite \(definition.elementIDs[offset]) has \(components.count) components; the directory defines \(componentCount)"
                        : "simple data element \(definition.elementIDs[offset]) has \(components.count) components"
                    diagnostics.append(.error("16", "\(what) (segment \(segment.tag))", at: place(offset + 1, componentCount + 1, repetitionOffset + 1)))
                }
                for componentOffset in 0..<componentCount {
                    let componentDefinition = componentTable[first + componentOffset]
                    let range = componentOffset < components.count ? values.byteRange(component: components.lowerBound + componentOffset) : 0..<0
                    if range.isEmpty {
                        if componentDefinition.isMandatory && elementDefinition.isComposite {
                            diagnostics.append(.error("13", "mandatory component \(definition.componentIDs[first + componentOffset]) of \(definition.elementIDs[offset]) in \(segment.tag) is missing",
                                                      at: place(offset + 1, componentOffset + 1, repetitionOffset + 1)))
                        }
                        continue
                    }
                    let value = UnsafeBufferPointer(rebasing: bytes[range])
                    if let problem = Self.representationProblem(value, componentDefinition) {
                        let id = definition.componentIDs[first + componentOffset]
                        let valueText = text(components.lowerBound + componentOffset)
                        diagnostics.append(.error(problem.code, "\(id) in \(segment.tag): \(Self.describe(problem, value: valueText, definition: componentDefinition))",
                                                  at: place(offset + 1, elementDefinition.isComposite ? componentOffset + 1 : nil, repetitionOffset + 1)))
                        if let second = problem.second {
                            diagnostics.append(.error(second.code, "\(id) in \(segment.tag): \(Self.describe(second, value: valueText, definition: componentDefinition))",
                                                      at: place(offset + 1, elementDefinition.isComposite ? componentOffset + 1 : nil, repetitionOffset + 1)))
                        }
                    }
                    if componentDefinition.codeList >= 0, codeLists != .ignore,
                       !Self.namesOtherAgency(values, bytes: bytes, components: components, agency: componentDefinition.agencyComponent),
                       !definition.codeListContains(value, component: componentDefinition) {
                        let id = definition.componentIDs[first + componentOffset]
                        diagnostics.append(Diagnostic(codeLists == .strict ? .error : .warning, code: "12",
                                                      message: "\(id) in \(segment.tag): '\(text(components.lowerBound + componentOffset))' is not a code of list \(id)",
                                                      location: place(offset + 1, elementDefinition.isComposite ? componentOffset + 1 : nil, repetitionOffset + 1)))
                    }
                }
            }
            if !anyPresent && elementDefinition.isMandatory {
                diagnostics.append(.error("13", "mandatory data element \(definition.elementIDs[offset]) of \(segment.tag) is missing", at: place(offset + 1)))
            }
        }
        if elementCount < definedCount {
            for offset in elementCount..<definedCount where elementTable[offset].isMandatory {
                diagnostics.append(.error("13", "mandatory data element \(definition.elementIDs[offset]) of \(segment.tag) is missing", at: place(offset + 1)))
            }
        }
    }

    /// True when the composite's code list responsible agency (3055) holds an agency other
    /// than UN/ECE (`6`): the value then comes from that agency's list (ISO 6346 container
    /// types with agency 5, a customs administration's document codes, ...), not from UNCL.
    @inline(__always)
    static func namesOtherAgency(_ values: SegmentValues, bytes: UnsafeBufferPointer<UInt8>, components: Range<Int>, agency: Int32) -> Bool {
        guard agency >= 0, Int(agency) < components.count else { return false }
        let range = values.byteRange(component: components.lowerBound + Int(agency))
        return !range.isEmpty && !(range.count == 1 && bytes[range.lowerBound] == UInt8(ascii: "6"))
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
