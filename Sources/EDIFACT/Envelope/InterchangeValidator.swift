public import Diagnostics

/// The top-level check of an EDIFACT input: tokenizes it, applies the ISO 9735 envelope and
/// character-set rules and the gateway's options, and runs a message check (the directory
/// structure validation) on each message when one is configured.
///
/// Streams: a file is read in chunks and only one message is held at a time, so memory is
/// flat whatever the size. Stateless and `Sendable`: one validator can serve many tasks.
/// Its result feeds `unipass validate --json` and the CONTRL (`ContrlBuilder`).
public struct InterchangeValidator: Sendable {
    /// The result of one validation.
    public struct Result: Sendable {
        /// Counts, UNB identification, groups, the rejected messages.
        public var summary: InterchangeSummary
        /// Every finding, in input order, with 0085 codes.
        public var diagnostics: DiagnosticList
        /// True when no finding is an error.
        public var isValid: Bool { !diagnostics.hasErrors }
        /// Message types in order of first appearance.
        public var messageTypes: [String] { summary.messageTypes }
    }

    /// The gateway's envelope rules.
    public var options: EnvelopeOptions
    /// Run on each complete message (a check of the gateway's own), or nil.
    public var messageCheck: MessageCheck?
    /// The directory structure validation of each message, or nil for envelope and syntax only.
    public var structure: MessageStructureValidator?

    public init(options: EnvelopeOptions = EnvelopeOptions(), messageCheck: MessageCheck? = nil) {
        self.options = options
        self.messageCheck = messageCheck
    }

    /// A validator that also checks each message against its directory definition
    /// (`MessageStructureValidator`: segment order, groups, repetitions, elements, codes),
    /// streaming: the segments are checked where the tokenizer found them, no `Message` is built.
    public init(options: EnvelopeOptions = EnvelopeOptions(), structure: MessageStructureValidator) {
        self.options = options
        self.structure = structure
    }

    /// Validates bytes held in memory.
    public func validate(_ bytes: some Collection<UInt8>) -> Result {
        var reader = InterchangeReader(options: options, mode: .envelope, messageCheck: messageCheck, structure: structure)
        reader.feed(bytes) { _ in }
        reader.finish { _ in }
        return Result(summary: reader.summary, diagnostics: reader.diagnostics)
    }

    /// Validates a file, streaming it. Throws `EDIFACTError(.io)` when it cannot be read.
    public func validate(fileAt path: String) throws -> Result {
        var reader = InterchangeReader(options: options, mode: .envelope, messageCheck: messageCheck, structure: structure)
        try reader.read(fileAt: path) { _ in }
        return Result(summary: reader.summary, diagnostics: reader.diagnostics)
    }
}
