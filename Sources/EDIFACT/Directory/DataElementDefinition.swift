/// A simple data element as a directory defines it: its number, name and representation
/// (`a`, `n` or `an` with a minimum and maximum length, e.g. `an..35` or `n6`).
///
/// Value type, `Sendable`. Whether the element is coded is known from the directory's code
/// lists (`Directory.codeList(for:)`), not from the element itself.
public struct DataElementDefinition: Sendable, Hashable {
    /// The character class of a representation.
    public enum CharacterClass: String, Sendable, Hashable {
        /// Alphabetic: letters, spaces and other non-digit characters.
        case alphabetic = "a"
        /// Numeric: digits, at most one decimal mark and a leading minus sign (neither counts in the length).
        case numeric = "n"
        /// Alphanumeric: any character of the repertoire.
        case alphanumeric = "an"
    }

    /// The data element number, e.g. `1004` or `0062`.
    public var id: String
    /// The element's name, e.g. `Document/message number`.
    public var name: String
    /// Character class of the representation.
    public var characterClass: CharacterClass
    /// Minimum length (equal to `maxLength` for a fixed-length representation such as `n6`).
    public var minLength: Int
    /// Maximum length.
    public var maxLength: Int

    public init(id: String, name: String, characterClass: CharacterClass, minLength: Int, maxLength: Int) {
        self.id = id
        self.name = name
        self.characterClass = characterClass
        self.minLength = minLength
        self.maxLength = maxLength
    }

    /// The representation as the directories print it: `an..35`, `n6`, `a3`.
    public var representation: String {
        characterClass.rawValue + (minLength == maxLength ? "" : "..") + String(maxLength)
    }

    /// Parses a representation such as `an..35`, `n6` or `a..3`; nil when it is not one.
    public static func parseRepresentation(_ text: some StringProtocol) -> (CharacterClass, min: Int, max: Int)? {
        var rest = Substring(text)
        let characterClass: CharacterClass
        if rest.hasPrefix("an") {
            characterClass = .alphanumeric
            rest = rest.dropFirst(2)
        } else if rest.hasPrefix("a") {
            characterClass = .alphabetic
            rest = rest.dropFirst()
        } else if rest.hasPrefix("n") {
            characterClass = .numeric
            rest = rest.dropFirst()
        } else {
            return nil
        }
        var variable = false
        if rest.hasPrefix("..") {
            variable = true
            rest = rest.dropFirst(2)
        }
        guard let length = Int(rest), length > 0 else { return nil }
        return (characterClass, variable ? 0 : length, length)
    }
}
