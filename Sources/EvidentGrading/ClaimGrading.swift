import EvidentModel

/// The verdict for one claim from its weighed citations, by the policy's written semantics:
///
/// - *supported*: full support (not only `mixed` or `fit: partial`) that is consistent and
///   reaches `verdict.supported-minimum` certainty;
/// - *weak*: real support that falls short of that (low certainty, inconsistent, or only a
///   weaker or narrower form supported);
/// - *unsupported*: nothing that can bear the claim's kind supports it;
/// - *contradicted* (with unsupported): nothing bears it out, and the citations that show it
///   wrong, or good trials that found no effect, reach `verdict.contradicted-minimum`; those
///   appraised `fit: partial` (they tested only a narrower form) never make it contradicted.
struct ClaimGrading {
    let claim: Claim
    let kind: Policy.Kind
    /// The policy, shared (not copied per claim: it has dozens of fields).
    let shared: SharedPolicy
    let citations: [WeighedCitation]

    func run() -> ClaimAssessment {
        let support = citations.filter { $0.side == .support }
        let partial = citations.filter { $0.side == .partialSupport }
        let opposing = citations.filter { $0.side == .null || $0.side == .against }
        // Only evidence that tested the statement as worded can show it false: a study
        // appraised `fit: partial` found no effect on, or contradicts, a narrower form of it.
        let refuting = citations.filter {
            !$0.partialFit && ($0.side == .against || ($0.side == .null && $0.trial))
        }
        let minimum = shared.policy.verdict.supportedMinimum

        if !support.isEmpty {
            let steps = body(.support, support).steps(opposing: opposing)
            let certainty = Self.certainty(steps)
            let inconsistent = steps.contains { $0.domain == .inconsistency }
            let indirect =
                shared.policy.verdict.surrogateOnlyIsWeak
                && support.allSatisfy { $0.outcomeDistance > 0 }
            if certainty >= minimum && !inconsistent && !indirect {
                return finish(
                    .supported, certainty: certainty, steps: steps,
                    reason: "Consistent support with \(certainty.label) certainty; supported "
                        + "needs \(minimum.label) or higher.",
                    rationale: supportedRationale(support, certainty))
            }
            let reason: String
            if inconsistent {
                reason = "Support is inconsistent, so at best weak (\(certainty.label) certainty)."
            } else if indirect, certainty >= minimum {
                reason =
                    "Support measured only outcomes further from people than the claim's, so at "
                    + "best weak (\(certainty.label) certainty)."
            } else {
                reason =
                    "Support with \(certainty.label) certainty; supported needs "
                    + "\(minimum.label) or higher."
            }
            return finish(
                .weak, certainty: certainty, steps: steps, reason: reason,
                rationale: weakRationale(
                    support: support, partial: partial, opposing: opposing, steps: steps,
                    certainty: certainty))
        }
        if !partial.isEmpty, kind.partialSupportPreventsContradiction {
            return partialOnly(partial, opposing: opposing)
        }
        if !refuting.isEmpty {
            let steps = body(.against, refuting).steps()
            let certainty = Self.certainty(steps)
            let needed = shared.policy.verdict.contradictedMinimum
            if certainty >= needed {
                return finish(
                    .unsupported, contradicted: true, certainty: certainty, steps: steps,
                    reason: "The evidence against it reaches \(certainty.label) certainty "
                        + "(contradicted needs \(needed.label)) and nothing bears it out.",
                    rationale: contradictedRationale(refuting, partial: partial, certainty))
            }
        }
        if !partial.isEmpty { return partialOnly(partial, opposing: opposing) }
        return finish(
            .unsupported, certainty: .veryLow, steps: [],
            reason: "No qualifying evidence: " + noEvidenceReason() + ".",
            rationale: unsupportedRationale(opposing))
    }

    private func partialOnly(
        _ partial: [WeighedCitation], opposing: [WeighedCitation]
    ) -> ClaimAssessment {
        let steps = body(.support, partial).steps(opposing: opposing)
        let certainty = Self.certainty(steps)
        return finish(
            .weak, certainty: certainty, steps: steps,
            reason: "Only part of the statement, or a weaker form of it, is supported "
                + "(\(certainty.label) certainty): at best weak.",
            rationale: weakRationale(
                support: [], partial: partial, opposing: opposing, steps: steps,
                certainty: certainty))
    }

    private func body(_ role: EvidenceBody.Role, _ citations: [WeighedCitation]) -> EvidenceBody {
        EvidenceBody(role: role, citations: citations, kind: kind, shared: shared, claim: claim)
    }

    private static func certainty(_ steps: [GradingStep]) -> Certainty {
        Certainty(score: steps.reduce(0) { $0 + $1.change })
    }

    private func finish(
        _ verdict: Verdict, contradicted: Bool = false, certainty: Certainty,
        steps: [GradingStep], reason: String, rationale: String
    ) -> ClaimAssessment {
        ClaimAssessment(
            claim: claim, computedVerdict: verdict, contradicted: contradicted,
            certainty: certainty, steps: steps, citations: [], verdictReason: reason,
            rationale: rationale)
    }

    // MARK: - Rationale: one plain sentence

    private func supportedRationale(_ support: [WeighedCitation], _ certainty: Certainty)
        -> String
    {
        "Supported (\(certainty.label) certainty): "
            + Wording.described(support, "supports", "support")
            + " it, and nothing of similar quality disagrees."
    }

