public import Diagnostics

/// The one error type of `XMLSupport`: thrown only when processing cannot go on (a document
/// that is not well-formed or breaks a limit, a schema that does not compile).
///
/// Equality compares the ``code`` only, so callers and tests match on what went wrong, not on
/// the wording. ``diagnostics`` carries every finding with its line, column and path.
public struct XMLSupportError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, as a stable, extensible code.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The bytes are not well-formed XML.
        public static let notWellFormed = Code(rawValue: "xml.notWellFormed")
        /// The document declares entities or a DTD, which the hardened parser refuses.
        public static let entityRefused = Code(rawValue: "xml.entityRefused")
        /// The document tried to load an external resource (file, URL, DTD).
        public static let externalResourceRefused = Code(rawValue: "xml.externalResourceRefused")
        /// A size, depth or attribute-length limit was exceeded.
        public static let limitExceeded = Code(rawValue: "xml.limitExceeded")
        /// A schema failed to compile, or one of its imports/includes was skipped.
        public static let schemaCompilation = Code(rawValue: "xml.schemaCompilation")
        /// No schema is configured for the document's root element.
        public static let schemaNotFound = Code(rawValue: "xml.schemaNotFound")
        /// A file could not be read.
        public static let io = Code(rawValue: "xml.io")
        /// libxml2 could not produce what was asked (serialization, allocation).
        public static let internalFailure = Code(rawValue: "xml.internal")
    }

    /// What went wrong.
    public var code: Code
    /// A sentence for a person: what was found, where, and what was expected.
    public var reason: String
    /// Every finding behind the error, with positions.
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

extension XMLSupportError: Equatable {
    public static func == (lhs: XMLSupportError, rhs: XMLSupportError) -> Bool { lhs.code == rhs.code }
}
