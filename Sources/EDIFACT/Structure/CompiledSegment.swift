/// A segment definition prepared for validation. The per-value data (status, class, lengths,
/// code list index) is kept in plain structs without references, so reading it in the hot
/// loop costs no reference counting; identifiers and code lists sit in side arrays consulted
/// only when a value has to be checked against a list or a finding is reported.
///
/// A class so that handing it to the checker per segment costs one reference, not one per array.
final class CompiledSegment: Sendable {
    /// Character class as a small integer: 0 alphabetic, 1 numeric, 2 alphanumeric.
    /// 16 bytes, so that a segment's components share few cache lines.
    struct Component: Sendable {
        var isMandatory: Bool
        var characterClass: UInt8
        /// A packable value is decided by the list's hash slots alone
        /// (`CompiledCodeList.packedIsExact`).
        var codeListIsExact = false
        /// For a coded component: the position (0-based, in its composite) of the code list
        /// responsible agency (3055) that follows it, or -1. A value there other than `6`
        /// (UN/ECE) means the code comes from another agency's list, not from UNCL.
        var agencyComponent: Int8 = -1
        var minLength: UInt16
        var maxLength: UInt16
        /// Index into `codeLists`, or -1.
        var codeList: Int16
        /// The list's hash slots in `codeSlotTable`: power-of-two count and start.
        var codeSlotCount: UInt16 = 0
        var codeSlotStart: Int32 = 0
    }

    struct Element: Sendable {
        var isMandatory: Bool
        var isComposite: Bool
        var maxRepetitions: Int32
        /// The element's components are `components[firstComponent ..< firstComponent + componentCount]`.
        var firstComponent: Int32
        var componentCount: Int32
        /// A composite with at least one mandatory component (absent components need a look).
        var hasMandatoryComponents = false
    }

    let tag: String
    let elements: [Element]
    let components: [Component]
    let elementIDs: [String]
    let componentIDs: [String]
    let codeLists: [CompiledCodeList]
    /// The hash slots of all `codeLists`, one after the other.
    let codeSlots: [UInt64]
    /// `elements`, `components` and `codeSlots` again, in memory the owning
    /// `CompiledMessageDefinition` allocates for all its segments together (so that a message's
    /// definitions sit in few cache lines) and frees when it goes; read by the checker without
    /// bounds checks or reference counting. Set once while the owner is built, only read
    /// after: safe to share between threads.
    nonisolated(unsafe) private(set) var elementTable = UnsafeBufferPointer<Element>(start: nil, count: 0)
    nonisolated(unsafe) private(set) var componentTable = UnsafeBufferPointer<Component>(start: nil, count: 0)
    nonisolated(unsafe) private(set) var codeSlotTable = UnsafeBufferPointer<UInt64>(start: nil, count: 0)

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
            return Component(isMandatory: mandatory, characterClass: characterClass, minLength: UInt16(clamping: element.minLength),
                             maxLength: UInt16(clamping: element.maxLength), codeList: Int16(clamping: index))
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
                    if let agency = ids[(index + 1)...].firstIndex(of: "3055") { components[Int(first) + index].agencyComponent = Int8(clamping: agency) }
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
            components[index].codeSlotCount = UInt16(clamping: compiledLists[list].slots.count)
            // (A list too large for the 16-bit slot count is looked up by `CodeList.contains`.)
            components[index].codeListIsExact = compiledLists[list].packedIsExact && compiledLists[list].slots.count <= Int(UInt16.max)
        }
        for index in elements.indices where elements[index].isComposite {
            let first = Int(elements[index].firstComponent)
            elements[index].hasMandatoryComponents = components[first..<first + Int(elements[index].componentCount)].contains { $0.isMandatory }
        }
        self.elements = elements
        self.components = components
        self.elementIDs = elementIDs
        self.componentIDs = componentIDs
        self.codeLists = compiledLists
        codeSlots = slots
    }

    /// Points the tables at the owner's copies (`CompiledMessageDefinition` only, while it is built).
    func adoptTables(elements: UnsafeBufferPointer<Element>, components: UnsafeBufferPointer<Component>, codeSlots: UnsafeBufferPointer<UInt64>,
                     componentOffset: Int) {
        elementTable = elements
        componentTable = components
        codeSlotTable = codeSlots
        componentArenaOffset = componentOffset
    }

    /// Where this segment's components start in the owner's component arena (for tables that
    /// run parallel to it, such as `MessageStructureCheck`'s last-code memory).
    nonisolated(unsafe) private(set) var componentArenaOffset = 0

    /// True when the UTF-8 `value` is a code of the list of component `index` (which must have
    /// one). `recent` holds, per component, the packed code last found in its list: values
    /// repeat (the same qualifiers message after message), and a repeat is then decided by
    /// one comparison instead of a probe into a hash table that may have left the cache.
    @inline(__always)
    func codeListContains(_ value: UnsafeBufferPointer<UInt8>, component index: Int, recent: UnsafeMutablePointer<UInt64>) -> Bool {
        let component = componentTable[index]
        if component.codeListIsExact, let code = CompiledCodeList.pack(value), code != 0 {
            if recent[index] == code { return true }
            let start = Int(component.codeSlotStart)
            guard CompiledCodeList.lookup(code, in: UnsafeBufferPointer(rebasing: codeSlotTable[start..<start + Int(component.codeSlotCount)])) else {
                return false
            }
            recent[index] = code
            return true
        }
        return codeLists[Int(component.codeList)].list.contains(String(decoding: value, as: UTF8.self))
    }
}
