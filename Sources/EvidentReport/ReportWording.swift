import EvidentModel

/// Shared wording of verdicts and summaries, so every format says the same thing.
enum ReportWording {
    /// Verdicts in report order: supported, weak, unsupported.
    static let verdicts: [Verdict] = [.supported, .weak, .unsupported]

    /// `35 claims: 5 supported, 12 weak, 18 unsupported`.
    static func summary(_ report: EvidenceReport) -> String {
        let counts = verdicts.map { "\(report.count($0)) \($0.rawValue)" }
        let noun = report.claims.count == 1 ? "claim" : "claims"
        return "\(report.claims.count) \(noun): " + counts.joined(separator: ", ")
    }

    /// `Supported`, `Weak`, `Unsupported`.
    static func title(_ verdict: Verdict) -> String {
        switch verdict {
        case .supported: return "Supported"
        case .weak: return "Weak"
        case .unsupported: return "Unsupported"
        }
    }

    /// The claims with a verdict in force, in claim-id order.
    static func claims(_ report: EvidenceReport, _ verdict: Verdict) -> [ClaimAssessment] {
        report.claims.filter { $0.verdict == verdict }
    }

    /// A signed step change: `+1`, `-2`; a start prints as its level.
    static func change(_ step: GradingStep) -> String {
        if step.domain == .start { return Certainty(score: step.change).label }
        return step.change > 0 ? "+\(step.change)" : "\(step.change)"
    }

    /// `supported` or `weak (computed: unsupported)` when a review overrides.
    static func verdictText(_ assessment: ClaimAssessment) -> String {
        var text = assessment.verdict.rawValue
        if assessment.contradicted { text += ", contradicted" }
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
