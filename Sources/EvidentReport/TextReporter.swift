import EvidentModel

/// A plain-text table grouped by verdict, for a terminal (ANSI colour only when asked).
public enum TextReporter: Reporter {
    /// `text`.
    public static let identifier = "text"
    /// Description.
    public static let summary = "a table grouped by verdict (the default)"
    /// `txt`.
    public static let fileExtension = "txt"
    /// Widest line the table aims for; longer statements are shortened with `…`.
    public static let width = 120

    /// Renders the table.
    public static func generate(_ report: EvidenceReport, options: ReportOptions) -> String {
        let paint = Paint(enabled: options.colour)
        var lines: [String] = []
        lines.append(paint.bold("Evidence report — " + ReportWording.summary(report)))
        lines.append(
            "knowledge base \(report.kbHash.prefix(12)) · evident \(report.toolVersion) · "
                + "generated \(report.generatedAt)")
        let idWidth = max(5, report.claims.map(\.claim.id.rawValue.count).max() ?? 0)
        for label in ReportWording.labels {
            let claims = ReportWording.claims(report, label)
            lines.append("")
            lines.append(paint.verdict(label, "\(label.title.uppercased()) (\(claims.count))"))
            guard !claims.isEmpty else {
                lines.append("  (none)")
                continue
            }
            lines.append(
                "  " + pad("CLAIM", idWidth) + "  " + pad("CERTAINTY", 9) + "  "
                    + pad("COUNTED", 7) + "  STATEMENT")
            for assessment in claims {
                var flags: [String] = []
                if assessment.verdict != assessment.computedVerdict {
                    flags.append("computed \(assessment.computedVerdict.rawValue), overridden")
                }
                if assessment.isReviewStale { flags.append("review stale") }
                let prefix =
                    "  " + pad(assessment.claim.id.rawValue, idWidth) + "  "
                    + pad(assessment.certainty.label, 9) + "  "
                    + pad(ReportWording.counted(assessment), 7) + "  "
                var statement = assessment.claim.statement
                if !flags.isEmpty {
                    statement = "[" + flags.joined(separator: "; ") + "] " + statement
                }
                let room = max(20, width - prefix.count)
                if statement.count > room { statement = String(statement.prefix(room - 1)) + "…" }
                lines.append(prefix + statement)
                lines += wrap(assessment.rationale, indent: "      ")
            }
        }
        let reviewed = report.claims.filter { !$0.reviews.isEmpty }
        if !reviewed.isEmpty {
            let stale = reviewed.filter(\.isReviewStale).count
            lines.append("")
            let noun = reviewed.count == 1 ? "claim" : "claims"
            lines.append(paint.bold("REVIEWS (\(reviewed.count) \(noun), \(stale) stale)"))
            for assessment in reviewed {
                for state in assessment.reviews {
                    lines.append(
                        "  " + pad(assessment.claim.id.rawValue, idWidth) + "  "
                            + ReportWording.review(state))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` in lines of at most ``width`` characters (longer words stay whole), indented.
    private static func wrap(_ text: String, indent: String) -> [String] {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ") {
            if line.count > indent.count, line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
            }
            line += (line.count > indent.count ? " " : "") + word
        }
        if line.count > indent.count { lines.append(line) }
        return lines
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