    private func weakRationale(
        support: [WeighedCitation], partial: [WeighedCitation], opposing: [WeighedCitation],
        steps: [GradingStep], certainty: Certainty
    ) -> String {
        var parts: [String] = []
        if !support.isEmpty {
            parts.append(Wording.described(support, "supports", "support") + " it")
        }
        let mixed = partial.filter { $0.stance == .mixed }
        let weaker = partial.filter { $0.stance != .mixed }
        if !weaker.isEmpty {
            parts.append(
                Wording.described(weaker, "supports", "support")
                    + " only a weaker or narrower form of it")
        }
        if !mixed.isEmpty {
            parts.append(Wording.described(mixed, "is", "are") + " mixed")
        }
        parts += Self.disagreement(opposing)
        let limits = steps.filter { $0.change < 0 }.map { step -> String in
            switch step.domain {
            case .riskOfBias: return "risk of bias"
            case .inconsistency: return "inconsistent results"
            case .indirectness: return "indirect evidence"
            case .imprecision: return "too few studies or people"
            case .publicationBias: return "industry funding only"
            case .start, .upgrade: return ""
            }
        }.filter { !$0.isEmpty }
        var sentence = "Weak (\(certainty.label) certainty): " + parts.joined(separator: "; ")
        if !limits.isEmpty {
            sentence += " (limited by " + Wording.list(Wording.orderedUnique(limits)) + ")"
        }
        return sentence + "."
    }

    private func contradictedRationale(
        _ refuting: [WeighedCitation], partial: [WeighedCitation], _ certainty: Certainty
    ) -> String {
        let against = refuting.filter { $0.side == .against }
        let nulls = refuting.filter { $0.side == .null }
        var parts: [String] = []
        if !against.isEmpty {
            parts.append(Wording.described(against, "shows", "show") + " it is wrong")
        }
        if !nulls.isEmpty {
            parts.append(Wording.described(nulls) + " found no effect")
        }
        var sentence =
            "Contradicted (\(certainty.label) certainty): " + parts.joined(separator: "; ")
        if partial.isEmpty {
            sentence += ", and nothing that can bear \(kind.describe) supports it."
        } else {
            sentence +=
                "; " + Wording.described(partial, "confirms", "confirm") + " only part of it."
        }
        return sentence
    }

    private func unsupportedRationale(_ opposing: [WeighedCitation]) -> String {
        if citations.isEmpty { return "Unsupported: no evidence is cited." }
        var sentence = "Unsupported: nothing cited that can bear \(kind.describe) supports it"
        if !opposing.isEmpty {
            sentence +=
                "; " + Self.disagreement(opposing).joined(separator: "; ")
                + ", not enough to show it wrong"
        }
        let excluded = citations.filter { !$0.counted && $0.stance != .background }
        if !excluded.isEmpty {
            let reasons = Wording.orderedUnique(excluded.map(Self.short))
            let groups = reasons.map { reason in
                reason + ": "
                    + Wording.some(excluded.filter { Self.short($0) == reason })
            }
            sentence += " (" + groups.joined(separator: "; ") + ")"
        } else if opposing.isEmpty {
            let background = citations.filter { $0.stance == .background }.count
            if background == citations.count {
                sentence +=
                    " (" + Wording.count(background, "citation is", "citations are")
                    + " background only)"
            }
        }
        return sentence + "."
    }

    /// What the citations that disagree did: `A and B found no effect`, `C contradicts it`.
    /// A regulator's or guideline's null is an effect it did not find established.
    static func disagreement(_ opposing: [WeighedCitation]) -> [String] {
        let assessments: Set<StudyDesign> = [.regulatory, .guideline, .reference]
        let nulls = opposing.filter {
            $0.side == .null && !assessments.contains($0.classification.design)
        }
        let unproven = opposing.filter {
            $0.side == .null && assessments.contains($0.classification.design)
        }
        let against = opposing.filter { $0.side == .against }
        var parts: [String] = []
        for (group, narrower) in [(nulls, false), (nulls, true)] {
            let some = group.filter { $0.partialFit == narrower }
            guard !some.isEmpty else { continue }
            parts.append(
                Wording.described(some) + " found no effect"
                    + (narrower ? " on a narrower form" : ""))
        }
        if !unproven.isEmpty {
            parts.append(Wording.described(unproven) + " did not find it established")
        }
        for narrower in [false, true] {
            let some = against.filter { $0.partialFit == narrower }
            guard !some.isEmpty else { continue }
            parts.append(
                Wording.described(some, "contradicts", "contradict")
                    + (narrower ? " a narrower form of it" : " it"))
        }
        return parts
    }

    /// An exclusion without the kind it cannot bear (`done in animals`).
    private static func short(_ citation: WeighedCitation) -> String {
        citation.exclusionCause ?? "not counted"
    }

    private func noEvidenceReason() -> String {
        if citations.isEmpty { return "no reference is cited" }
        var counts: [(String, Int)] = []
        for citation in citations {
            let why = citation.exclusion ?? "not decisive"
            if let index = counts.firstIndex(where: { $0.0 == why }) {
                counts[index].1 += 1
            } else {
                counts.append((why, 1))
            }
        }
        return counts.map { Wording.count($0.1, "citation", "citations") + " " + $0.0 }
            .joined(separator: "; ")
    }
}
