public import Diagnostics

/// The verdict on one document: what it is, whether it is valid, and every finding.
///
/// This is what `unipass validate` prints (one JSON object per file with `--json`) and what the
/// service will turn into an acknowledgement. Value type; safe to share across tasks.
public struct ValidationReport: Sendable, Hashable {
    /// The file or source name the document came from.
    public var file: String
    /// The detected syntax.
    public var format: DocumentFormat
    /// EDIFACT: the message type (`CUSCAR`, `PAXLST`, ...; several distinct types are joined with
    /// commas in order of appearance). XML: the root element's local name. `nil` when unknown.
    public var messageType: String?
    /// XML: the root element's namespace URI, when it has one.
    public var namespace: String?
    /// Every finding, in the order found.
    public var diagnostics: DiagnosticList

    /// A document is valid when no finding is an error (warnings are allowed).
    public var isValid: Bool { !diagnostics.hasErrors }

    public init(
        file: String,
        format: DocumentFormat,
        messageType: String? = nil,
        namespace: String? = nil,
        diagnostics: DiagnosticList = DiagnosticList()
    ) {
        self.file = file
        self.format = format
        self.messageType = messageType
        self.namespace = namespace
        self.diagnostics = diagnostics
    }
}

extension ValidationReport: Encodable {
    private enum CodingKeys: String, CodingKey {
        case file, format, messageType, namespace, valid, errors, warnings
    }

    /// Encodes the `validate --json` object: `file`, `format`, `messageType`, `valid`, `errors`
    /// and `warnings` (each an object with `code`, `message` and the location fields that apply).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(format.rawValue, forKey: .format)
        try container.encode(messageType, forKey: .messageType)
        try container.encodeIfPresent(namespace, forKey: .namespace)
        try container.encode(isValid, forKey: .valid)
        try container.encode(diagnostics.errors.map(Finding.init), forKey: .errors)
        try container.encode(diagnostics.warnings.map(Finding.init), forKey: .warnings)
    }

    /// One finding as JSON: the code and message, then only the location fields that are set.
    private struct Finding: Encodable {
        let diagnostic: Diagnostic

        init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }

        private enum CodingKeys: String, CodingKey {
            case code, message, line, column, byteOffset, interchangeReference, groupReference
            case messageReference, segment, tag, element, component, repetition, path
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            let location = diagnostic.location
            try container.encode(diagnostic.code, forKey: .code)
            try container.encode(diagnostic.message, forKey: .message)
            try container.encodeIfPresent(location.line, forKey: .line)
            try container.encodeIfPresent(location.column, forKey: .column)
            try container.encodeIfPresent(location.byteOffset, forKey: .byteOffset)
            try container.encodeIfPresent(location.interchangeReference, forKey: .interchangeReference)
            try container.encodeIfPresent(location.groupReference, forKey: .groupReference)
            try container.encodeIfPresent(location.messageReference, forKey: .messageReference)
            try container.encodeIfPresent(location.segment, forKey: .segment)
            try container.encodeIfPresent(location.tag, forKey: .tag)
            try container.encodeIfPresent(location.element, forKey: .element)
            try container.encodeIfPresent(location.component, forKey: .component)
            try container.encodeIfPresent(location.repetition, forKey: .repetition)
            try container.encodeIfPresent(location.path, forKey: .path)
        }
    }
}
