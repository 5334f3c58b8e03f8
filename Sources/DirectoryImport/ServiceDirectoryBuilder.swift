import EDIFACT
import Foundation

/// Builds the service directory of a syntax version (`service-3`, `service-4`): the ISO 9735
/// service segments with their composites and elements, and the CONTRL message.
///
/// Sources: the staedi schema data in `CONTRL-syntax4/` (xlate/staedi, Apache-2.0) for
/// element representations, code values and segment layouts (`envelope-v3.xml`,
/// `envelope-v4r02.xml`, `CONTRL-v4r02.xml`), and `UNSL.96B` for the names of code values.
/// The syntax 3 CONTRL segments (UCI, UCF, UCM, UCS, UCD of ISO 9735 version 3) are not in
/// that data; they are laid out here from the standard, using the same element definitions.
struct ServiceDirectoryBuilder {
    var syntaxVersion: Int
    /// staedi envelope schema (`envelope-v3.xml` or `envelope-v4r02.xml`).
    var envelope: [UInt8]
    /// staedi `CONTRL-v4r02.xml`.
    var contrl: [UInt8]
    /// `UNSL.96B`, for code names (optional).
    var serviceCodeList: [UInt8]?
    var sourceNames: [String]

    private struct ElementType {
        var definition: DataElementDefinition
        var codes: [String]
    }

    func build() throws -> Directory {
        let envelopeTree = try XMLTreeReader().parse(envelope)
        let contrlTree = try XMLTreeReader().parse(contrl)
        var types: [String: ElementType] = [:]
        for tree in [contrlTree, envelopeTree] {  // the envelope's definitions win for the syntax version
            for node in tree.elements where node.name == "elementType" { if let type = try elementType(node) { types[type.definition.id] = type } }
        }
        var composites: [String: XMLTree] = [:]
        var segmentNodes: [String: XMLTree] = [:]
        for node in envelopeTree.elements + (syntaxVersion >= 4 ? contrlTree.elements : []) {
            guard let name = node.attribute("name") else { continue }
            if node.name == "compositeType", composites[name] == nil { composites[name] = node }
            if node.name == "segmentType", segmentNodes[name] == nil { segmentNodes[name] = node }
        }
        if syntaxVersion < 4 {  // ISO 9735 v3 needs composites the v3 envelope lacks
            for node in contrlTree.elements where node.name == "compositeType" {
                if let name = node.attribute("name"), composites[name] == nil { composites[name] = node }
            }
        }

        var segments: [String: SegmentDefinition] = [:]
        for (tag, node) in segmentNodes {
            var elements: [SegmentDefinition.Element] = []
            for (index, reference) in (node.elements.first { $0.name == "sequence" }?.elements ?? []).enumerated() {
                elements.append(try element(reference, position: index + 1, types: types, composites: composites))
            }
            segments[tag] = SegmentDefinition(tag: tag, name: ServiceElementNames.segments[tag] ?? tag, elements: elements)
        }
        if syntaxVersion < 4 {
            for (tag, layout) in Self.version3ContrlSegments {
                segments[tag] = SegmentDefinition(tag: tag, name: ServiceElementNames.segments[tag] ?? tag, elements: try layout.enumerated().map { index, item in
                    try layoutElement(item, position: index + 1, types: types, composites: composites)
                })
            }
        }
        segments["UNA"] = SegmentDefinition(tag: "UNA", name: ServiceElementNames.segments["UNA"] ?? "UNA", elements: [])
        segments["UNS"] = SegmentDefinition(tag: "UNS", name: ServiceElementNames.segments["UNS"] ?? "UNS", elements: [
            .init(position: "010", isMandatory: true, maxRepetitions: 1, content: .simple(try simple("0081", types: types))),
        ])

        var codeNames: [String: CodeList] = [:]
        if let serviceCodeList { codeNames = CodeListParser(fileName: "UNSL.96B").parse(DirectoryTextDecoder.decode(serviceCodeList)) }
        // Code values: UNSL.96B's list (every value ISO 9735 syntax 3 defines, with names), then
        // the values the staedi data adds (syntax 4: 0085 codes 45-48, ...). Elements that
        // identify another message or directory (0065, 0052, 0054, 0051, ...) get no list: a
        // CONTRL copies them from whatever message it answers.
        var codeLists: [String: CodeList] = [:]
        for type in types.values where !type.codes.isEmpty && !Self.identificationElements.contains(type.definition.id) {
            let id = type.definition.id
            var entries = codeNames[id]?.entries ?? []
            for value in type.codes where !entries.contains(where: { $0.value == value }) { entries.append(.init(value: value, name: "")) }
            codeLists[id] = CodeList(elementID: id, entries: entries)
        }
        let usedIDs = Set(segments.values.flatMap { segment in
            segment.elements.flatMap { element -> [String] in
                switch element.content {
                case .simple(let simple): [simple.id]
                case .composite(let composite): composite.components.map(\.element.id)
                }
            }
        })
        codeLists = codeLists.filter { usedIDs.contains($0.key) }

        let transaction = contrlTree.elements.first { $0.name == "transaction" }
        var counter = 10
        func position() -> String { defer { counter += 10 }; return String(repeating: "0", count: max(0, 4 - String(counter).count)) + String(counter) }
        var structure: [MessageDefinition.Node] = [.segment(.init(position: position(), tag: "UNH", isMandatory: true, maxRepetitions: 1))]
        structure += try nodes(transaction?.elements.first { $0.name == "sequence" }, position: position)
        structure.append(.segment(.init(position: position(), tag: "UNT", isMandatory: true, maxRepetitions: 1)))

        return Directory(
            name: "service-\(syntaxVersion)", version: syntaxVersion >= 4 ? "4" : "2", release: "2", agency: "UN",
            sources: ["ISO 9735 syntax \(syntaxVersion) service segments and CONTRL, built from \(sourceNames.joined(separator: " "))",
                      "staedi schema data: github.com/xlate/staedi (Apache-2.0); code names: UNECE UNSL.96B",
                      "generated by the unipass directory importer; do not edit"],
            messages: [.init(type: "CONTRL", name: "Syntax and service report message", structure: structure)],
            segments: segments, codeLists: codeLists
        )
    }

