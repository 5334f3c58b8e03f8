public import Diagnostics

/// Parses a whole input into materialized interchanges plus the findings of the envelope,
/// syntax and character-set checks.
///
/// For large inputs prefer `InterchangeReader`, which hands out one message at a time.
/// Stateless and `Sendable`: one parser may serve many tasks.
public struct InterchangeParser: Sendable {
    /// The parse result: the interchanges read (usually one) and the findings.
    public struct Result: Sendable {
        /// Every interchange read, in order; empty when the input had no UNB.
        public var interchanges: [Interchange]
        /// Findings in input order (0085 codes).
        public var diagnostics: DiagnosticList
        /// Counts and identification.
        public var summary: InterchangeSummary
        /// The first interchange.
        public var interchange: Interchange? { interchanges.first }
    }

    public var options: EnvelopeOptions

    public init(options: EnvelopeOptions = EnvelopeOptions()) {
        self.options = options
    }

    /// Parses bytes (`[UInt8]`, `Data`, ...).
    public func parse(_ bytes: some Collection<UInt8>) -> Result {
        var builder = InterchangeAssembler()
        var reader = InterchangeReader(options: options, mode: .messages)
        reader.feed(bytes) { builder.take($0) }
        reader.finish { builder.take($0) }
        return Result(interchanges: builder.interchanges, diagnostics: reader.diagnostics, summary: reader.summary)
    }

    /// Parses a string's UTF-8 bytes (convenient in tests).
    public func parse(_ text: String) -> Result {
        parse(Array(text.utf8))
    }

    /// Parses a file, reading it in chunks.
    public func parse(fileAt path: String) throws -> Result {
        var builder = InterchangeAssembler()
        var reader = InterchangeReader(options: options, mode: .messages)
        try reader.read(fileAt: path) { builder.take($0) }
        return Result(interchanges: builder.interchanges, diagnostics: reader.diagnostics, summary: reader.summary)
    }
}

/// Builds `Interchange` values from reader events.
struct InterchangeAssembler {
    var interchanges: [Interchange] = []
    var current: Interchange?
    var group: FunctionalGroup?

    mutating func take(_ event: InterchangeEvent) {
        switch event {
        case .interchangeStart(let header, let separators, let advised):
            current = Interchange(separators: separators, hasServiceStringAdvice: advised, header: header)
        case .groupStart(let header):
            group = FunctionalGroup(header: header)
        case .message(let message):
            if group != nil {
                group?.messages.append(message)
            } else {
                current?.messages.append(message)
            }
        case .groupEnd(let trailer):
            if var finished = group {
                finished.trailer = trailer
                current?.groups.append(finished)
            }
            group = nil
        case .interchangeEnd(let trailer):
            if var finished = current {
                finished.trailer = trailer
                interchanges.append(finished)
            }
            current = nil
        }
    }
}
