import Diagnostics

/// Walks one message's segments through a compiled segment table (greedy, as ISO 9735
/// segment tables are meant to be read): a segment repeats the current position while its
/// maximum allows, else the next position with its tag is taken, entering, repeating or
/// leaving segment groups as needed. A group may begin with the tag of the segment before it
/// (LOC in BAPLIE): once that segment has reached its maximum, or a later position is
/// current, the tag starts the group. A segment that fits nowhere leaves the state unchanged.
///
/// The walker decides where each segment belongs; checking the segment's elements is the
/// caller's part (`accept` says which compiled segment definition applies).
///
/// A class so that its tables (counts per node, the open groups) live in memory it owns and
/// the hot path touches no reference-counted array; its fields skip the runtime's exclusivity
/// checks (one owner, one thread). `reset` starts a new message. Not shared.
final class StructureWalker {
    struct Frame {
        var group: Int32
        /// Slot (0-based, within the group's children) of the last matched child; -1 before the first.
        var current: Int32
        /// Distinguishes repetitions of the same group (for the XML rendering).
        var instance: Int
    }

    @exclusivity(unchecked) private(set) var definition: CompiledMessageDefinition
    @exclusivity(unchecked) private(set) var messageReference: String
    @exclusivity(unchecked) private var nodes: UnsafeBufferPointer<CompiledMessageDefinition.Node>
    /// The tag of each node.
    @exclusivity(unchecked) private var nodeTags: UnsafePointer<Int32>
    /// Occurrences of each node in its current parent instance.
    @exclusivity(unchecked) private var counts: UnsafeMutableBufferPointer<Int32>
    /// The open groups, the message itself first.
    @exclusivity(unchecked) private var stack = FrameStack()
    @exclusivity(unchecked) private var nextInstance = 1

    init(definition: CompiledMessageDefinition, messageReference: String) {
        self.definition = definition
        self.messageReference = messageReference
        nodes = definition.nodeTable
        nodeTags = definition.nodeTagTable.baseAddress!
        counts = .allocate(capacity: max(definition.nodes.count, 1))
        counts.initialize(repeating: 0)
        recentCodes = .allocate(capacity: max(definition.componentArena.count, 1))
        recentCodes.initialize(repeating: 0)
        start()
    }

    /// Per component of the definition's component arena, the packed code last found in its
    /// code list (0: none); kept across messages of the same definition.
    @exclusivity(unchecked) private(set) var recentCodes: UnsafeMutableBufferPointer<UInt64>

    deinit {
        recentCodes.deallocate()
        counts.deallocate()
        stack.free()
    }

    /// An independent walker in the same state (for a copied reader).
    func copy() -> StructureWalker {
        let twin = StructureWalker(definition: definition, messageReference: messageReference)
        let nodeCount = definition.nodes.count
        (twin.counts.baseAddress! ).update(from: counts.baseAddress!, count: nodeCount)
        twin.recentCodes.baseAddress!.update(from: recentCodes.baseAddress!, count: definition.componentArena.count)
        twin.stack.count = 0
        for index in 0..<stack.count { twin.stack.append(stack[index]) }
        twin.nextInstance = nextInstance
        return twin
    }

    /// Starts a new message, against `definition`.
    func reset(definition: CompiledMessageDefinition, messageReference: String) {
        if definition !== self.definition {
            if definition.nodes.count > counts.count {
                counts.deallocate()
                counts = .allocate(capacity: definition.nodes.count)
                counts.initialize(repeating: 0)
            }
            if definition.componentArena.count > recentCodes.count {
                recentCodes.deallocate()
                recentCodes = .allocate(capacity: definition.componentArena.count)
                recentCodes.initialize(repeating: 0)
            }
            recentCodes.update(repeating: 0)
            self.definition = definition
            nodes = definition.nodeTable
                nodeTags = definition.nodeTagTable.baseAddress!
        }
        self.messageReference = messageReference
        start()
    }

    private func start() {
        counts.update(repeating: 0)
        counts[0] = 1
        stack.count = 0
        stack.append(Frame(group: 0, current: -1, instance: 0))
        nextInstance = 1
    }

    @inline(__always)
    private func child(_ group: Int32, _ slot: Int32) -> Int32 {
        nodes[Int(group)].firstChild + slot
    }

