public import Diagnostics

/// Validates a message against its directory definition: segment order, segment groups,
/// mandatory and conditional segments, repetitions of segments and groups, and for every
/// segment its elements: count, repetitions, components, representation (a/n/an, minimum
/// and maximum length; the decimal mark and minus sign do not count) and code values where
/// the directory has a code list.
///
/// Findings carry ISO 9735 syntax error codes (0085) as strings: 13 missing, 15 not supported
/// in this position, 35 too many segment repetitions, 36 too many segment group repetitions,
/// 16 too many constituents, 37 invalid type of character(s), 38 missing digit in front of the
/// decimal sign, 39 too long, 40 too short, 12 invalid (code) value. Positions: segment
/// position in the message (UNH = 1), tag, element, component, repetition, and the line and
/// column where the segment starts.
///
/// A message whose directory the catalog does not know gets one warning (code 3: message
/// version/release not supported) and no structure check. UNH, UNT and UNS are checked for
/// position only; their content is the envelope validator's concern.
///
/// `Sendable`; one validator may serve any number of concurrent validations. Definitions
/// are compiled once per message type and release (cached in the catalog).
public struct MessageStructureValidator: Sendable {
    /// How code values outside the directory's code list are reported.
    public enum CodeListPolicy: String, Sendable, Hashable, Codable {
        /// An error (code 12): the message is invalid.
        case strict
        /// A warning (code 12): reported, the message stays valid.
        case lenient
        /// Not checked.
        case ignore
    }

    /// Per-partner choices.
    public struct Options: Sendable, Hashable {
        public var codeLists: CodeListPolicy
        /// Check elements and components (representation, codes); false checks segments only.
        public var checkElements: Bool
        /// Data elements whose codes partners choose for themselves: a value outside their
        /// list is a warning (code 12) even with `.strict`. By default 0007, the identification
        /// code qualifier of the interchange parties: partners send private ones (`ZZ` above
        /// all), the envelope accepts them with a warning, and a CONTRL must echo them in UCI.
        public var advisoryCodeLists: Set<String>

        public init(codeLists: CodeListPolicy = .strict, checkElements: Bool = true, advisoryCodeLists: Set<String> = ["0007"]) {
            self.codeLists = codeLists
            self.checkElements = checkElements
            self.advisoryCodeLists = advisoryCodeLists
        }
    }

    public let catalog: DirectoryCatalog
    public var options: Options

    public init(catalog: DirectoryCatalog = .builtIn, options: Options = Options()) {
        self.catalog = catalog
        self.options = options
    }

    /// The findings for one message.
    public func validate(_ message: Message) -> DiagnosticList {
        var diagnostics = DiagnosticList()
        validate(message, into: &diagnostics)
        return diagnostics
    }

    /// Appends the findings for one message to `diagnostics`.
    public func validate(_ message: Message, into diagnostics: inout DiagnosticList) {
        var check = MessageStructureCheck(self)
        check.begin(reference: message.reference, type: message.messageType, version: message.version, release: message.release,
                    agency: message.agency, line: message.segments.first?.position.line, column: message.segments.first?.position.column)
        for (offset, segment) in message.segments.enumerated() {
            check.accept(segment, index: offset + 1)
        }
        diagnostics.append(contentsOf: check.finish().findings)
    }

    /// The validator as a per-message check for `InterchangeReader`/`EnvelopeValidator`
    /// (it needs materialized messages; `InterchangeValidator(structure:)` checks the same
    /// without building them).
    public var messageCheck: MessageCheck {
        let validator = self
        return { message, _ in validator.validate(message).items }
    }
}
