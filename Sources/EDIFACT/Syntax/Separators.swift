/// The service characters of an interchange: the separators, the release character and the
/// decimal mark, as given by the service string advice (UNA) or the defaults of ISO 9735.
///
/// Every character is one byte. `release` and `repetition` are optional: a space in UNA
/// position 4 or 5 means "not used" (ISO 9735-1 clause 8), and syntax versions 1 to 3 have no
/// repetition separator. Value type, `Sendable`.
public struct Separators: Sendable, Hashable, CustomStringConvertible {
    /// Component data element separator (default `:`).
    public var component: UInt8
    /// Data element separator (default `+`).
    public var element: UInt8
    /// Decimal mark advised in UNA (`.` or `,`).
    public var decimalMark: UInt8
    /// Release character (default `?`), or nil when none is used.
    public var release: UInt8?
    /// Repetition separator (syntax 4 default `*`), or nil when none is used.
    public var repetition: UInt8?
    /// Segment terminator (default `'`).
    public var segment: UInt8

    /// Creates separators from single bytes.
    public init(
        component: UInt8 = UInt8(ascii: ":"), element: UInt8 = UInt8(ascii: "+"),
        decimalMark: UInt8 = UInt8(ascii: "."), release: UInt8? = UInt8(ascii: "?"),
        repetition: UInt8? = nil, segment: UInt8 = UInt8(ascii: "'")
    ) {
        self.component = component
        self.element = element
        self.decimalMark = decimalMark
        self.release = release
        self.repetition = repetition
        self.segment = segment
    }

    /// The level A defaults of syntax versions 1 to 3: `:+.? '` (no repetition separator).
    public static let `default` = Separators()

    /// The level A defaults of syntax version 4: `:+.?*'`.
    public static let syntax4 = Separators(repetition: UInt8(ascii: "*"))

    /// The level B defaults (information separators IS1, IS3, IS4; IS2 repeats in syntax 4).
    public static func levelB(syntaxVersion: Int) -> Separators {
        Separators(component: 0x1F, element: 0x1D, release: nil, repetition: syntaxVersion >= 4 ? 0x1E : nil, segment: 0x1C)
    }

    /// The defaults ISO 9735 prescribes when an interchange has no UNA.
    public static func defaults(syntaxVersion: Int) -> Separators {
        syntaxVersion >= 4 ? .syntax4 : .default
    }

    /// The six characters of a service string advice after `UNA` (space for an unused one).
    public var serviceStringAdvice: [UInt8] {
        [component, element, decimalMark, release ?? 0x20, repetition ?? 0x20, segment]
    }

    /// True when `byte` is one of the characters that must be released inside data.
    @inlinable
    public func isServiceCharacter(_ byte: UInt8) -> Bool {
        byte == component || byte == element || byte == segment || byte == release || byte == repetition
    }

    /// `UNA:+.? '` style text.
    public var description: String {
        "UNA" + String(decoding: serviceStringAdvice, as: UTF8.self)
    }
}

extension Separators {
    /// Reads the six characters that follow `UNA`.
    ///
    /// Returns the separators and the problems found (0085 code 20 for a character that cannot
    /// be a service character or is used twice, 19 for a decimal mark other than `.` or `,`).
    /// Space is accepted as component, element or segment separator; in positions 4 and 5 it
    /// means "not used".
    static func parseAdvice(_ six: some Collection<UInt8>) -> (Separators, [(code: SyntaxErrorCode, index: Int, reason: String)]) {
        let c = Array(six)
        var problems: [(SyntaxErrorCode, Int, String)] = []
        var separators = Separators(
            component: c[0], element: c[1], decimalMark: c[2],
            release: c[3] == 0x20 ? nil : c[3], repetition: c[4] == 0x20 ? nil : c[4], segment: c[5]
        )
        if c[2] != UInt8(ascii: ".") && c[2] != UInt8(ascii: ",") {
            problems.append((.invalidDecimalNotation, 2, "decimal mark '\(Self.show(c[2]))' must be '.' or ','"))
            separators.decimalMark = UInt8(ascii: ".")
        }
        var used: [UInt8: Int] = [:]
        for index in [0, 1, 3, 4, 5] {
            let byte = c[index]
            if byte == 0x20 && (index == 3 || index == 4) { continue }
            if Self.isAlphanumeric(byte) {
                problems.append((.invalidServiceCharacterAdvice, index, "'\(Self.show(byte))' (UNA position \(index + 1)) cannot be a service character"))
            } else if let first = used[byte] {
                problems.append((.invalidServiceCharacterAdvice, index, "'\(Self.show(byte))' is used in UNA positions \(first + 1) and \(index + 1)"))
            }
            used[byte] = used[byte] ?? index
        }
        return (separators, problems)
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// A byte for a message: itself when printable, else `0xNN`.
    static func show(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "0x" + String(byte, radix: 16, uppercase: true)
    }
}
