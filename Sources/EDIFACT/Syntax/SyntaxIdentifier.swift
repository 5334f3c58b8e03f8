/// The syntax identifier of UNB (composite S001): the character repertoire (0001) and the
/// syntax version (0002), e.g. `UNOA:3`.
public struct SyntaxIdentifier: Sendable, Hashable, CustomStringConvertible {
    /// The character repertoire named by data element 0001.
    public var repertoire: CharacterRepertoire
    /// Syntax version number (0002), 1 to 4.
    public var version: Int

    public init(repertoire: CharacterRepertoire, version: Int) {
        self.repertoire = repertoire
        self.version = version
    }

    /// `UNOA:4`.
    public var description: String { "\(repertoire.rawValue):\(version)" }
}

/// A character repertoire an interchange may declare in UNB 0001, and how its bytes are
/// checked and decoded.
///
/// - `UNOA`, `UNOB`: the level A and B repertoires of ISO 9735 (7-bit); anything else is
///   refused with 0085 code 21.
/// - `UNOC` ... `UNOK`: the parts of ISO 8859 (UNSL 0001: C = 8859-1, D = -2, E = -5, F = -7;
///   syntax 4 adds G = -3, H = -4, I = -6, J = -8, K = -9); C0/C1 controls and positions the
///   part leaves undefined are refused.
/// - `UNOW`, `UNOY`: ISO 10646 in UTF-8 (UNOW limited to the basic multilingual plane).
/// - `UNOX`: ISO 2022 code extension; bytes are taken as ISO 8859-1 (escape sequences are not
///   interpreted).
/// - `KECA`: the Korean character set (KS X 1001 in its CP949 encoding).
public enum CharacterRepertoire: String, Sendable, Hashable, CaseIterable {
    case unoa = "UNOA", unob = "UNOB", unoc = "UNOC", unod = "UNOD", unoe = "UNOE", unof = "UNOF"
    case unog = "UNOG", unoh = "UNOH", unoi = "UNOI", unoj = "UNOJ", unok = "UNOK"
    case unow = "UNOW", unox = "UNOX", unoy = "UNOY", keca = "KECA"

    /// The ISO 8859 part for UNOC to UNOK (and UNOX's base), nil otherwise.
    public var iso8859Part: Int? {
        switch self {
        case .unoc, .unox: 1
        case .unod: 2
        case .unoe: 5
        case .unof: 7
        case .unog: 3
        case .unoh: 4
        case .unoi: 6
        case .unoj: 8
        case .unok: 9
        default: nil
        }
    }

    /// True for the repertoires that syntax version 4 introduced (not valid before it).
    public var requiresSyntax4: Bool {
        switch self {
        case .unog, .unoh, .unoi, .unoj, .unok, .unow, .unox, .unoy: true
        default: false
        }
    }
}
