/// What an `InterchangeReader` hands out as the input goes by, in input order.
///
/// Service segments are materialized always (they are few); messages only in
/// `InterchangeReader.Mode.messages`.
public enum InterchangeEvent: Sendable, Hashable {
    /// UNB read; the separators in force for this interchange and whether UNA was present.
    case interchangeStart(Segment, separators: Separators, hasServiceStringAdvice: Bool)
    /// UNG read.
    case groupStart(Segment)
    /// A complete message (UNH to UNT, or to where the input broke it off).
    case message(Message)
    /// A functional group ended: its UNE, or nil when UNE was missing.
    case groupEnd(Segment?)
    /// An interchange ended: its UNZ, or nil when UNZ was missing.
    case interchangeEnd(Segment?)
}
