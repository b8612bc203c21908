@_exported import EvidentReport

/// The formats `evident report` writes.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// A table grouped by verdict.
    case text
    /// Markdown audit report.
    case markdown
    /// Self-contained HTML audit report.
    case html
    /// Machine-readable JSON.
    case json
    /// One row per claim.
    case csv
    /// schema.org ClaimReview JSON-LD.
    case claimreview

    /// The reporter that writes it.
    public var reporter: any Reporter.Type {
        switch self {
        case .text: return TextReporter.self
        case .markdown: return MarkdownReporter.self
        case .html: return HTMLReporter.self
        case .json: return JSONReporter.self
        case .csv: return CSVReporter.self
        case .claimreview: return ClaimReviewReporter.self
        }
    }
}
