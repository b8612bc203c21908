import EvidentModel

/// Every reporter, registered explicitly (no discovery at run time), in listing order.
public enum ReportersList {
    /// The reporters.
    public static var all: [any Reporter.Type] {
        [
            TextReporter.self, MarkdownReporter.self, HTMLReporter.self, JSONReporter.self,
            CSVReporter.self, ClaimReviewReporter.self,
        ]
    }

    /// The reporter for a format id, or `nil`.
    public static func reporter(for identifier: String) -> (any Reporter.Type)? {
        all.first { $0.identifier == identifier }
    }
}
