import EvidentModel
import Foundation

/// A Markdown audit report: summary, one table per verdict, then each claim with its steps
/// and evidence.
public enum MarkdownReporter: Reporter {
    /// `markdown`.
    public static let identifier = "markdown"
    /// Description.
    public static let summary = "audit report in Markdown (tables, steps, evidence)"
    /// `md`.
    public static let fileExtension = "md"

    /// Renders the Markdown.
    public static func generate(_ report: EvidenceReport, options: ReportOptions) -> String {
        var out: [String] = []
        out.append("# Evidence report")
        out.append("")
        out.append(
            "Knowledge base `\(report.kbHash)` · evident \(report.toolVersion) · generated "
                + report.generatedAt)
        out.append("")
        out.append("**" + ReportWording.summary(report) + "**")
        out.append("")
        out.append("| Verdict | Claims |")
        out.append("|---|---:|")
        for label in ReportWording.labels {
            out.append("| \(label.title) | \(ReportWording.claims(report, label).count) |")
        }
        for label in ReportWording.labels {
            let claims = ReportWording.claims(report, label)
            guard !claims.isEmpty else { continue }
            out.append("")
            out.append("## \(label.title) (\(claims.count))")
            out.append("")
            out.append("| Claim | Certainty | Statement |")
            out.append("|---|---|---|")
            for assessment in claims {
                out.append(
                    "| [\(assessment.claim.id)](#\(assessment.claim.id)) | "
                        + "\(assessment.certainty.label) | "
                        + cell(assessment.claim.statement) + " |")
            }
        }
        out.append("")
        out.append("## Claims")
        for assessment in report.claims {
            out.append("")
            out.append(contentsOf: section(assessment))
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func section(_ assessment: ClaimAssessment) -> [String] {
        var out: [String] = []
        let claim = assessment.claim
        out.append("### \(claim.id)")
        out.append("")
        out.append("> " + inline(claim.quote))
        out.append("")
        out.append("- Statement: " + inline(claim.statement))
        out.append("- Verdict: **\(ReportWording.verdictText(assessment))**")
        out.append("- Certainty: \(assessment.certainty.label)")
        out.append("- Rationale: " + inline(assessment.rationale))
        out.append("- Rule: " + inline(assessment.verdictReason))
        for state in assessment.reviews {
            out.append(
                "- Review\(state.isStale ? " (**stale**)" : ""): "
                    + inline(ReportWording.review(state)))
        }
        if !assessment.steps.isEmpty {
            out.append("")
            out.append("Grading steps:")
            out.append("")
            for step in assessment.steps {
                out.append(
                    "1. **\(step.domain.label)** (\(ReportWording.change(step))): "
                        + inline(step.reason))
            }
        }
        if !assessment.citations.isEmpty {
            out.append("")
            out.append("| Reference | Stance | Design | Level | Population | Counted | Retracted |")
            out.append("|---|---|---|---:|---|---|---|")
            for citation in assessment.citations {
                out.append(
                    "| \(cell(citation.reference.description)) | \(citation.stance.rawValue) | "
                        + "\(citation.design.label) | \(citation.level) | "
                        + "\(citation.population.label) | " + (citation.counted ? "yes" : "no")
                        + " | " + (citation.retracted ? "**retracted**" : "no") + " |")
            }
            out.append("")
            for (index, citation) in assessment.citations.enumerated() {
                out.append("\(index + 1). " + inline(citation.formatted))
            }
        }
        return out
    }

    private static func inline(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ")
    }

    private static func cell(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "|", with: "\\|")
    }
}
