public import Diagnostics

/// The one error type of `Mapping`: thrown when a mapping cannot be loaded, compiled or run.
///
/// Equality compares the ``code`` only. ``diagnostics`` carries the findings with the file and
/// line they concern (a manifest's YAML line, a stylesheet's line, an output's element path).
public struct MappingError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, as a stable, extensible code.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// A `manifest.yaml` is missing a field, has a wrong value or is not YAML.
        public static let invalidManifest = Code(rawValue: "mapping.invalidManifest")
        /// Two mappings claim the same selector, or two share an id.
        public static let duplicateSelector = Code(rawValue: "mapping.duplicateSelector")
        /// A stylesheet does not compile (or tried to include something outside its folder).
        public static let stylesheetCompilation = Code(rawValue: "mapping.stylesheetCompilation")
        /// A transformation failed, was refused by the security policy, or hit a limit.
        public static let transformFailed = Code(rawValue: "mapping.transformFailed")
        /// A transformation ran longer than allowed or produced too much output.
        public static let limitExceeded = Code(rawValue: "mapping.limitExceeded")
        /// The output does not validate against the mapping's target schema.
        public static let invalidOutput = Code(rawValue: "mapping.invalidOutput")
        /// The input is not valid (not well-formed, or invalid against its configured schema).
        public static let invalidInput = Code(rawValue: "mapping.invalidInput")
        /// No mapping takes this document (or no mapping has the requested id).
        public static let noMapping = Code(rawValue: "mapping.noMapping")
        /// A target schema could not be found or compiled.
        public static let schema = Code(rawValue: "mapping.schema")
        /// A test vector's output differs from its expected output, or the vector cannot run.
        public static let vectorFailed = Code(rawValue: "mapping.vectorFailed")
        /// A file or folder could not be read.
        public static let io = Code(rawValue: "mapping.io")
        /// The input format is not supported by this build.
        public static let unsupportedFormat = Code(rawValue: "mapping.unsupportedFormat")
    }

    /// What went wrong.
    public var code: Code
    /// A sentence for a person: what, where (file and line), and what was expected.
    public var reason: String
    /// The findings behind the error.
    public var diagnostics: DiagnosticList
    /// Where the error was thrown (`#fileID`).
    public var sourceFile: String
    /// Where the error was thrown (`#line`).
    public var sourceLine: Int

    public init(
        _ code: Code,
        _ reason: String,
        diagnostics: DiagnosticList = DiagnosticList(),
        sourceFile: String = #fileID,
        sourceLine: Int = #line
    ) {
        self.code = code
        self.reason = reason
        self.diagnostics = diagnostics
        self.sourceFile = sourceFile
        self.sourceLine = sourceLine
    }

    public var description: String { "\(code): \(reason)" }
}

extension MappingError: Equatable {
    public static func == (lhs: MappingError, rhs: MappingError) -> Bool { lhs.code == rhs.code }
}
