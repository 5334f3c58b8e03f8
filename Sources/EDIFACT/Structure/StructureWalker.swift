import Diagnostics

/// Walks one message's segments through a compiled segment table (greedy, as ISO 9735
/// segment tables are meant to be read): a segment repeats the current position while its
/// maximum allows, else the next position with its tag is taken, entering, repeating or
/// leaving segment groups as needed. A group may begin with the tag of the segment before it
/// (LOC in BAPLIE): once that segment has reached its maximum, or a later position is
/// current, the tag starts the group. A segment that fits nowhere leaves the state unchanged.
///
/// One walker per message; not shared.
struct StructureWalker {
    private struct Frame {
        var group: Int32
        /// Slot (0-based, within the group's children) of the last matched child; -1 before the first.
        var current: Int32
        /// Distinguishes repetitions of the same group (for the XML rendering).
        var instance: Int
    }

    let definition: CompiledMessageDefinition
    let options: MessageStructureValidator.Options
    let messageReference: String
    private var counts: [Int32]
    private var stack: [Frame]
    private var elementChecker: ElementChecker
    private var nextInstance = 1

    init(definition: CompiledMessageDefinition, options: MessageStructureValidator.Options, messageReference: String) {
        self.definition = definition
        self.options = options
        self.messageReference = messageReference
        counts = Array(repeating: 0, count: definition.nodes.count)
        counts[0] = 1
        stack = [Frame(group: 0, current: -1, instance: 0)]
        stack.reserveCapacity(8)
        elementChecker = ElementChecker(codeLists: options.codeLists)
    }

    @inline(__always)
    private func child(_ group: Int32, _ slot: Int32) -> Int32 {
        definition.childList[Int(definition.nodes[Int(group)].childStart + slot)]
    }

