/// A message definition compiled once into flat tables for `MessageStructureValidator`: the
/// segment table as numbered nodes (integer tag codes, status, maximum, children), and each
/// segment's elements with their representations and code lists resolved.
///
/// Immutable and `Sendable`; `DirectoryCatalog.compiledMessage(...)` builds one per message
/// type and release and shares it between all validations.
public final class CompiledMessageDefinition: Sendable {
    /// The definition it was compiled from.
    public let definition: MessageDefinition

    /// Node 0 is the message itself (a group holding the segment table). A group's children
    /// are consecutive nodes.
    let nodes: [Node]
    /// Compiled segment definitions, referenced by `Node.segment`.
    let segments: [CompiledSegment]
    /// All tag codes the table uses, for "not in this message" messages.
    let knownTags: Set<Int32>
    /// `nodes` again, in memory this object owns: the walker reads it without array bounds
    /// checks or reference counting. Written once in `init`, only read after, freed in
    /// `deinit`: safe to share between threads (as are the tables below).
    nonisolated(unsafe) let nodeTable: UnsafeBufferPointer<Node>
    /// The tag of each node, so that searching a group's children (consecutive nodes) reads
    /// one contiguous run of integers.
    nonisolated(unsafe) let nodeTagTable: UnsafeBufferPointer<Int32>
    /// The element, component and code-slot tables of all `segments`, together (each
    /// segment's tables point into them).
    nonisolated(unsafe) let elementArena: UnsafeBufferPointer<CompiledSegment.Element>
    nonisolated(unsafe) let componentArena: UnsafeBufferPointer<CompiledSegment.Component>
    nonisolated(unsafe) let codeSlotArena: UnsafeBufferPointer<UInt64>
    /// `segments` as unretained references (kept alive by `segments`), for the checker's hot path.
    nonisolated(unsafe) let segmentTable: UnsafeBufferPointer<Unmanaged<CompiledSegment>>

    struct Node: Sendable {
        var tag: Int32
        var isGroup: Bool
        var isMandatory: Bool
        var maximum: Int32
        var groupNumber: Int32
        /// A group's children are consecutive nodes: child `k` is node `firstChild + k`.
        var firstChild: Int32
        var childCount: Int32
        /// Index into `segments`, or -1 for groups and segments without a definition (UNH, UNT, UNS).
        var segment: Int32
    }

    /// Position labels (`0040`) and tags (a group's trigger tag) of the nodes, for messages.
    let positions: [String]
    let tags: [String]

    public init(_ definition: MessageDefinition) {
        self.definition = definition
        var nodes: [Node] = [Node(tag: 0, isGroup: true, isMandatory: true, maximum: 1, groupNumber: 0, firstChild: 0, childCount: 0, segment: -1)]
        var positions = [""]
        var tags = [definition.type]
        var segments: [CompiledSegment] = []
        var segmentIndex: [String: Int32] = [:]
        var knownTags = Set<Int32>()

        func segmentNumber(_ tag: String) -> Int32 {
            if let index = segmentIndex[tag] { return index }
            guard !["UNH", "UNT", "UNS"].contains(tag), let segment = definition.segments[tag] else { return -1 }
            segments.append(CompiledSegment(segment, codeLists: definition.codeLists))
            segmentIndex[tag] = Int32(segments.count - 1)
            return Int32(segments.count - 1)
        }

        // Breadth-wise: a group's children are appended together, so they are consecutive nodes.
        func add(_ children: [MessageDefinition.Node], to parent: Int) {
            var indexes: [Int32] = []
            var pending: [(Int, [MessageDefinition.Node])] = []
            for child in children {
                let tagText = child.triggerTag
                let code = Self.tagCode(tagText)
                knownTags.insert(code)
                switch child {
                case .segment(let entry):
                    nodes.append(Node(tag: code, isGroup: false, isMandatory: entry.isMandatory, maximum: Int32(clamping: entry.maxRepetitions),
                                      groupNumber: 0, firstChild: 0, childCount: 0, segment: segmentNumber(entry.tag)))
                    positions.append(entry.position)
                    tags.append(entry.tag)
                case .group(let group):
                    nodes.append(Node(tag: code, isGroup: true, isMandatory: group.isMandatory, maximum: Int32(clamping: group.maxRepetitions),
                                      groupNumber: Int32(clamping: group.number), firstChild: 0, childCount: 0, segment: -1))
                    positions.append(group.position)
                    tags.append(tagText)
                    pending.append((nodes.count - 1, group.children))
                }
                indexes.append(Int32(nodes.count - 1))
            }
            nodes[parent].firstChild = indexes.first ?? 0
            nodes[parent].childCount = Int32(indexes.count)
            for (node, grandchildren) in pending { add(grandchildren, to: node) }
        }
        add(definition.structure, to: 0)
        self.nodes = nodes
        self.positions = positions
        self.tags = tags
        self.segments = segments
        self.knownTags = knownTags
        nodeTable = Self.ownedCopy(nodes)
        nodeTagTable = Self.ownedCopy(nodes.map(\.tag))
        segmentTable = Self.ownedCopy(segments.map { Unmanaged.passUnretained($0) })
        elementArena = Self.ownedCopy(segments.flatMap(\.elements))
        componentArena = Self.ownedCopy(segments.flatMap(\.components))
        codeSlotArena = Self.ownedCopy(segments.flatMap(\.codeSlots))
        var elementStart = 0, componentStart = 0, slotStart = 0
        for segment in segments {
            segment.adoptTables(elements: UnsafeBufferPointer(rebasing: elementArena[elementStart..<elementStart + segment.elements.count]),
                                components: UnsafeBufferPointer(rebasing: componentArena[componentStart..<componentStart + segment.components.count]),
                                codeSlots: UnsafeBufferPointer(rebasing: codeSlotArena[slotStart..<slotStart + segment.codeSlots.count]),
                                componentOffset: componentStart)
            elementStart += segment.elements.count
            componentStart += segment.components.count
            slotStart += segment.codeSlots.count
        }
    }

    deinit {
        nodeTable.deallocate()
        nodeTagTable.deallocate()
        segmentTable.deallocate()
        elementArena.deallocate()
        componentArena.deallocate()
        codeSlotArena.deallocate()
    }

    /// A copy of `array` in newly allocated memory (at least one element, so never null).
    static func ownedCopy<Element>(_ array: [Element]) -> UnsafeBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(rebasing: buffer[..<array.count])
    }

    /// A segment tag as a number: the three bytes packed, or -1 for anything that is not a
    /// three-byte tag. No allocation.
    @inline(__always)
    static func tagCode(_ tag: String) -> Int32 {
        var code: Int32 = 0
        var count = 0
        for byte in tag.utf8 {
            count += 1
            if count > 3 { return -1 }
            code = code << 8 | Int32(byte)
        }
        return count == 3 ? code : -1
    }

    /// Name of a group node for messages: `SG4`.
    func groupName(_ node: Int) -> String { "SG\(nodes[node].groupNumber)" }
}
