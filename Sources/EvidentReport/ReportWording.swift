import EvidentModel

/// Shared wording of verdicts and summaries, so every format (and the review app) says the
/// same thing.
public enum ReportWording {
    /// Labels in report order: supported, weak, unsupported, contradicted.
    public static let labels = VerdictLabel.allCases

    /// `38 claims: 9 supported, 15 weak, 6 unsupported, 8 contradicted`.
    public static func summary(_ report: EvidenceReport) -> String {
        let counts = labels.map { "\(claims(report, $0).count) \($0.rawValue)" }
        let noun = report.claims.count == 1 ? "claim" : "claims"
        return "\(report.claims.count) \(noun): " + counts.joined(separator: ", ")
    }

    /// The claims whose verdict in force has `label`, in claim-id order.
    public static func claims(_ report: EvidenceReport, _ label: VerdictLabel) -> [ClaimAssessment]
    {
        report.claims.filter { VerdictLabel($0) == label }
    }

    /// A signed step change: `+1`, `-2`; a start prints as its level.
    public static func change(_ step: GradingStep) -> String {
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

    /// `Approved by Ann Lee on 2026-11-20: Reason.`, `Overridden to weak by …`, followed by
    /// `Stale: …` when the evidence changed since.
    public static func review(_ state: ReviewState) -> String {
        let review = state.review
        var text = "\(decision(review)) by \(review.reviewer) on \(review.date): \(review.reason)"
        if state.isStale { text += " " + stale(state) }
        return text
    }

    /// `Approved`, `Rejected`, `Overridden to weak`.
    public static func decision(_ review: Review) -> String {
        switch review.decision {
        case .approve: return "Approved"
        case .reject: return "Rejected"
        case .override: return "Overridden to \(review.verdict?.rawValue ?? "?")"
        }
    }

    /// `Stale: citation 'pmid:1' added since the review; …`.
    public static func stale(_ state: ReviewState) -> String {
        "Stale: " + state.staleReasons.joined(separator: "; ") + "."
    }

    /// Where a claim's sign-off stands: `unreviewed`, `approved`, `rejected`, `overridden`
    /// or `stale` (the review in force no longer matches the evidence).
    public static func reviewState(_ assessment: ClaimAssessment) -> String {
        guard let last = assessment.reviews.last else { return "unreviewed" }
        if last.isStale { return "stale" }
        switch last.review.decision {
        case .approve: return "approved"
        case .reject: return "rejected"
        case .override: return "overridden"
        }
    }

    /// `3 of 5` counted citations.
    static func counted(_ assessment: ClaimAssessment) -> String {
        "\(assessment.citations.filter(\.counted).count) of \(assessment.citations.count)"
    }
}
