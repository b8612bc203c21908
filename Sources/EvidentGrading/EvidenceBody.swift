import EvidentModel

/// GRADE over one body of evidence for a claim (the support, or the evidence against it):
/// start from the best design, rate down for risk of bias, indirectness, imprecision,
/// inconsistency and publication bias, rate up from a low start; every step recorded.
struct EvidenceBody {
    /// Which body is graded.
    enum Role {
        /// The citations supporting the claim (fully or partly).
        case support
        /// The citations showing it wrong or finding no effect.
        case against
    }

    let role: Role
    let citations: [WeighedCitation]
    let kind: Policy.Kind
    /// The policy, shared (not copied per body).
    let shared: SharedPolicy
    let claim: Claim

    /// The best-designed citations (highest start), where GRADE rates certainty.
    var tier: [WeighedCitation] {
        let best = citations.map(\.start).max() ?? 0
        return citations.filter { $0.start == best }
    }

    /// The steps, given the citations on the other side (for inconsistency).
    func steps(opposing: [WeighedCitation] = []) -> [GradingStep] {
        let tier = tier
        guard let first = tier.first else { return [] }
        var steps: [GradingStep] = []
        let designs = Wording.orderedUnique(tier.map(\.classification.design.label))
        let scope: String
        switch kind.grading {
        case .studies: scope = ""
        case .authority: scope = "graded by analyses and reference works, not trials; "
        case .regulatory: scope = "graded by regulatory sources only, not trials; "
        }
        let side = role == .support ? "supporting" : "refuting"
        steps.append(
            GradingStep(
                domain: .start, change: first.start,
                reason: "Starts \(Certainty(score: first.start).label): " + scope
                    + "the best \(side) evidence is " + Wording.list(designs) + " ("
                    + Wording.names(tier) + ").",
                references: Wording.keys(tier)))
        // A kind rates a handful of domains: searched in place, not hashed into a set per claim.
        let domains = kind.domains
        if domains.contains(.riskOfBias), let step = riskOfBias(tier) { steps.append(step) }
        if domains.contains(.indirectness) { steps += indirectness(tier) }
        if domains.contains(.imprecision), let step = imprecision(tier) { steps.append(step) }
        if role == .support {
            if domains.contains(.inconsistency), let step = inconsistency(opposing) {
                steps.append(step)
            }
            if domains.contains(.publicationBias), let step = publicationBias(tier) {
                steps.append(step)
            }
            if let step = upgrade(start: first.start, steps: steps) { steps.append(step) }
        }
        return steps
    }

    // MARK: - Domains

    private func riskOfBias(_ tier: [WeighedCitation]) -> GradingStep? {
        let flagged = tier.filter(\.highRisk)
        guard !flagged.isEmpty,
            Double(flagged.count) / Double(tier.count) >= shared.policy.riskOfBias.flaggedShare
        else { return nil }
        let concerned = flagged.filter(\.classification.concern)
        let reason =
            concerned.count == flagged.count
            ? "An expression of concern was published about " + Wording.names(flagged) + "."
            : "Much of the best evidence is at high risk of bias: " + Wording.names(flagged)
                + "."
        return GradingStep(
            domain: .riskOfBias, change: shared.policy.riskOfBias.highChange, reason: reason,
            references: Wording.keys(flagged))
    }

    private func indirectness(_ tier: [WeighedCitation]) -> [GradingStep] {
        let rules = shared.policy.indirectness
        var remaining = rules.cap
        var steps: [GradingStep] = []
        func add(_ change: Int, _ reason: String, _ refs: [WeighedCitation]) {
            let applied = max(change, remaining)
            guard applied < 0 else { return }
            remaining -= applied
            steps.append(
                GradingStep(
                    domain: .indirectness, change: applied, reason: reason,
                    references: Wording.keys(refs)))
        }
        if tier.allSatisfy(\.indirectPopulation) {
            let populations = Wording.orderedUnique(tier.map(\.classification.population.label))
            add(
                rules.populationChange,
                "The best evidence comes only from studies in " + Wording.list(populations) + " ("
                    + Wording.names(tier) + "), not from people.", tier)
        }
        let distance = tier.map(\.outcomeDistance).min() ?? 0
        if distance > 0, let outcome = claim.outcome {
            let measured = Wording.orderedUnique(
                tier.compactMap { $0.appraisal.outcome?.rawValue })
            add(
                distance * rules.outcomeChange,
                "The best evidence measured " + Wording.list(measured) + " outcomes ("
                    + Wording.names(tier) + "), not the claim's \(outcome.kind.rawValue) "
                    + "outcome, \(outcome.name).", tier)
        }
        if tier.allSatisfy(\.otherForm) {
            let used = Wording.orderedUnique(tier.flatMap(\.appraisal.forms))
            add(
                rules.formChange,
                "The best studies (" + Wording.names(tier) + ") used " + Wording.list(used)
                    + ", not a form the claim names.", tier)
        }
        if role == .support, tier.allSatisfy({ $0.side == .partialSupport }) {
            add(
                rules.fitChange,
                "The best supporting evidence (" + Wording.names(tier)
                    + ") bears out only part of the statement, or a weaker form of it.", tier)
        }
        return steps
    }

