import Diagnostics

/// Checks one segment's data elements against its compiled definition: too many elements,
/// repetitions or components (16), mandatory elements and components missing (13), and each
/// value's representation (37, 38, 39, 40) and code (12, per `CodeListPolicy`).
///
/// Values are examined byte by byte over their UTF-8 view; nothing is allocated unless a
/// finding is reported.
struct ElementChecker {
    let codeLists: MessageStructureValidator.CodeListPolicy

    init(codeLists: MessageStructureValidator.CodeListPolicy) {
        self.codeLists = codeLists
    }

    func check(_ segment: Segment, against definition: CompiledSegment, base: SourceLocation, into diagnostics: inout DiagnosticList) {
        let definitions = definition.elements
        for (offset, element) in segment.elements.enumerated() {
            guard offset < definitions.count else {
                var location = base
                location.element = offset + 1
                diagnostics.append(.error("16", "segment \(segment.tag) has \(segment.elements.count) data elements; the directory defines \(definitions.count)", at: location))
                break
            }
            let elementDefinition = definitions[offset]
            let repetitions = element.repetitions
            if repetitions.count > elementDefinition.maxRepetitions {
                var location = base
                location.element = offset + 1
                location.repetition = elementDefinition.maxRepetitions + 1
                diagnostics.append(.error("16", "\(elementDefinition.id) in \(segment.tag) is repeated \(repetitions.count) times; at most \(elementDefinition.maxRepetitions) allowed", at: location))
            }
            var anyPresent = false
            for (repetitionOffset, components) in repetitions.enumerated() {
                let present = components.contains { !$0.isEmpty }
                anyPresent = anyPresent || present
                guard present else { continue }
                let componentDefinitions = elementDefinition.components
                if components.count > componentDefinitions.count {
                    var location = base
                    location.element = offset + 1
                    location.component = componentDefinitions.count + 1
                    location.repetition = repetitionOffset + 1
                    let what = elementDefinition.isComposite ? "composite \(elementDefinition.id) has \(components.count) components; the directory defines \(componentDefinitions.count)"
                        : "simple data element \(elementDefinition.id) has \(components.count) components"
                    diagnostics.append(.error("16", "\(what) (segment \(segment.tag))", at: location))
                }
                for (componentOffset, componentDefinition) in componentDefinitions.enumerated() {
                    let value = componentOffset < components.count ? components[componentOffset] : ""
                    if value.isEmpty {
                        if componentDefinition.isMandatory && elementDefinition.isComposite {
                            var location = base
                            location.element = offset + 1
                            location.component = componentOffset + 1
                            location.repetition = repetitionOffset + 1
                            diagnostics.append(.error("13", "mandatory component \(componentDefinition.id) of \(elementDefinition.id) in \(segment.tag) is missing", at: location))
                        }
                        continue
                    }
                    checkValue(value, componentDefinition, element: offset + 1, component: elementDefinition.isComposite ? componentOffset + 1 : nil,
                               repetition: repetitionOffset + 1, tag: segment.tag, base: base, into: &diagnostics)
                }
            }
            if !anyPresent && elementDefinition.isMandatory {
                var location = base
                location.element = offset + 1
                diagnostics.append(.error("13", "mandatory data element \(elementDefinition.id) of \(segment.tag) is missing", at: location))
            }
        }
        if segment.elements.count < definitions.count {
            for offset in segment.elements.count..<definitions.count where definitions[offset].isMandatory {
                var location = base
                location.element = offset + 1
                diagnostics.append(.error("13", "mandatory data element \(definitions[offset].id) of \(segment.tag) is missing", at: location))
            }
        }
    }

    private func checkValue(
        _ value: String, _ definition: CompiledSegment.Component, element: Int, component: Int?, repetition: Int,
        tag: String, base: SourceLocation, into diagnostics: inout DiagnosticList
    ) {
        var length = 0
        var badCharacter = false
        var missingDigit = false
        var sawDigit = false
        var sawDecimal = false
        var index = 0
        switch definition.characterClass {
        case .numeric:
            for byte in value.utf8 {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    length += 1
                    sawDigit = true
                case UInt8(ascii: "-") where index == 0:
                    break
                case UInt8(ascii: "."), UInt8(ascii: ","):
                    if sawDecimal { badCharacter = true }
                    if !sawDigit { missingDigit = true }
                    sawDecimal = true
                default:
                    badCharacter = true
                    if byte & 0xC0 != 0x80 { length += 1 }
                }
                index += 1
            }
        case .alphabetic:
            for byte in value.utf8 where byte & 0xC0 != 0x80 {
                length += 1
                if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { badCharacter = true }
            }
        case .alphanumeric:
            for byte in value.utf8 where byte & 0xC0 != 0x80 { length += 1 }
        }
        func report(_ code: String, _ reason: String, severity: Diagnostic.Severity = .error) {
            var location = base
            location.element = element
            location.component = component
            location.repetition = repetition
            diagnostics.append(Diagnostic(severity, code: code, message: "\(definition.id) in \(tag): \(reason)", location: location))
        }
        let representation = definition.characterClass.rawValue + (definition.minLength == definition.maxLength ? "" : "..") + String(definition.maxLength)
        if badCharacter {
            report("37", definition.characterClass == .numeric
                   ? "'\(value)' is not numeric (\(representation): digits, one decimal mark, a leading minus sign)"
                   : "'\(value)' contains digits, but the element is alphabetic (\(representation))")
        } else if missingDigit {
            report("38", "'\(value)' has no digit in front of the decimal mark")
        }
        if length > definition.maxLength {
            report("39", "'\(value)' has \(length) characters; at most \(definition.maxLength) allowed (\(representation))")
        } else if length < definition.minLength {
            report("40", "'\(value)' has \(length) characters; at least \(definition.minLength) required (\(representation))")
        }
        if let codes = definition.codes, codeLists != .ignore, !codes.contains(value) {
            report("12", "'\(value)' is not a code of list \(definition.id)", severity: codeLists == .strict ? .error : .warning)
        }
    }
}
