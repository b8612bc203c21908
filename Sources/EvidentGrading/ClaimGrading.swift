import EvidentModel

/// The GRADE-style run over one claim's weighed citations: start, downgrades, upgrade,
/// certainty, verdict.
struct ClaimGrading {
    let claim: Claim
    let path: Policy.Path
    let policy: Policy
    let citations: [WeighedCitation]
    let phrases: PolicyPhrases

    private var steps: [GradingStep] = []

    init(
        claim: Claim, path: Policy.Path, policy: Policy, citations: [WeighedCitation],
        phrases: PolicyPhrases? = nil
    ) {
        self.claim = claim
        self.path = path
        self.policy = policy
        self.citations = citations
        self.phrases = phrases ?? PolicyPhrases(policy)
    }

    mutating func run() -> ClaimAssessment {
        let counted = citations.filter(\.counted)
        guard let best = counted.map(\.start).max() else {
            return finish(
                verdict: .unsupported, contradicted: false, certainty: .veryLow,
                reason: "No qualifying evidence: " + noEvidenceReason() + ".")
        }
        let tier = counted.filter { $0.start == best }
        let share = policy.inconsistency.mixedShare
        let weightFor = counted.reduce(0.0) {
            $0
                + (($1.stance == .supports)
                    ? $1.weight : ($1.stance == .mixed ? $1.weight * share : 0))
        }
        let weightAgainst = counted.reduce(0.0) {
            $0
                + (($1.stance == .contradicts || $1.stance == .null)
                    ? $1.weight : ($1.stance == .mixed ? $1.weight * share : 0))
        }
        let designs = orderedUnique(tier.map(\.classification.design.label))
        let scope: String
        switch path.kind {
        case .studies: scope = ""
        case .authority: scope = "graded by analyses and reference works, not trials; "
        case .regulatory: scope = "graded by regulatory sources only, not trials; "
        }
        steps.append(
            GradingStep(
                domain: .start, change: best,
                reason: "Starts \(Certainty(score: best).label): " + scope
                    + "the best counted evidence is " + list(designs) + " (" + names(tier) + ").",
                references: keys(tier)))
        let domains = Set(path.domains)
        if domains.contains(.riskOfBias) { riskOfBias(tier) }
        if domains.contains(.inconsistency) {
            inconsistency(counted, weightFor: weightFor, weightAgainst: weightAgainst)
        }
        if domains.contains(.indirectness) { indirectness(tier) }
        if domains.contains(.imprecision) { imprecision(tier) }
        if domains.contains(.publicationBias) { publicationBias(tier) }
        upgrade(counted, best: best)
        let score = steps.reduce(0) { $0 + $1.change }
        let certainty = Certainty(score: score)
        return decide(
            certainty: certainty, counted: counted, weightFor: weightFor,
            weightAgainst: weightAgainst)
    }

    // MARK: - Domains

    private mutating func riskOfBias(_ tier: [WeighedCitation]) {
        let rule = policy.riskOfBias
        let concerned = tier.filter(\.classification.concern)
        if !concerned.isEmpty {
            steps.append(
                GradingStep(
                    domain: .riskOfBias, change: rule.change,
                    reason: "An expression of concern was published about "
                        + names(concerned) + ".",
                    references: keys(concerned)))
            return
        }
        let flagged = tier.filter { $0.text.containsAny(phrases.riskOfBiasFlags) }
        let total = tier.reduce(0.0) { $0 + $1.weight }
        let flaggedWeight = flagged.reduce(0.0) { $0 + $1.weight }
        guard !flagged.isEmpty, total > 0, flaggedWeight / total >= rule.flaggedShare else {
            return
        }
        let details = flagged.map { citation in
            let phrases = citation.text.matches(phrases.riskOfBiasFlags).map { "“\($0)”" }
            return "\(name(citation)) (\(list(phrases)))"
        }
        steps.append(
            GradingStep(
                domain: .riskOfBias, change: rule.change,
                reason: "Much of the best evidence has a noted risk of bias: "
                    + list(details) + ".",
                references: keys(flagged)))
    }

