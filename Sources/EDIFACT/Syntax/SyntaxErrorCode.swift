/// An ISO 9735 syntax error code (service data element 0085), as listed in UNSL (D.96B) and
/// extended by syntax version 4 (codes 45 to 48).
///
/// Diagnostics carry `rawValue` as their `code` string; CONTRL writes it into UCI/UCM/UCS/UCD.
public struct SyntaxErrorCode: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 2: syntax version or level (character set) not supported.
    public static let syntaxNotSupported = Self(rawValue: "2")
    /// 7: interchange recipient is not the actual recipient.
    public static let recipientNotActualRecipient = Self(rawValue: "7")
    /// 12: invalid value.
    public static let invalidValue = Self(rawValue: "12")
    /// 13: a mandatory service segment or data element is missing.
    public static let missing = Self(rawValue: "13")
    /// 14: value not supported in this position.
    public static let valueNotSupportedInPosition = Self(rawValue: "14")
    /// 15: segment or element not supported in this position.
    public static let notSupportedInPosition = Self(rawValue: "15")
    /// 16: too many constituents (data elements or components).
    public static let tooManyConstituents = Self(rawValue: "16")
    /// 19: invalid decimal notation (UNA decimal mark).
    public static let invalidDecimalNotation = Self(rawValue: "19")
    /// 20: character invalid as service character (UNA).
    public static let invalidServiceCharacterAdvice = Self(rawValue: "20")
    /// 21: invalid character(s) for the declared character set.
    public static let invalidCharacter = Self(rawValue: "21")
    /// 22: invalid service character(s) (e.g. a release character at the end of data).
    public static let invalidServiceCharacter = Self(rawValue: "22")
    /// 23: unknown interchange sender.
    public static let unknownSender = Self(rawValue: "23")
    /// 25: test indicator not supported.
    public static let testIndicatorNotSupported = Self(rawValue: "25")
    /// 26: duplicate detected (emitted by the gateway's store, not by this module).
    public static let duplicate = Self(rawValue: "26")
    /// 28: references in header and trailer do not match.
    public static let referencesDoNotMatch = Self(rawValue: "28")
    /// 29: control count does not match the number received.
    public static let controlCountMismatch = Self(rawValue: "29")
    /// 30: functional groups and messages mixed.
    public static let groupsAndMessagesMixed = Self(rawValue: "30")
    /// 32: lower level empty.
    public static let lowerLevelEmpty = Self(rawValue: "32")
    /// 33: invalid occurrence outside a message or functional group.
    public static let invalidOccurrenceOutside = Self(rawValue: "33")
    /// 37: invalid type of character(s) (e.g. a letter in a numeric element).
    public static let invalidCharacterType = Self(rawValue: "37")
    /// 39: data element too long.
    public static let tooLong = Self(rawValue: "39")
    /// 40: data element too short.
    public static let tooShort = Self(rawValue: "40")
    /// 45: trailing separator (syntax 4).
    public static let trailingSeparator = Self(rawValue: "45")
    /// 46: character set not supported (syntax 4).
    public static let characterSetNotSupported = Self(rawValue: "46")

    public var description: String { rawValue }
}
