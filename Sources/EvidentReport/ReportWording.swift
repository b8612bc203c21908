import EvidentModel

/// Shared wording of verdicts and summaries, so every format says the same thing.
enum ReportWording {
    /// Labels in report order: supported, weak, unsupported, contradicted.
    static let labels = VerdictLabel.allCases

    /// `38 claims: 9 supported, 15 weak, 6 unsupported, 8 contradicted`.
    static func summary(_ report: EvidenceReport) -> String {
        let counts = labels.map { "\(claims(report, $0).count) \($0.rawValue)" }
        let noun = report.claims.count == 1 ? "claim" : "claims"
        return "\(report.claims.count) \(noun): " + counts.joined(separator: ", ")
    }

    /// The claims whose verdict in force has `label`, in claim-id order.
    static func claims(_ report: EvidenceReport, _ label: VerdictLabel) -> [ClaimAssessment] {
        report.claims.filter { VerdictLabel($0) == label }
    }

    /// A signed step change: `+1`, `-2`; a start prints as its level.
    static func change(_ step: GradingStep) -> String {
        if step.domain == .start { return Certainty(score: step.change).label }
        return step.change > 0 ? "+\(step.change)" : "\(step.change)"
    }

    /// `supported`, `contradicted`, or `weak (computed: unsupported)` when a review overrides.
    static func verdictText(_ assessment: ClaimAssessment) -> String {
        var text = VerdictLabel(assessment).rawValue
        if assessment.verdict != assessment.computedVerdict {
            text += " (computed: \(assessment.computedVerdict.rawValue))"
        }
        return text
    }

    /// `Reviewed by Ann Lee on 2026-11-20: supported. Reason.`
    static func review(_ review: Review) -> String {
        "Reviewed by \(review.reviewer) on \(review.date): \(review.decision.rawValue). "
            + review.reason
    }

    /// `3 of 5` counted citations.
    static func counted(_ assessment: ClaimAssessment) -> String {
        "\(assessment.citations.filter(\.counted).count) of \(assessment.citations.count)"
    }
}