    private mutating func inconsistency(
        _ counted: [WeighedCitation], weightFor: Double, weightAgainst: Double
    ) {
        let rule = policy.inconsistency
        guard weightFor > 0, weightAgainst > 0 else { return }
        let ratio = min(weightFor, weightAgainst) / max(weightFor, weightAgainst)
        guard ratio >= rule.seriousRatio else { return }
        let pro = counted.filter { $0.stance == .supports }
        let contra = counted.filter { $0.stance == .contradicts || $0.stance == .null }
        let mixed = counted.filter { $0.stance == .mixed }
        var sides: [String] = []
        if !pro.isEmpty {
            sides.append(names(pro) + (pro.count == 1 ? " supports" : " support") + " the claim")
        }
        if !contra.isEmpty {
            sides.append(
                names(contra) + (contra.count == 1 ? " finds" : " find")
                    + " no effect or the opposite")
        }
        if !mixed.isEmpty {
            sides.append(
                names(mixed) + (mixed.count == 1 ? " reports" : " report") + " mixed findings")
        }
        steps.append(
            GradingStep(
                domain: .inconsistency, change: rule.change,
                reason: "Studies disagree with similar weight (for \(format(weightFor)), "
                    + "against \(format(weightAgainst))): " + sides.joined(separator: "; ")
                    + ".",
                references: keys(counted)))
    }

    private mutating func indirectness(_ tier: [WeighedCitation]) {
        let rule = policy.indirectness
        var remaining = -2
        func add(_ change: Int, _ reason: String, _ refs: [WeighedCitation]) {
            let applied = max(change, remaining)
            guard applied < 0 else { return }
            remaining -= applied
            steps.append(
                GradingStep(
                    domain: .indirectness, change: applied, reason: reason,
                    references: keys(refs)))
        }
        let supporting = tier.filter(\.supports)
        if tier.allSatisfy(\.classification.isMechanistic) {
            let populations = orderedUnique(tier.map(\.classification.population.label))
            add(
                rule.mechanisticChange,
                "The best evidence comes only from studies in " + list(populations) + " ("
                    + names(tier) + "), not from people.", tier)
        }
        if let outcome = claim.outcome, rule.indirectOutcomeKinds.contains(outcome.kind) {
            add(
                rule.outcomeChange,
                "The claim's outcome, \(outcome.name), is a \(outcome.kind.rawValue) outcome: "
                    + "it stands in for what matters to patients.", tier)
        } else if let outcome = claim.outcome, outcome.kind == .clinical, !supporting.isEmpty,
            supporting.allSatisfy({
                $0.text.containsAny(phrases.surrogates)
                    && !$0.text.containsAny(phrases.clinical)
            })
        {
            let measured = Self.specific(
                orderedUnique(supporting.flatMap { $0.text.matches(phrases.surrogates) }))
            add(
                rule.surrogateEvidenceChange,
                "The supporting studies (" + names(supporting) + ") measured surrogates ("
                    + list(measured) + "), not \(outcome.name).", supporting)
        }
        let accepted = acceptedForms()
        if !accepted.isEmpty, !supporting.isEmpty {
            let studied = supporting.map { forms(in: $0.text) }
            if studied.allSatisfy({ !$0.isEmpty && $0.isDisjoint(with: accepted.map(\.name)) }) {
                let used = orderedUnique(studied.flatMap { $0.sorted() })
                add(
                    rule.formChange,
                    "The supporting studies (" + names(supporting) + ") used " + list(used)
                        + ", not " + list(accepted.map(\.name)) + " as claimed.", supporting)
            }
        }
    }

    private mutating func imprecision(_ tier: [WeighedCitation]) {
        let rule = policy.imprecision
        guard !tier.contains(where: { rule.pooledDesigns.contains($0.classification.design) }),
            tier.count < rule.minStudies
        else { return }
        steps.append(
            GradingStep(
                domain: .imprecision, change: rule.change,
                reason: "Only \(tier.count == 1 ? "one study" : "\(tier.count) studies") at the "
                    + "best design (" + names(tier) + "), and no pooled analysis or assessment.",
                references: keys(tier)))
    }

    private mutating func publicationBias(_ tier: [WeighedCitation]) {
        let rule = policy.publicationBias
        let supporting = tier.filter { $0.stance == .supports }
        let flagTerms = phrases.publicationBiasFlags
        guard !supporting.isEmpty, supporting.allSatisfy({ $0.text.containsAny(flagTerms) })
        else { return }
        let flags = orderedUnique(supporting.flatMap { $0.text.matches(flagTerms) })
        steps.append(
            GradingStep(
                domain: .publicationBias, change: rule.change,
                reason: "Every supporting study at the best design is flagged (" + list(flags)
                    + "): " + names(supporting) + ".",
                references: keys(supporting)))
    }

    private mutating func upgrade(_ counted: [WeighedCitation], best: Int) {
        let rule = policy.upgrade
        guard best <= rule.maximumStart, !steps.contains(where: { $0.change < 0 }) else { return }
        let gradient = counted.filter {
            $0.stance == .supports && $0.text.containsAny(phrases.doseResponse)
        }
        guard !gradient.isEmpty else { return }
        steps.append(
            GradingStep(
                domain: .upgrade, change: rule.change,
                reason: "A dose-response gradient was seen (" + names(gradient) + ").",
                references: keys(gradient)))
    }

