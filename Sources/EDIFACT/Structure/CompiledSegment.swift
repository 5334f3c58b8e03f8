/// A segment definition prepared for validation. The per-value data (status, class, lengths,
/// code list index) is kept in plain structs without references, so reading it in the hot
/// loop costs no reference counting; identifiers and code lists sit in side arrays consulted
/// only when a value has to be checked against a list or a finding is reported.
///
/// A class so that handing it to the checker per segment costs one reference, not one per array.
final class CompiledSegment: Sendable {
    /// Character class as a small integer: 0 alphabetic, 1 numeric, 2 alphanumeric.
    struct Component: Sendable {
        var isMandatory: Bool
        var characterClass: UInt8
        var minLength: Int32
        var maxLength: Int32
        /// Index into `codeLists`, or -1.
        var codeList: Int32
        /// The list's hash slots in `codeSlotTable` (start and power-of-two count), and whether
        /// a packable value is decided by them alone (`CompiledCodeList.packedIsExact`).
        var codeSlotStart: Int32 = 0
        var codeSlotCount: Int32 = 0
        var codeListIsExact = false
        /// For a coded component: the position (0-based, in its composite) of the code list
        /// responsible agency (3055) that follows it, or -1. A value there other than `6`
        /// (UN/ECE) means the code comes from another agency's list, not from UNCL.
        var agencyComponent: Int32 = -1
    }

    struct Element: Sendable {
        var isMandatory: Bool
        var isComposite: Bool
        var maxRepetitions: Int32
        /// The element's components are `components[firstComponent ..< firstComponent + componentCount]`.
        var firstComponent: Int32
        var componentCount: Int32
    }

    let tag: String
    let elements: [Element]
    let components: [Component]
    let elementIDs: [String]
    let componentIDs: [String]
    let codeLists: [CompiledCodeList]
    /// `elements` and `components` again, in memory this object owns (read by the checker
    /// without bounds checks or reference counting). Written once in
    /// `init`, only read after, freed in `deinit`: safe to share between threads.
    nonisolated(unsafe) let elementTable: UnsafeBufferPointer<Element>
    nonisolated(unsafe) let componentTable: UnsafeBufferPointer<Component>
    /// The hash slots of all `codeLists`, one after the other (same lifetime rules).
    nonisolated(unsafe) let codeSlotTable: UnsafeBufferPointer<UInt64>

    init(_ segment: SegmentDefinition, codeLists lists: [String: CodeList]) {
        tag = segment.tag
        var elements: [Element] = []
        var components: [Component] = []
        var elementIDs: [String] = []
        var componentIDs: [String] = []
        var codeLists: [CodeList] = []
        var listIndex: [String: Int32] = [:]
        func component(_ element: DataElementDefinition, mandatory: Bool) -> Component {
            var index: Int32 = -1
            if let list = lists[element.id] {
                if let known = listIndex[element.id] {
                    index = known
                } else {
                    codeLists.append(list)
                    index = Int32(codeLists.count - 1)
                    listIndex[element.id] = index
                }
            }
            componentIDs.append(element.id)
            let characterClass: UInt8 = switch element.characterClass {
            case .alphabetic: 0
            case .numeric: 1
            case .alphanumeric: 2
            }
            return Component(isMandatory: mandatory, characterClass: characterClass, minLength: Int32(clamping: element.minLength),
                             maxLength: Int32(clamping: element.maxLength), codeList: index)
        }
        for element in segment.elements {
            let first = Int32(components.count)
            switch element.content {
            case .simple(let simple):
                components.append(component(simple, mandatory: element.isMandatory))
                elements.append(Element(isMandatory: element.isMandatory, isComposite: false, maxRepetitions: Int32(clamping: element.maxRepetitions),
                                        firstComponent: first, componentCount: 1))
            case .composite(let composite):
                for part in composite.components { components.append(component(part.element, mandatory: part.isMandatory)) }
                let ids = composite.components.map(\.element.id)
                for index in ids.indices where components[Int(first) + index].codeList >= 0 {
                    if let agency = ids[(index + 1)...].firstIndex(of: "3055") { components[Int(first) + index].agencyComponent = Int32(agency) }
                }
                elements.append(Element(isMandatory: element.isMandatory, isComposite: true, maxRepetitions: Int32(clamping: element.maxRepetitions),
                                        firstComponent: first, componentCount: Int32(composite.components.count)))
            }
            elementIDs.append(element.content.id)
        }
        let compiledLists = codeLists.map { CompiledCodeList($0) }
        var slots: [UInt64] = []
        var slotStarts: [Int32] = []
        for list in compiledLists {
            slotStarts.append(Int32(slots.count))
            slots.append(contentsOf: list.slots)
        }
        for index in components.indices where components[index].codeList >= 0 {
            let list = Int(components[index].codeList)
            components[index].codeSlotStart = slotStarts[list]
            components[index].codeSlotCount = Int32(compiledLists[list].slots.count)
            components[index].codeListIsExact = compiledLists[list].packedIsExact
        }
        self.elements = elements
        self.components = components
        self.elementIDs = elementIDs
        self.componentIDs = componentIDs
        self.codeLists = compiledLists
        elementTable = CompiledMessageDefinition.ownedCopy(elements)
        componentTable = CompiledMessageDefinition.ownedCopy(components)
        codeSlotTable = CompiledMessageDefinition.ownedCopy(slots)
    }

    deinit {
        elementTable.deallocate()
        componentTable.deallocate()
        codeSlotTable.deallocate()
    }

    /// True when the UTF-8 `value` is a code of the component's list (the component must have one).
    @inline(__always)
    func codeListContains(_ value: UnsafeBufferPointer<UInt8>, component: Component) -> Bool {
        if component.codeListIsExact, let code = CompiledCodeList.pack(value), code != 0 {
            let start = Int(component.codeSlotStart)
            return CompiledCodeList.lookup(code, in: UnsafeBufferPointer(rebasing: codeSlotTable[start..<start + Int(component.codeSlotCount)]))
        }
        return codeLists[Int(component.codeList)].list.contains(String(decoding: value, as: UTF8.self))
    }
}