    private func nodes(_ sequence: XMLTree?, position: () -> String) throws -> [MessageDefinition.Node] {
        var result: [MessageDefinition.Node] = []
        for item in sequence?.elements ?? [] {
            let minimum = Int(item.attribute("minOccurs") ?? "0") ?? 0
            let maximum = Int(item.attribute("maxOccurs") ?? "1") ?? 1
            if item.name == "segment", let tag = item.attribute("type") {
                result.append(.segment(.init(position: position(), tag: tag, isMandatory: minimum > 0, maxRepetitions: maximum)))
            } else if item.name == "loop", let code = item.attribute("code"), let number = Int(code.dropFirst(2)) {
                let here = position()
                let children = try nodes(item.elements.first { $0.name == "sequence" }, position: position)
                result.append(.group(.init(position: here, number: number, isMandatory: minimum > 0, maxRepetitions: maximum, children: children)))
            }
        }
        return result
    }

    private func elementType(_ node: XMLTree) throws -> ElementType? {
        guard let name = node.attribute("name"), name.hasPrefix("DE") else { return nil }
        let id = String(name.dropFirst(2))
        let base = node.attribute("base") ?? "string"
        let characterClass: DataElementDefinition.CharacterClass = base == "decimal" || base == "numeric" ? .numeric : .alphanumeric
        var minimum = Int(node.attribute("minLength") ?? "") ?? 0
        var maximum = Int(node.attribute("maxLength") ?? "") ?? 0
        var resolvedClass = characterClass
        if maximum == 0, let fallback = ServiceElementNames.fallbackRepresentations[id], let repr = DataElementDefinition.parseRepresentation(fallback) {
            (resolvedClass, minimum, maximum) = repr
        }
        guard maximum > 0 else { throw EDIFACTError(.directorySource, "staedi element type \(name) has no length") }
        let codes = node.elements.first { $0.name == "enumeration" }?.elements.filter { $0.name == "value" }.map(\.text) ?? []
        return ElementType(definition: DataElementDefinition(id: id, name: ServiceElementNames.elements[id] ?? id,
                                                             characterClass: resolvedClass, minLength: minimum, maxLength: maximum), codes: codes)
    }