    // MARK: - Verdict

    private func decide(
        certainty: Certainty, counted: [WeighedCitation], weightFor: Double,
        weightAgainst: Double
    ) -> ClaimAssessment {
        let balance = "for \(format(weightFor)), against \(format(weightAgainst))"
        let contradicted = weightAgainst > weightFor * policy.verdict.contradictedRatio
        if weightAgainst >= weightFor {
            let reason =
                contradicted
                ? "The weight of evidence is against the claim (\(balance))."
                : "Evidence for and against weighs the same (\(balance))."
            return finish(
                verdict: .unsupported, contradicted: contradicted, certainty: certainty,
                reason: reason)
        }
        let minimum = policy.verdict.supportedMinimum
        var verdict: Verdict = certainty >= minimum ? .supported : .weak
        var reason =
            "The evidence favours the claim (\(balance)) with \(certainty.label) certainty; "
            + "supported needs \(minimum.label) or higher."
        let supporting = counted.filter(\.supports)
        if path.kind == .studies, !supporting.isEmpty,
            supporting.allSatisfy(\.classification.isMechanistic),
            path.mechanisticOnlyVerdict > verdict
        {
            verdict = path.mechanisticOnlyVerdict
            reason +=
                " All supporting evidence comes from animal or in-vitro studies, so at best "
                + "\(verdict.rawValue)."
        }
        return finish(
            verdict: verdict, contradicted: contradicted, certainty: certainty, reason: reason)
    }

    private func finish(
        verdict: Verdict, contradicted: Bool, certainty: Certainty, reason: String
    ) -> ClaimAssessment {
        ClaimAssessment(
            claim: claim, computedVerdict: verdict, contradicted: contradicted,
            certainty: certainty, steps: steps, citations: [], verdictReason: reason)
    }

    private func noEvidenceReason() -> String {
        if citations.isEmpty { return "no reference is cited" }
        var counts: [(String, Int)] = []
        for citation in citations {
            let why = citation.exclusion ?? "not counted"
            if let index = counts.firstIndex(where: { $0.0 == why }) {
                counts[index].1 += 1
            } else {
                counts.append((why, 1))
            }
        }
        let parts = counts.map { "\($0.1) \($0.1 == 1 ? "citation" : "citations") \($0.0)" }
        return parts.joined(separator: "; ")
    }

    /// The most specific phrases: drops a phrase contained in another one, and generic words
    /// (`surrogate`, `biomarker`) when something more telling matched.
    static func specific(_ phrases: [String]) -> [String] {
        let generic: Set<String> = ["surrogate", "biomarker", "biomarkers"]
        let nested = phrases.filter { phrase in
            !phrases.contains { $0 != phrase && $0.contains(phrase) }
        }
        let telling = nested.filter { !generic.contains($0) }
        return telling.isEmpty ? nested : telling
    }

    // MARK: - Forms

    private func acceptedForms() -> [Policy.Form] {
        let subjects = TextMatcher(claim.subjects.joined(separator: " ; "))
        let forms = policy.indirectness.forms
        let named = forms.indices.filter { subjects.containsAny(phrases.forms[$0]) }.map {
            forms[$0]
        }
        let specific = named.filter { !$0.generic }
        if !specific.isEmpty { return specific }
        let families = Set(named.map(\.family))
        return policy.indirectness.forms.filter { families.contains($0.family) }
    }

    private func forms(in text: TextMatcher) -> Set<String> {
        let forms = policy.indirectness.forms
        return Set(
            forms.indices.filter { text.containsAny(phrases.forms[$0]) }.map {
                forms[$0].name
            })
    }

    // MARK: - Wording

    private func name(_ citation: WeighedCitation) -> String {
        guard let reference = citation.reference else { return citation.key.description }
        let author =
            reference.authors.first.flatMap { $0.last ?? $0.collective }
            ?? reference.publisher
        switch (author, reference.year) {
        case (let author?, let year?): return "\(author) \(year)"
        case (let author?, nil): return author
        default: return citation.key.description
        }
    }

    private func names(_ citations: [WeighedCitation]) -> String {
        orderedUnique(citations.map(name)).joined(separator: ", ")
    }

    private func keys(_ citations: [WeighedCitation]) -> [ReferenceKey] {
        orderedUnique(citations.map(\.key))
    }

    private func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}

private func orderedUnique<T: Hashable>(_ items: [T]) -> [T] {
    var seen = Set<T>()
    return items.filter { seen.insert($0).inserted }
}
