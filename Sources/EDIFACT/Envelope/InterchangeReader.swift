public import Diagnostics

/// The streaming front of the engine: feed bytes in chunks of any size, get interchange
/// events (UNB, UNG, each complete message, UNE, UNZ) as they complete, with every envelope,
/// syntax and character-set finding collected in `diagnostics`.
///
/// Memory stays flat whatever the input size: the reader keeps one segment's bytes, the open
/// message (only in `.messages` mode) and a bounded list of findings. The result does not
/// depend on how the input is chunked. Not thread-safe; use one reader per input (readers
/// are independent, so many can run concurrently).
///
/// ```swift
/// var reader = InterchangeReader(mode: .messages)
/// reader.feed(chunk) { event in if case .message(let message) = event { ... } }
/// reader.finish { event in ... }
/// let findings = reader.diagnostics
/// ```
public struct InterchangeReader {
    /// How much the reader builds.
    public enum Mode: Sendable, Hashable {
        /// Envelope and syntax only; no `Message` is built (the fastest mode).
        case envelope
        /// Also builds each message and hands it out as `.message`.
        case messages
    }

    var tokenizer: SegmentTokenizer
    var envelope: EnvelopeValidator

    /// Creates a reader.
    /// - Parameters:
    ///   - options: the gateway's envelope rules (recipient, senders, leniency, limits).
    ///   - mode: whether messages are built.
    ///   - messageCheck: run on each complete message; setting it builds messages even in
    ///     `.envelope` mode, without handing them out.
    ///   - structure: the directory structure validation, run on each message's segments as
    ///     they arrive (builds nothing, so it keeps `.envelope` mode fast); its findings join
    ///     `diagnostics` when the message ends, before those of `messageCheck`.
    public init(options: EnvelopeOptions = EnvelopeOptions(), mode: Mode = .messages, messageCheck: MessageCheck? = nil,
                structure: MessageStructureValidator? = nil) {
        tokenizer = SegmentTokenizer(maximumSegmentLength: options.maximumSegmentLength)
        envelope = EnvelopeValidator(options: options, materializesMessages: mode == .messages, messageCheck: messageCheck, structure: structure)
        tokenizer.recordsAllBoundaries = envelope.needsAllBoundaries
    }

    /// Findings so far, in input order (0085 codes).
    public var diagnostics: DiagnosticList { envelope.diagnostics }

    /// Counts and identification learned so far.
    public var summary: InterchangeSummary { envelope.summary }

    /// Feeds bytes from a raw buffer, handing out the events they complete.
    public mutating func feed(_ bytes: UnsafeRawBufferPointer, _ handle: (InterchangeEvent) -> Void) {
        // Large inputs go through in 64 KiB slices: the tokenizer's buffer stays small and
        // cache-resident instead of holding a copy of the whole input.
        var start = 0
        repeat {
            let end = min(bytes.count, start + Self.sliceSize)
            let slice = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
            envelope.summary.byteCount += slice.count
            tokenizer.append(slice)
            Self.drain(&tokenizer, &envelope, handle)
            start = end
        } while start < bytes.count
    }

    static let sliceSize = 1 << 16

    /// Feeds bytes from any collection (e.g. `[UInt8]`, `Data`, an `ArraySlice`).
    public mutating func feed(_ bytes: some Collection<UInt8>, _ handle: (InterchangeEvent) -> Void) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            feed(UnsafeRawBufferPointer(buffer), handle)
        }
        if done == nil {
            Array(bytes).withUnsafeBytes { feed($0, handle) }
        }
    }

    /// Declares the end of input: hands out what is still open and reports what is missing.
    public mutating func finish(_ handle: (InterchangeEvent) -> Void) {
        tokenizer.finish()
        Self.drain(&tokenizer, &envelope, handle)
        envelope.finish(emit: handle)
    }

    static func drain(_ tokenizer: inout SegmentTokenizer, _ envelope: inout EnvelopeValidator, _ handle: (InterchangeEvent) -> Void) {
        if tokenizer.inPreamble {
            let ready = tokenizer.readPreamble()
            if !tokenizer.diagnostics.isEmpty {
                envelope.absorb(tokenizer.diagnostics)
                tokenizer.diagnostics.removeAll()
            }
            guard ready else { return }
        }
        tokenizer.drain { raw in
            envelope.consume(raw, separators: raw.separators, hasServiceStringAdvice: raw.hasServiceStringAdvice, emit: handle)
        }
    }
}
