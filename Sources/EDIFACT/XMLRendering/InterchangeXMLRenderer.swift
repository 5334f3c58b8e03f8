import Diagnostics

/// Renders an interchange as XML in the documented form (docs/edifact-directories.md,
/// INTERFACES section 3): `Interchange`, `UNA`, service segments, `Group`, `Message`,
/// segment groups `SG<n>`, segments by tag, simple elements `D<number>`, composites by
/// identifier, unknown positions `E<n>`/`C<n>`. Every element and component position present
/// in the input is written (empty ones as empty elements), so `InterchangeXMLReader` gives
/// the same segments back.
///
/// Segment groups come from the message's directory (via the catalog); a message whose
/// directory is unknown is rendered flat with positional names. Values are decoded text.
///
/// `Sendable`; stateless apart from the catalog's cache.
public struct InterchangeXMLRenderer: Sendable {
    public let catalog: DirectoryCatalog

    public init(catalog: DirectoryCatalog = .builtIn) {
        self.catalog = catalog
    }

    /// The XML document as UTF-8 bytes.
    /// - Throws: `EDIFACTError` `.xmlRendering` when a value holds a character XML 1.0 cannot
    ///   carry (a C0 control character), naming the segment and element.
    public func render(_ interchange: Interchange) throws -> [UInt8] {
        let info = interchange.info
        let service = try? catalog.serviceDirectory(syntaxVersion: info.syntaxVersion)
        var writer = XMLWriter()
        try writer.open("Interchange", attributes: [
            ("syntaxIdentifier", info.syntaxIdentifier), ("syntaxVersion", interchange.header[element: 1, component: 2] ?? ""),
            ("sender", info.sender), ("recipient", info.recipient), ("controlReference", info.controlReference),
        ])
        if interchange.hasServiceStringAdvice {
            try writer.leafLine("UNA", String(decoding: interchange.separators.serviceStringAdvice, as: UTF8.self), context: "UNA")
        }
        try write(interchange.header, definition: service?.segments["UNB"], into: &writer)
        for group in interchange.groups {
            try writer.open("Group", attributes: [("reference", group.reference)])
            try write(group.header, definition: service?.segments["UNG"], into: &writer)
            for message in group.messages { try write(message, service: service, into: &writer) }
            if let trailer = group.trailer { try write(trailer, definition: service?.segments["UNE"], into: &writer) }
            writer.close("Group")
        }
        for message in interchange.messages { try write(message, service: service, into: &writer) }
        if let trailer = interchange.trailer { try write(trailer, definition: service?.segments["UNZ"], into: &writer) }
        writer.close("Interchange")
        return writer.bytes
    }

    /// The XML document as a string.
    public func renderString(_ interchange: Interchange) throws -> String {
        String(decoding: try render(interchange), as: UTF8.self)
    }

    private func write(_ message: Message, service: Directory?, into writer: inout XMLWriter) throws {
        try writer.open("Message", attributes: [
            ("type", message.messageType), ("version", message.version), ("release", message.release), ("agency", message.agency),
            ("association", message.associationCode), ("reference", message.reference), ("directory", message.directory),
        ])
        let compiled = try? catalog.compiledMessage(type: message.messageType, version: message.version, release: message.release,
                                                    agency: message.agency.isEmpty ? nil : message.agency)
        let walker = compiled.map { StructureWalker(definition: $0, messageReference: message.reference) }
        var open: [(number: Int32, instance: Int)] = []
        var scratch = DiagnosticList()
        for (offset, segment) in message.segments.enumerated() {
            if walker != nil {
                _ = walker?.accept(WalkedSegment(segment, index: offset + 1), into: &scratch)
                scratch = DiagnosticList()
                let now = walker?.openGroups ?? []
                var common = 0
                while common < open.count, common < now.count, open[common].instance == now[common].instance { common += 1 }
                for group in open[common...].reversed() { writer.close("SG\(group.number)") }
                for group in now[common...] { try writer.open("SG\(group.number)") }
                open = now
            }
            let definition = ["UNH", "UNT", "UNS"].contains(segment.tag)
                ? service?.segments[segment.tag]
                : compiled?.definition.segments[segment.tag]
            try write(segment, definition: definition, into: &writer)
        }
        for group in open.reversed() { writer.close("SG\(group.number)") }
        writer.close("Message")
    }

    private func write(_ segment: Segment, definition: SegmentDefinition?, into writer: inout XMLWriter) throws {
        let tag = segment.tag
        writer.beginLine(tag)
        for (offset, element) in segment.elements.enumerated() {
            let context = { "segment \(tag) (line \(segment.position.line)), element \(offset + 1)" }
            let elementDefinition = definition.flatMap { offset < $0.elements.count ? $0.elements[offset] : nil }
            let fits: Bool = {
                guard let elementDefinition else { return false }
                if element.repetitions.count > elementDefinition.maxRepetitions { return false }
                if case .simple = elementDefinition.content { return element.repetitions.allSatisfy { $0.count == 1 } }
                return true
            }()
            for components in element.repetitions {
                guard fits, let elementDefinition else {
                    let name = "E\(offset + 1)"
                    if components.count == 1 {
                        try writer.leaf(name, components[0], context: context())
                    } else {
                        writer.inlineOpen(name)
                        for (index, value) in components.enumerated() { try writer.leaf("C\(index + 1)", value, context: context()) }
                        writer.inlineClose(name)
                    }
                    continue
                }
                switch elementDefinition.content {
                case .simple(let simple):
                    try writer.leaf("D" + simple.id, components[0], context: context())
                case .composite(let composite):
                    let name = composite.id
                    if components.count == 1 && components[0].isEmpty {
                        writer.empty(name)
                        continue
                    }
                    writer.inlineOpen(name)
                    for (index, value) in components.enumerated() {
                        let componentName = index < composite.components.count ? "D" + composite.components[index].element.id : "C\(index + 1)"
                        try writer.leaf(componentName, value, context: context())
                    }
                    writer.inlineClose(name)
                }
            }
        }
        writer.endLine(tag)
    }
}
