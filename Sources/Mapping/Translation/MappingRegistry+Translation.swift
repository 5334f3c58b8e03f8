import Diagnostics
import Foundation
public import XMLSupport

extension MappingRegistry {
    /// Translates a document: detects its format, validates an XML input against its configured
    /// schema (when one is configured), chooses the mapping (by `mappingID`, else by the
    /// document's key), transforms with the mapping's cached stylesheet under the security policy,
    /// and validates the output against the mapping's target schema. Safe from any task.
    ///
    /// - Parameters:
    ///   - partner: the partner country for outbound selection and `partnerCountry` (else the
    ///     document's or the manifest's).
    ///   - parameters: stylesheet parameters; empty `sender`/`receiver`/`sourceReference`/
    ///     `partnerCountry` are filled from the document and manifest.
    /// - Throws: ``MappingError``: `.invalidInput`, `.noMapping`, `.transformFailed`,
    ///   `.limitExceeded`, `.invalidOutput` (diagnostics with line and element path),
    ///   `.unsupportedFormat`.
    public func translate(
        _ bytes: [UInt8],
        sourceName: String? = nil,
        mappingID: String? = nil,
        partner: String? = nil,
        parameters: TranslationParameters = .test,
        limits: TransformLimits = .default,
        parseOptions: XMLParseOptions = .default
    ) throws(MappingError) -> TranslationResult {
        let input = try SourceDocument.read(bytes, sourceName: sourceName, parseOptions: parseOptions)
        var parameters = parameters
        let key: DocumentKey?
        switch input.format {
        case .xml:
            try validateInput(input.document, sourceName: sourceName)
            key = DocumentKey.of(input.document, partner: partner)
        case .edifact:
            key = input.key
            if parameters.sender.isEmpty { parameters.sender = input.sender }
            if parameters.receiver.isEmpty { parameters.receiver = input.receiver }
            if parameters.sourceReference.isEmpty { parameters.sourceReference = input.reference }
        }
        let mapping = try choose(mappingID: mappingID, key: key, sourceName: sourceName)
        if parameters.partnerCountry.isEmpty {
            parameters.partnerCountry = partner ?? mapping.manifest.partner ?? (key.flatMap(\.partner) ?? "")
        }
        var result = try run(mapping, on: input.document, key: mappingID == nil ? key : nil, parameters: parameters, limits: limits)
        result.diagnostics.append(contentsOf: input.findings)
        return result
    }

    /// Runs one mapping on a parsed document (no selection, no input validation) and validates
    /// the output against the mapping's target schema.
    public func run(
        _ mapping: MappingDefinition,
        on document: XMLDocument,
        key: DocumentKey? = nil,
        parameters: TranslationParameters,
        limits: TransformLimits = .default
    ) throws(MappingError) -> TranslationResult {
        let output = try mapping.stylesheet.transform(document, parameters: parameters.dictionary, limits: limits)
        if let schema = mapping.targetSchema {
            try validateOutput(output, of: mapping, against: schema)
        }
        let bytes = try TargetWriter.bytes(for: output, mapping: mapping)
        return TranslationResult(mapping: mapping, key: key, output: bytes, document: output.document, diagnostics: DiagnosticList())
    }

    private func choose(mappingID: String?, key: DocumentKey?, sourceName: String?) throws(MappingError) -> MappingDefinition {
        if let mappingID {
            guard let mapping = mapping(id: mappingID) else {
                throw MappingError(.noMapping, "no mapping has id '\(mappingID)' in \(directory) (see `unipass mappings list`)")
            }
            return mapping
        }
        guard let key, let mapping = mapping(for: key) else {
            let what = key.map(\.description) ?? "this document"
            throw MappingError(.noMapping, "\(sourceName ?? "document"): no mapping in \(directory) takes \(what); choose one with --mapping")
        }
        return mapping
    }

    private func validateInput(_ document: XMLDocument, sourceName: String?) throws(MappingError) {
        guard let root = document.root, !schemas.schemas(for: root).isEmpty else { return }
        let report = XMLDocumentValidator(registry: schemas).validate(document)
        guard report.isValid else {
            let first = report.diagnostics.errors.first.map { "\($0.location.description): \($0.message)" } ?? ""
            throw MappingError(.invalidInput, "\(sourceName ?? "input") is not valid against \(report.schemaPath ?? "its schema"): \(first)", diagnostics: report.diagnostics)
        }
    }

    private func validateOutput(_ output: TransformOutput, of mapping: MappingDefinition, against schema: XMLSchema) throws(MappingError) {
        var diagnostics = schema.validate(output.document)
        guard diagnostics.hasErrors else { return }
        // The result tree has no line numbers: re-parse the serialized output to report them.
        let name = "output of \(mapping.id)"
        if let reparsed = try? XMLDocument(parsing: output.bytes, sourceName: name) {
            diagnostics = schema.validate(reparsed)
        }
        let first = diagnostics.errors.first.map { "\($0.location.description): \($0.message)" } ?? ""
        throw MappingError(.invalidOutput, "the output of mapping '\(mapping.id)' is not valid against \(schema.entryPath): \(first)", diagnostics: diagnostics)
    }
}

extension DocumentKey {
    /// The partner named by the key, if any.
    var partner: String? {
        if case let .canonical(_, partner) = self { return partner }
        return nil
    }
}