    mutating func accept(_ segment: Segment, index: Int, into diagnostics: inout DiagnosticList) {
        let tag = CompiledMessageDefinition.tagCode(segment.tag)
        let nodes = definition.nodes
        // 1. The current position repeats.
        let top = stack[stack.count - 1]
        if top.current >= 0 {
            let node = child(top.group, top.current)
            let entry = nodes[Int(node)]
            if !entry.isGroup, entry.tag == tag, counts[Int(node)] < entry.maximum {
                counts[Int(node)] += 1
                check(segment, node: node, index: index, into: &diagnostics)
                return
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
            while slot < group.childCount {
                if nodes[Int(child(frame.group, slot))].tag == tag {
                    found = (depth, slot)
                    break search
                }
                slot += 1
            }
            depth -= 1
        }
        guard let found else {
            reportMisplaced(segment, tag: tag, index: index, into: &diagnostics)
            return
        }
        // 3. Commit: close the groups left, report what they missed.
        while stack.count - 1 > found.depth {
            let frame = stack.removeLast()
            reportMissing(in: frame.group, after: frame.current, before: nodes[Int(frame.group)].childCount, segment: segment, index: index, into: &diagnostics)
        }
        let frame = stack[found.depth]
        reportMissing(in: frame.group, after: frame.current, before: found.slot, segment: segment, index: index, into: &diagnostics)
        stack[found.depth].current = found.slot
        let node = child(frame.group, found.slot)
        let entry = nodes[Int(node)]
        counts[Int(node)] += 1
        if !entry.isGroup {
            check(segment, node: node, index: index, into: &diagnostics)
            return
        }
        if counts[Int(node)] > entry.maximum {
            diagnostics.append(.error("36", "segment group \(definition.groupName(Int(node))) (\(definition.tags[Int(node)])) repeats more than its maximum of \(entry.maximum)",
                                      at: location(segment, index: index)))
        }
        // Enter the group (and any nested groups it begins with) down to its trigger segment.
        var group = node
        while true {
            let groupEntry = nodes[Int(group)]
            for slot in 0..<groupEntry.childCount { counts[Int(child(group, slot))] = 0 }
            stack.append(Frame(group: group, current: 0, instance: nextInstance))
            nextInstance += 1
            let first = child(group, 0)
            counts[Int(first)] = 1
            if nodes[Int(first)].isGroup {
                group = first
                continue
            }
            check(segment, node: first, index: index, into: &diagnostics)
            return
        }
    }

    /// The segment groups open after the last accepted segment, outermost first: the group
    /// number and an identifier that differs for each repetition.
    var openGroups: [(number: Int32, instance: Int)] {
        stack.dropFirst().map { (definition.nodes[Int($0.group)].groupNumber, $0.instance) }
    }

    /// At the end of the message: everything still open is closed and checked for missing mandatory positions.
    mutating func finish(lastSegment: Segment?, into diagnostics: inout DiagnosticList) {
        let nodes = definition.nodes
        while let frame = stack.popLast() {
            reportMissing(in: frame.group, after: frame.current, before: nodes[Int(frame.group)].childCount,
                          segment: lastSegment, index: nil, into: &diagnostics)
        }
    }

    private func reportMissing(in group: Int32, after current: Int32, before end: Int32, segment: Segment?, index: Int?, into diagnostics: inout DiagnosticList) {
        var slot = current + 1
        while slot < end {
            let node = child(group, slot)
            let entry = definition.nodes[Int(node)]
            if entry.isMandatory && counts[Int(node)] == 0 {
                let what = entry.isGroup
                    ? "mandatory segment group \(definition.groupName(Int(node))) (starting with \(definition.tags[Int(node)]), position \(definition.positions[Int(node)]))"
                    : "mandatory segment \(definition.tags[Int(node)]) (position \(definition.positions[Int(node)]))"
                let place = group == 0 ? "" : " in \(definition.groupName(Int(group)))"
                var location = segment.map { self.location($0, index: index) } ?? SourceLocation(messageReference: messageReference)
                location.tag = definition.tags[Int(node)]
                let found = segment.map { index == nil ? " before the end of the message (last segment \($0.tag))" : " before segment \($0.tag)" } ?? ""
                diagnostics.append(.error("13", "\(what)\(place) is missing\(found)", at: location))
            }
            slot += 1
        }
    }

    private func reportMisplaced(_ segment: Segment, tag: Int32, index: Int, into diagnostics: inout DiagnosticList) {
        let top = stack[stack.count - 1]
        if top.current >= 0 {
            let node = child(top.group, top.current)
            let entry = definition.nodes[Int(node)]
            if !entry.isGroup, entry.tag == tag {
                diagnostics.append(.error("35", "segment \(segment.tag) repeats more than its maximum of \(entry.maximum) at position \(definition.positions[Int(node)])",
                                          at: location(segment, index: index)))
                return
            }
        }
        let place = top.group == 0 ? "at the message level" : "in \(definition.groupName(Int(top.group)))"
        let after = top.current >= 0 ? " after \(definition.tags[Int(child(top.group, top.current))])" : ""
        let reason = definition.knownTags.contains(tag)
            ? "segment \(segment.tag) is not expected here (\(place)\(after)); it is out of order or its group cannot start here"
            : "segment \(segment.tag) is not part of \(definition.definition.type) \(definition.definition.version):\(definition.definition.release)"
        diagnostics.append(.error("15", reason, at: location(segment, index: index)))
    }

    private mutating func check(_ segment: Segment, node: Int32, index: Int, into diagnostics: inout DiagnosticList) {
        guard options.checkElements else { return }
        let number = definition.nodes[Int(node)].segment
        guard number >= 0 else { return }
        elementChecker.check(segment, against: definition.segments[Int(number)], base: { location(segment, index: index) }, into: &diagnostics)
    }

    private func location(_ segment: Segment, index: Int?) -> SourceLocation {
        SourceLocation(line: segment.position.line == 0 ? nil : segment.position.line,
                       column: segment.position.column == 0 ? nil : segment.position.column,
                       byteOffset: segment.position.line == 0 ? nil : segment.position.byteOffset,
                       messageReference: messageReference, segment: index ?? segment.position.index, tag: segment.tag)
    }
}