    private func simple(_ id: String, types: [String: ElementType]) throws -> DataElementDefinition {
        if let type = types[id] { return type.definition }
        guard let fallback = ServiceElementNames.fallbackRepresentations[id], let repr = DataElementDefinition.parseRepresentation(fallback) else {
            throw EDIFACTError(.directorySource, "no definition of service data element \(id)")
        }
        return DataElementDefinition(id: id, name: ServiceElementNames.elements[id] ?? id, characterClass: repr.0, minLength: repr.min, maxLength: repr.max)
    }

    private func composite(_ staediName: String, types: [String: ElementType], composites: [String: XMLTree]) throws -> CompositeDefinition {
        guard let node = composites[staediName] else { throw EDIFACTError(.directorySource, "no staedi composite \(staediName)") }
        let id = "S" + staediName.dropFirst(3)
        var components: [CompositeDefinition.Component] = []
        for reference in node.elements.first(where: { $0.name == "sequence" })?.elements ?? [] {
            guard let type = reference.attribute("type") else { continue }
            components.append(.init(element: try simple(String(type.dropFirst(2)), types: types), isMandatory: (Int(reference.attribute("minOccurs") ?? "0") ?? 0) > 0))
        }
        return CompositeDefinition(id: id, name: ServiceElementNames.composites[id] ?? id, components: components)
    }

    private func element(_ reference: XMLTree, position: Int, types: [String: ElementType], composites: [String: XMLTree]) throws -> SegmentDefinition.Element {
        guard let type = reference.attribute("type") else { throw EDIFACTError(.directorySource, "staedi reference without type") }
        let isMandatory = (Int(reference.attribute("minOccurs") ?? "0") ?? 0) > 0
        let repeats = Int(reference.attribute("maxOccurs") ?? "1") ?? 1
        let label = String(format: "%03d", position * 10)
        if reference.name == "composite" {
            return .init(position: label, isMandatory: isMandatory, maxRepetitions: repeats, content: .composite(try composite(type, types: types, composites: composites)))
        }
        return .init(position: label, isMandatory: isMandatory, maxRepetitions: repeats, content: .simple(try simple(String(type.dropFirst(2)), types: types)))
    }

    private func layoutElement(_ item: (String, Bool), position: Int, types: [String: ElementType], composites: [String: XMLTree]) throws -> SegmentDefinition.Element {
        let label = String(format: "%03d", position * 10)
        if item.0.hasPrefix("S") {
            var definition = try composite("CES" + item.0.dropFirst(), types: types, composites: composites)
            if item.0 == "S002" || item.0 == "S003" { definition.components = Array(definition.components.prefix(3)) }  // v3: no sub-identification
            if item.0 == "S011" { definition.components = Array(definition.components.prefix(2)) }  // v3: no occurrence (0136)
            if item.0 == "S009" { definition.components = Array(definition.components.prefix(5)) }  // v3: up to 0057
            return .init(position: label, isMandatory: item.1, maxRepetitions: 1, content: .composite(definition))
        }
        return .init(position: label, isMandatory: item.1, maxRepetitions: 1, content: .simple(try simple(item.0, types: types)))
    }

    /// Elements whose values name other messages, releases or agencies: not restricted to a list.
    static let identificationElements: Set<String> = ["0065", "0052", "0054", "0051", "0057", "0110", "0113", "0080", "0133"]

    /// CONTRL segments of ISO 9735 version 3 (element or composite, mandatory).
    static let version3ContrlSegments: [(String, [(String, Bool)])] = [
        ("UCI", [("0020", true), ("S002", true), ("S003", true), ("0083", true), ("0085", false), ("0013", false), ("S011", false)]),
        ("UCF", [("0048", true), ("S006", false), ("S007", false), ("0083", true), ("0085", false), ("0013", false), ("S011", false)]),
        ("UCM", [("0062", true), ("S009", true), ("0083", true), ("0085", false), ("0013", false), ("S011", false)]),
        ("UCS", [("0096", true), ("0085", false)]),
        ("UCD", [("0085", true), ("S011", true)]),
    ]
}
