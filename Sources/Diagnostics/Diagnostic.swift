/// One finding about a document: what is wrong (or noteworthy), how bad it is, and where.
///
/// Validators collect diagnostics as data instead of throwing, so that one pass can report
/// every problem and the caller can render them into a CONTRL, an XML receipt, an API
/// response or a console line. Equality compares every field.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// How bad a finding is. Only `.error` makes a document invalid.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case note
        case warning
        case error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// How bad it is.
    public var severity: Severity
    /// A stable, machine-readable code. For EDIFACT findings this is the ISO 9735 syntax
    /// error code (data element 0085) as a string, for example `"12"`; other formats use
    /// dotted names such as `"xml.schema"`.
    public var code: String
    /// A sentence for a person: what was found and what was expected.
    public var message: String
    /// Where it was found.
    public var location: SourceLocation

    public init(
        _ severity: Severity = .error,
        code: String,
        message: String,
        location: SourceLocation = SourceLocation()
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }

    /// An error finding.
    public static func error(_ code: String, _ message: String, at location: SourceLocation = SourceLocation()) -> Diagnostic {
        Diagnostic(.error, code: code, message: message, location: location)
    }

    /// A warning finding: reported, but the document stays valid.
    public static func warning(_ code: String, _ message: String, at location: SourceLocation = SourceLocation()) -> Diagnostic {
        Diagnostic(.warning, code: code, message: message, location: location)
    }
}

extension Diagnostic: CustomStringConvertible {
    /// `line 3, column 7, segment 4 (NAD), element 2: <message> [code 12]`
    public var description: String {
        let place = location.description
        let prefix = place.isEmpty ? "" : place + ": "
        return "\(severity.rawValue): \(prefix)\(message) [code \(code)]"
    }
}
