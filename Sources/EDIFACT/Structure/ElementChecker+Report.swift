import Diagnostics

extension ElementChecker {
    /// What `check` found; element, component and repetition are 0-based, `value` is the
    /// value's byte range in the layout.
    enum Finding {
        case tooManyElements
        case tooManyRepetitions(element: Int, count: Int)
        case tooManyComponents(element: Int, count: Int, repetition: Int)
        case missingComponent(element: Int, component: Int, repetition: Int)
        case representation(element: Int, component: Int, repetition: Int, value: Range<Int>, problem: Problem)
        case notInCodeList(element: Int, component: Int, repetition: Int, value: Range<Int>)
        case missingElement(element: Int)
    }

    /// Writes a finding: its 0085 code, its text (naming the data element and the value) and
    /// its place (element, component and repetition are 1-based there, as in CONTRL).
    @inline(never)
    func report(_ finding: Finding, _ layout: Layout, _ segment: WalkedSegment, _ messageReference: () -> String,
                _ definition: CompiledSegment, into diagnostics: inout DiagnosticList) {
        func place(_ element: Int, _ component: Int? = nil, _ repetition: Int? = nil) -> SourceLocation {
            var location = StructureWalker.location(segment, messageReference: messageReference())
            location.element = element + 1
            location.component = component.map { $0 + 1 }
            location.repetition = repetition.map { $0 + 1 }
            return location
        }
        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: layout.bytes[range]), as: UTF8.self)
        }
        let tag = segment.tag
        switch finding {
        case .tooManyElements:
            let defined = definition.elementTable.count
            diagnostics.append(.error("16", "segment \(tag) has \(layout.elementCount) data elements; the directory defines \(defined)", at: place(defined)))
        case .tooManyRepetitions(let element, let count):
            let maximum = Int(definition.elementTable[element].maxRepetitions)
            diagnostics.append(.error("16", "\(definition.elementIDs[element]) in \(tag) is repeated \(count) times; at most \(maximum) allowed",
                                      at: place(element, nil, maximum)))
        case .tooManyComponents(let element, let count, let repetition):
            let elementDefinition = definition.elementTable[element]
            let defined = Int(elementDefinition.componentCount)
            let what = elementDefinition.isComposite
                ? "composite \(definition.elementIDs[element]) has \(count) components; the directory defines \(defined)"
                : "simple data element \(definition.elementIDs[element]) has \(count) components"
            diagnostics.append(.error("16", "\(what) (segment \(tag))", at: place(element, defined, repetition)))
        case .missingComponent(let element, let component, let repetition):
            let id = definition.componentIDs[Int(definition.elementTable[element].firstComponent) + component]
            diagnostics.append(.error("13", "mandatory component \(id) of \(definition.elementIDs[element]) in \(tag) is missing",
                                      at: place(element, component, repetition)))
        case .representation(let element, let component, let repetition, let value, let problem):
            let elementDefinition = definition.elementTable[element]
            let index = Int(elementDefinition.firstComponent) + component
            let componentDefinition = definition.componentTable[index]
            let id = definition.componentIDs[index]
            let valueText = text(value)
            let location = place(element, elementDefinition.isComposite ? component : nil, repetition)
            diagnostics.append(.error(problem.code, "\(id) in \(tag): \(Self.describe(problem, value: valueText, definition: componentDefinition))", at: location))
            if let second = problem.second {
                diagnostics.append(.error(second.code, "\(id) in \(tag): \(Self.describe(second, value: valueText, definition: componentDefinition))", at: location))
            }
        case .notInCodeList(let element, let component, let repetition, let value):
            let elementDefinition = definition.elementTable[element]
            let index = Int(elementDefinition.firstComponent) + component
            let id = definition.componentIDs[index]
            let severity: Diagnostic.Severity = codeLists == .strict && !advisoryCodeLists.contains(id) ? .error : .warning
            diagnostics.append(Diagnostic(severity, code: "12", message: "\(id) in \(tag): '\(text(value))' is not a code of list \(id)",
                                          location: place(element, elementDefinition.isComposite ? component : nil, repetition)))
        case .missingElement(let element):
            diagnostics.append(.error("13", "mandatory data element \(definition.elementIDs[element]) of \(tag) is missing", at: place(element)))
        }
    }
}
