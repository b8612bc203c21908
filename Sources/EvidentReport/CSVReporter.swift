import EvidentModel
import Foundation

/// One row per claim, RFC 4180: CRLF line ends, fields with a comma, quote or line break
/// quoted, quotes doubled; cells a spreadsheet would run as a formula neutralised. The review
/// columns describe the review in force.
public enum CSVReporter: Reporter {
    /// `csv`.
    public static let identifier = "csv"
    /// Description.
    public static let summary = "one row per claim (RFC 4180), for spreadsheets"
    /// `csv`.
    public static let fileExtension = "csv"

    /// The header row's fields.
    public static let header = [
        "id", "verdict", "computed_verdict", "contradicted", "certainty", "category", "statement",
        "quote", "counted_citations", "citations", "supporting", "against", "reviewer",
        "review_date", "review_reason", "review_decision", "review_state", "review_stale_reasons",
        "rationale",
    ]

    /// Renders the CSV.
    public static func generate(_ report: EvidenceReport, options: ReportOptions) -> String {
        var rows = [header]
        for assessment in report.claims {
            let counted = assessment.citations.filter(\.counted)
            let supporting = counted.filter { $0.stance == .supports }.map(\.reference.description)
            let against = counted.filter { $0.stance == .contradicts || $0.stance == .null }
                .map(\.reference.description)
            let review = assessment.claim.review
            rows.append([
                assessment.claim.id.rawValue, assessment.verdict.rawValue,
                assessment.computedVerdict.rawValue, assessment.contradicted ? "true" : "false",
                assessment.certainty.rawValue, assessment.claim.category.rawValue,
                assessment.claim.statement, assessment.claim.quote, String(counted.count),
                String(assessment.citations.count), supporting.joined(separator: " "),
                against.joined(separator: " "), review?.reviewer ?? "", review?.date ?? "",
                review?.reason ?? "", review?.decision.rawValue ?? "",
                ReportWording.reviewState(assessment),
                assessment.reviews.last?.staleReasons.joined(separator: "; ") ?? "",
                assessment.rationale,
            ])
        }
        return rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field, quoted when RFC 4180 requires it: a comma, a quote or a line break (looked
    /// for scalar by scalar: `"\r\n"` is one `Character` in Swift). A field a spreadsheet
    /// would run as a formula — starting with `=`, `+`, `-`, `@`, a tab or a carriage return —
    /// gets a leading `'` (OWASP's advice against CSV injection) and is quoted.
    public static func field(_ text: String) -> String {
        var text = text
        var needsQuotes = false
        if let first = text.unicodeScalars.first, formulaStarts.contains(first) {
            text = "'" + text
            needsQuotes = true
        }
        needsQuotes =
            needsQuotes
            || text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// First characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