    /// Places the segment (at message position `segment.index`) and reports what its place
    /// implies (missing mandatory positions skipped, too many repetitions, misplacement).
    /// Returns the index of the compiled segment definition its elements must be checked
    /// against (`definition.segments`), or -1 when there is none (UNH, UNT, UNS, misplaced).
    func accept(_ segment: WalkedSegment, into diagnostics: inout DiagnosticList) -> Int32 {
        // After `finish` nothing is open; a segment then fits nowhere (`reset` starts over).
        guard stack.count > 0 else { return -1 }
        let tag = segment.tagCode
        // 1. The current position repeats.
        let top = stack[stack.count - 1]
        if top.current >= 0 {
            let node = child(top.group, top.current)
            let entry = nodes[Int(node)]
            if !entry.isGroup, entry.tag == tag, counts[Int(node)] < entry.maximum {
                counts[Int(node)] += 1
                return entry.segment
            }
        }
        // 2. Search forward, leaving groups as needed (tentatively).
        var depth = stack.count - 1
        var found: (depth: Int, slot: Int32)?
        search: while depth >= 0 {
            let frame = stack[depth]
            let group = nodes[Int(frame.group)]
            var slot = max(frame.current, 0)
            if frame.current >= 0 {
                // The child at `current` again: a group that was left may start a new repetition.
                let node = nodes[Int(child(frame.group, frame.current))]
                if node.isGroup, node.tag == tag, depth < stack.count - 1 {
                    found = (depth, frame.current)
                    break search
                }
                slot = frame.current + 1
            }
            let tags = nodeTags + Int(group.firstChild)
            while slot < group.childCount {
                if tags[Int(slot)] == tag {
                    found = (depth, slot)
                    break search
                }
                slot += 1
            }
            depth -= 1
        }
        guard let found else {
            reportMisplaced(segment, tag: tag, into: &diagnostics)
            return -1
        }
        // 3. Commit: close the groups left, report what they missed.
        while stack.count - 1 > found.depth {
            let frame = stack.removeLast()
            reportMissing(in: frame.group, after: frame.current, before: nodes[Int(frame.group)].childCount, segment: segment, atEnd: false, into: &diagnostics)
        }
        let frame = stack[found.depth]
        reportMissing(in: frame.group, after: frame.current, before: found.slot, segment: segment, atEnd: false, into: &diagnostics)
        stack[found.depth].current = found.slot
        let node = child(frame.group, found.slot)
        let entry = nodes[Int(node)]
        counts[Int(node)] += 1
        if !entry.isGroup { return entry.segment }
        if counts[Int(node)] > entry.maximum {
            diagnostics.append(.error("36", "segment group \(definition.groupName(Int(node))) (\(definition.tags[Int(node)])) repeats more than its maximum of \(entry.maximum)",
                                      at: location(segment)))
        }
        // Enter the group (and any nested groups it begins with) down to its trigger segment.
        var group = node
        while true {
            let groupEntry = nodes[Int(group)]
            (counts.baseAddress! + Int(groupEntry.firstChild)).update(repeating: 0, count: Int(groupEntry.childCount))
            stack.append(Frame(group: group, current: 0, instance: nextInstance))
            nextInstance += 1
            let first = child(group, 0)
            counts[Int(first)] = 1
            if nodes[Int(first)].isGroup {
                group = first
                continue
            }
            return nodes[Int(first)].segment
        }
    }

    /// The segment groups open after the last accepted segment, outermost first: the group
    /// number and an identifier that differs for each repetition.
    var openGroups: [(number: Int32, instance: Int)] {
        (1..<max(stack.count, 1)).map { (nodes[Int(stack[$0].group)].groupNumber, stack[$0].instance) }
    }

    /// At the end of the message: everything still open is closed and checked for missing mandatory positions.
    /// `lastSegment` is the message's last segment (normally UNT), for the findings' place.
    func finish(lastSegment: WalkedSegment?, into diagnostics: inout DiagnosticList) {
        while stack.count > 0 {
            let frame = stack.removeLast()
            reportMissing(in: frame.group, after: frame.current, before: nodes[Int(frame.group)].childCount,
                          segment: lastSegment, atEnd: true, into: &diagnostics)
        }
    }

