#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A UTC date and time to the minute, as UNB/UNG S004 writes it.
///
/// The CONTRL builder takes it from an injectable clock, so tests produce identical bytes.
public struct PreparationTime: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int

    public init(year: Int, month: Int, day: Int, hour: Int, minute: Int) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
    }

    /// The current UTC time from the system clock.
    public static func now() -> PreparationTime {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return PreparationTime(
            year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday),
            hour: Int(parts.tm_hour), minute: Int(parts.tm_min))
    }

    /// Reads an ISO 8601 UTC timestamp such as `2026-01-01T08:30:00Z` (seconds and zone
    /// designator `Z`/`+00:00` optional). Nil when it does not read as one.
    public init?(iso8601 text: String) {
        let digits = text.unicodeScalars.filter { $0.properties.numericType != nil }
        let bytes = Array(text.utf8)
        guard bytes.count >= 16, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), bytes[13] == UInt8(ascii: ":"), digits.count >= 12
        else { return nil }
        func number(_ range: Range<Int>) -> Int? { Int(String(decoding: bytes[range], as: UTF8.self)) }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16),
            (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        self.init(year: year, month: month, day: day, hour: hour, minute: minute)
    }

    /// `YYMMDD` (syntax 1-3) or `CCYYMMDD` (syntax 4).
    public func date(syntaxVersion: Int) -> String {
        let full = Self.pad(year, 4) + Self.pad(month, 2) + Self.pad(day, 2)
        return syntaxVersion >= 4 ? full : String(full.dropFirst(2))
    }

    /// `HHMM`.
    public var timeOfDay: String { Self.pad(hour, 2) + Self.pad(minute, 2) }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