    private func imprecision(_ tier: [WeighedCitation]) -> GradingStep? {
        let rules = shared.policy.imprecision
        guard !tier.contains(where: \.pooled) else { return nil }
        let sizes = tier.compactMap(\.appraisal.participants)
        let human = tier.allSatisfy {
            [.humans, .mixed, .unknown].contains($0.classification.population)
        }
        // Saturating: a claim's appraisals are bounded, a cached claim from elsewhere may not be.
        let total = sizes.reduce(0) { $0.addingReportingOverflow($1).overflow ? .max : $0 + $1 }
        let sized = human && sizes.count == tier.count
        let few = tier.count < rules.minStudies && !(sized && total >= rules.enoughParticipants)
        let small = sized && total < rules.minParticipants
        let tiny = sized && total < rules.veryFewParticipants
        guard few || small else { return nil }
        var reasons: [String] = []
        if few {
            reasons.append(
                "only " + (tier.count == 1 ? "one study" : "\(tier.count) studies")
                    + " at the best design (" + Wording.names(tier) + ")")
        }
        if small { reasons.append("\(total) people in all") }
        let serious = (few && small) || tiny ? 2 : 1
        let text = reasons.joined(separator: ", ")
        return GradingStep(
            domain: .imprecision, change: rules.change * serious,
            reason: text.prefix(1).uppercased() + text.dropFirst()
                + ", and no pooled analysis or assessment.",
            references: Wording.keys(tier))
    }

    private func inconsistency(_ opposing: [WeighedCitation]) -> GradingStep? {
        let best = citations.map(\.score).max() ?? 0
        let serious = opposing.filter { $0.score >= best - shared.policy.inconsistency.margin }
        guard !serious.isEmpty else { return nil }
        let nulls = serious.filter { $0.side == .null }
        let against = serious.filter { $0.side == .against }
        var parts: [String] = []
        if !nulls.isEmpty { parts.append(Wording.names(nulls) + " found no effect") }
        if !against.isEmpty {
            let count = Wording.orderedUnique(against.map(Wording.name)).count
            parts.append(
                Wording.names(against) + (count == 1 ? " contradicts" : " contradict") + " it")
        }
        return GradingStep(
            domain: .inconsistency, change: shared.policy.inconsistency.change,
            reason: "Studies about as good as the support disagree: "
                + parts.joined(separator: "; ") + ".",
            references: Wording.keys(serious))
    }

    private func publicationBias(_ tier: [WeighedCitation]) -> GradingStep? {
        guard tier.allSatisfy({ $0.appraisal.funding == .industry }) else { return nil }
        return GradingStep(
            domain: .publicationBias, change: shared.policy.publicationBias.change,
            reason: "Every supporting study at the best design was funded by industry ("
                + Wording.names(tier) + ").",
            references: Wording.keys(tier))
    }

    private func upgrade(start: Int, steps: [GradingStep]) -> GradingStep? {
        let rules = shared.policy.upgrade
        guard start <= rules.maximumStart, !steps.contains(where: { $0.change < 0 }) else {
            return nil
        }
        let gradient = citations.filter { $0.appraisal.doseResponse == true }
        let large = citations.filter { $0.appraisal.largeEffect == true }
        var change = 0
        var reasons: [String] = []
        if !gradient.isEmpty {
            change += rules.doseResponseChange
            reasons.append("a dose-response gradient (" + Wording.names(gradient) + ")")
        }
        if !large.isEmpty {
            change += rules.largeEffectChange
            reasons.append("a large effect (" + Wording.names(large) + ")")
        }
        guard change > 0 else { return nil }
        let text = Wording.list(reasons)
        return GradingStep(
            domain: .upgrade, change: min(change, rules.cap),
            reason: "Rated up for " + text + ".", references: Wording.keys(gradient + large))
    }
}