    /// Reports the mandatory positions of `group` between slot `current` and slot `end`
    /// (both excluded) that never occurred.
    @inline(__always)
    private func reportMissing(in group: Int32, after current: Int32, before end: Int32, segment: WalkedSegment?, atEnd: Bool, into diagnostics: inout DiagnosticList) {
        if current + 1 < end { reportMissingPositions(in: group, after: current, before: end, segment: segment, atEnd: atEnd, into: &diagnostics) }
    }

    private func reportMissingPositions(in group: Int32, after current: Int32, before end: Int32, segment: WalkedSegment?, atEnd: Bool, into diagnostics: inout DiagnosticList) {
        var slot = current + 1
        while slot < end {
            let node = child(group, slot)
            let entry = nodes[Int(node)]
            if entry.isMandatory && counts[Int(node)] == 0 {
                let what = entry.isGroup
                    ? "mandatory segment group \(definition.groupName(Int(node))) (starting with \(definition.tags[Int(node)]), position \(definition.positions[Int(node)]))"
                    : "mandatory segment \(definition.tags[Int(node)]) (position \(definition.positions[Int(node)]))"
                let place = group == 0 ? "" : " in \(definition.groupName(Int(group)))"
                var location = segment.map { self.location($0) } ?? SourceLocation(messageReference: messageReference)
                location.tag = definition.tags[Int(node)]
                let found = segment.map { atEnd ? " before the end of the message (last segment \($0.tag))" : " before segment \($0.tag)" } ?? ""
                diagnostics.append(.error("13", "\(what)\(place) is missing\(found)", at: location))
            }
            slot += 1
        }
    }

    private func reportMisplaced(_ segment: WalkedSegment, tag: Int32, into diagnostics: inout DiagnosticList) {
        let top = stack[stack.count - 1]
        if top.current >= 0 {
            let node = child(top.group, top.current)
            let entry = nodes[Int(node)]
            if !entry.isGroup, entry.tag == tag {
                diagnostics.append(.error("35", "segment \(segment.tag) repeats more than its maximum of \(entry.maximum) at position \(definition.positions[Int(node)])",
                                          at: location(segment)))
                return
            }
        }
        let place = top.group == 0 ? "at the message level" : "in \(definition.groupName(Int(top.group)))"
        let after = top.current >= 0 ? " after \(definition.tags[Int(child(top.group, top.current))])" : ""
        let reason = definition.knownTags.contains(tag)
            ? "segment \(segment.tag) is not expected here (\(place)\(after)); it is out of order or its group cannot start here"
            : "segment \(segment.tag) is not part of \(definition.definition.type) \(definition.definition.version):\(definition.definition.release)"
        diagnostics.append(.error("15", reason, at: location(segment)))
    }

    /// Where a segment is, for a finding.
    func location(_ segment: WalkedSegment) -> SourceLocation {
        Self.location(segment, messageReference: messageReference)
    }

    /// Where a segment of message `messageReference` is, for a finding.
    static func location(_ segment: WalkedSegment, messageReference: String) -> SourceLocation {
        SourceLocation(line: segment.line == 0 ? nil : segment.line,
                       column: segment.column == 0 ? nil : segment.column,
                       byteOffset: segment.line == 0 ? nil : segment.byteOffset,
                       messageReference: messageReference, segment: segment.index, tag: segment.tag)
    }
}

/// The walker's stack of open groups: a growable run of frames in memory the walker frees,
/// read and written without bounds checks (indexes stay below `count`) or reference counting.
private struct FrameStack {
    private var base = UnsafeMutablePointer<StructureWalker.Frame>.allocate(capacity: 8)
    private var capacity = 8
    var count = 0

    @inline(__always)
    subscript(index: Int) -> StructureWalker.Frame {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }

    @inline(__always)
    mutating func append(_ frame: StructureWalker.Frame) {
        if count == capacity {
            let larger = UnsafeMutablePointer<StructureWalker.Frame>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        (base + count).initialize(to: frame)
        count += 1
    }

    @inline(__always)
    mutating func removeLast() -> StructureWalker.Frame {
        count -= 1
        return base[count]
    }

    func free() { base.deallocate() }
}
