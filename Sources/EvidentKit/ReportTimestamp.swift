import Foundation

/// The generation time written into reports: an explicit ISO 8601 value, else
/// `SOURCE_DATE_EPOCH` (reproducible builds), else now; always UTC, whole seconds.
public enum ReportTimestamp {
    /// `2026-11-24T12:00:00Z` for the given choice, or `nil` when a given value is malformed.
    public static func resolve(
        argument: String?, environment: [String: String], now: Date = Date()
    ) -> String? {
        if let argument {
            return parse(argument).map(format)
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int64(epoch.trimmingWhitespace()), seconds >= 0 else { return nil }
            return format(Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        return format(now)
    }

    /// Parses ISO 8601 with or without fractional seconds, or a bare `YYYY-MM-DD`.
    public static func parse(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = fractional.date(from: text) { return date }
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        return day.date(from: text)
    }

    /// `2026-11-24T12:00:00Z`.
    public static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let whole = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        return formatter.string(from: whole)
    }
}
