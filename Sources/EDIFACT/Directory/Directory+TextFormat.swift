extension Directory {
    /// The first line of every compact directory file.
    public static let formatHeader = "edifact-directory 1"

    /// The directory in the compact text format (UTF-8, LF line ends, two spaces per level).
    ///
    /// The output is deterministic: messages in stored order, segments and code lists sorted
    /// by tag or element number, so a regenerated file diffs cleanly against the committed one.
    public var text: String {
        var out = Self.formatHeader + "\n"
        out += "name \(name)\nversion \(version)\nrelease \(release)\nagency \(agency)\n"
        for source in sources { out += "source \(source)\n" }
        for message in messages {
            out += "\nmessage \(message.type) \(message.name)\n"
            Self.write(message.structure, depth: 1, into: &out)
        }
        for tag in segments.keys.sorted() {
            guard let segment = segments[tag] else { continue }
            out += "\nsegment \(segment.tag) \(segment.name)\n"
            for element in segment.elements {
                let status = element.isMandatory ? "M" : "C"
                switch element.content {
                case .simple(let simple):
                    out += "  \(element.position) \(simple.id) \(status) \(element.maxRepetitions) \(simple.representation) \(simple.name)\n"
                case .composite(let composite):
                    out += "  \(element.position) \(composite.id) \(status) \(element.maxRepetitions) \(composite.name)\n"
                    for component in composite.components {
                        let componentStatus = component.isMandatory ? "M" : "C"
                        out += "    \(component.element.id) \(componentStatus) \(component.element.representation) \(component.element.name)\n"
                    }
                }
            }
        }
        for id in codeLists.keys.sorted() {
            guard let list = codeLists[id] else { continue }
            out += "\ncodes \(id)\n"
            for entry in list.entries {
                out += entry.name.isEmpty ? "  \(entry.value)\n" : "  \(entry.value) \(entry.name)\n"
            }
        }
        return out
    }

    private static func write(_ nodes: [MessageDefinition.Node], depth: Int, into out: inout String) {
        let indent = String(repeating: "  ", count: depth)
        for node in nodes {
            switch node {
            case .segment(let entry):
                out += "\(indent)\(entry.position) \(entry.tag) \(entry.isMandatory ? "M" : "C") \(entry.maxRepetitions)\n"
            case .group(let group):
                out += "\(indent)\(group.position) SG\(group.number) \(group.isMandatory ? "M" : "C") \(group.maxRepetitions)\n"
                write(group.children, depth: depth + 1, into: &out)
            }
        }
    }
}
