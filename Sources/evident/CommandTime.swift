import ArgumentParser
import EvidentKit
import Foundation

/// The time a command stamps on what it writes (`report`'s generation time, the day `new`
/// retrieves an article and `review` signs off): the given value, else `SOURCE_DATE_EPOCH`
/// (reproducible builds), else now.
enum CommandTime {
    /// `2026-11-24T12:00:00Z` for `given` (already validated by the command), else
    /// `SOURCE_DATE_EPOCH`, else now. A malformed `SOURCE_DATE_EPOCH` is bad usage: its message
    /// goes to standard error and the command exits 64.
    static func resolve(_ given: String?) throws -> String {
        let environment = ProcessInfo.processInfo.environment
        guard let time = ReportTimestamp.resolve(argument: given, environment: environment)
        else {
            let value = environment["SOURCE_DATE_EPOCH"] ?? ""
            FileHandle.standardError.write(
                Data(
                    "error: invalid SOURCE_DATE_EPOCH '\(value)' (expected seconds since 1970)\n"
                        .utf8))
            throw ExitCode(64)
        }
        return time
    }

    /// The day (`YYYY-MM-DD`) of ``resolve(_:)`` when no day is given.
    static func day(_ given: String?) throws -> String {
        try given ?? String(resolve(nil).prefix(10))
    }
}
