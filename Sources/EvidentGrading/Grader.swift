import Dispatch
import EvidentModel

/// Grades claims: classifies every cited reference, then applies the policy's GRADE-style
/// rules to reach a certainty, a verdict and a `contradicted` flag, recording every step.
///
/// No rule names a claim: the same rules run over every claim's evidence.
public struct Grader: Sendable {
    /// The policy.
    public let policy: Policy
    private let classifier: ReferenceClassifier
    private let forms: FormVocabulary
    /// The policy again, held once for every claim's grading (copying it per claim cost more
    /// than some of the grading).
    private let shared: SharedPolicy

    /// Creates a grader.
    public init(policy: Policy) {
        self.policy = policy
        self.classifier = ReferenceClassifier(policy: policy)
        self.forms = FormVocabulary(policy.forms)
        self.shared = SharedPolicy(policy)
    }

    /// Grades every claim of a knowledge base, in claim-id order. Reviews that lack a name, a
    /// valid date or a reason are not applied (see `reviewProblems(in:)`). A reference cited
    /// by several claims of a batch is classified once; a large knowledge base is graded in
    /// batches on every core (claims are independent; the result is the same, in order).
    public func grade(_ knowledgeBase: KnowledgeBase) -> [ClaimAssessment] {
        // The claims in id order, by position (sorting the claims themselves would move
        // every claim's fields twice).
        let claims = knowledgeBase.claims
        let order = claims.indices.sorted { claims[$0].id < claims[$1].id }
        let references = knowledgeBase.references
        let batches = claims.count >= Self.claimsPerBatch * 2 ? Self.batchCount : 1
        let size = (claims.count + batches - 1) / max(batches, 1)
        // Each batch writes its assessments straight into their places in the result (none is
        // copied from a batch's array into the whole, nor freed twice).
        return [ClaimAssessment](unsafeUninitializedCapacity: claims.count) { buffer, count in
            nonisolated(unsafe) let output = buffer
            let grade: @Sendable (Int) -> Void = { batch in
                let range =
                    min(batch * size, claims.count)..<min((batch + 1) * size, claims.count)
                guard !range.isEmpty, let base = output.baseAddress else { return }
                var classifications = ClassificationCache(
                    classifier: classifier, capacity: range.count * 3)
                for position in range {
                    (base + position).initialize(
                        to: assess(
                            claims[order[position]], references: references,
                            classifications: &classifications))
                }
            }
            if batches == 1 {
                grade(0)
            } else {
                DispatchQueue.concurrentPerform(iterations: batches, execute: grade)
            }
            count = claims.count
        }
    }

    /// Below twice this many claims, grading runs on one thread.
    static let claimsPerBatch = 1_000
    /// How many batches a large knowledge base is graded in (spread over the cores).
    static let batchCount = 8

    /// Problems with recorded reviews: each needs a reviewer's name, a `YYYY-MM-DD` date, a
    /// reason, and a verdict when it overrides.
    public func reviewProblems(in knowledgeBase: KnowledgeBase) -> [Diagnostic] {
        // Only claims with reviews can have problems: only they are sorted.
        knowledgeBase.claims.filter { !$0.reviews.isEmpty }.sorted { $0.id < $1.id }.flatMap {
            claim -> [Diagnostic] in
            let location = claim.location ?? SourceLocation(path: "Claims/\(claim.id)")
            return claim.reviews.flatMap(ReviewCheck.problems).map {
                Diagnostic(
                    location: location, severity: .error,
                    message: "review of claim '\(claim.id)' ignored: \($0)", id: "invalid-review")
            }
        }
    }

    /// Grades one claim against the references it cites.
    public func assess(_ claim: Claim, references: [ReferenceKey: Reference]) -> ClaimAssessment {
        var classifications = ClassificationCache(classifier: classifier)
        return assess(claim, references: references, classifications: &classifications)
    }

    private func assess(
        _ claim: Claim, references: [ReferenceKey: Reference],
        classifications: inout ClassificationCache
    ) -> ClaimAssessment {
        let kind = policy.kind(of: claim.category)
        let accepted = forms.accepted(by: claim.subjects)
        let weighed = claim.citations.map {
            weigh(
                $0, reference: references[$0.reference], claim: claim, kind: kind,
                accepted: accepted, classifications: &classifications)
        }
        let grading = ClaimGrading(claim: claim, kind: kind, shared: shared, citations: weighed)
        var outcome = grading.run()
        // The outcome holds the claim as graded: only its valid reviews (most claims have none,
        // and are not copied again for them).
        if !claim.reviews.isEmpty {
            outcome.claim.reviews = claim.reviews.filter { ReviewCheck.problems(in: $0).isEmpty }
            outcome.reviews = outcome.claim.reviews.map { ReviewState(review: $0) }
        }
        outcome.citations = weighed.map(assessment)
        return outcome
    }

    private func weigh(
        _ citation: Citation, reference: Reference?, claim: Claim, kind: Policy.Kind,
        accepted: Set<String>, classifications: inout ClassificationCache
    ) -> WeighedCitation {
        guard let reference else {
            return WeighedCitation(
                citation: citation, reference: nil,
                classification: ReferenceClassification(
                    design: .unknown, population: .unknown, level: EvidenceLevel(5),
                    reasoning: ["Not found in the knowledge base: not counted."]),
                exclusion: "not in the knowledge base",
                exclusionCause: "not in the knowledge base", start: 1, pooled: false, trial: false,
                highRisk: false, outcomeDistance: 0, indirectPopulation: false, otherForm: false,
                score: 1)
        }
        let appraisal = citation.appraisal ?? Appraisal()
        let classification = classifier.appraised(
            classifications.classify(reference, as: citation.reference), pools: appraisal.pools)
        let design = classification.design
        let synthesisOfObservational = design == .metaAnalysis && !classification.poolsTrials
        let outcome = appraisal.outcome ?? claim.outcome?.kind
        // Why it cannot bear the claim: the cause, and (for the kind's limits) the cause
        // followed by the kind it cannot bear.
        var cause: String?
        var boundByKind = true
        if classification.retracted {
            cause = "retracted"
            boundByKind = false
        } else if design == .notice {
            cause = "a notice, not evidence"
            boundByKind = false
        } else if citation.stance == .background {
            cause = "background only"
            boundByKind = false
        } else if !kind.counted.contains(design) {
            cause = design.label
        } else if synthesisOfObservational, !kind.counted.contains(.observational) {
            cause = "a synthesis of observational studies"
        } else if !kind.populations.contains(classification.population) {
            cause = "done in \(classification.population.label)"
        } else if let outcome, !kind.outcomes.contains(outcome) {
            cause = "measured a \(outcome.rawValue) outcome"
        }
        let exclusion = cause.map { boundByKind ? $0 + ": cannot bear " + kind.describe : $0 }
        let start: Int
        if let kindStart = kind.starts[design.rawValue] {
            start = kindStart
        } else if synthesisOfObservational {
            start = policy.classification.otherSynthesisStart
        } else {
            start = policy.start(of: design)
        }
        let highRisk = appraisal.riskOfBias == .high || classification.concern
        let distance = Self.distance(from: claim.outcome?.kind, to: outcome)
        let indirectPopulation = kind.indirectPopulations.contains(classification.population)
        let otherForm = forms.isOther(appraisal.forms, accepted: accepted)
        let rules = policy.indirectness
        var indirect = distance * rules.outcomeChange
        if indirectPopulation { indirect += rules.populationChange }
        if otherForm { indirect += rules.formChange }
        if appraisal.fit == .partial, citation.stance == .null || citation.stance == .contradicts {
            indirect += rules.fitChange
        }
        let score =
            start + (highRisk ? policy.riskOfBias.highChange : 0) + max(rules.cap, indirect)
        return WeighedCitation(
            citation: citation, reference: reference, classification: classification,
            exclusion: exclusion, exclusionCause: cause, start: start,
            pooled: policy.imprecision.pooledDesigns.contains(design),
            trial: policy.verdict.nullDesigns.contains(design) && !synthesisOfObservational,
            highRisk: highRisk, outcomeDistance: distance,
            indirectPopulation: indirectPopulation, otherForm: otherForm, score: score)
    }

    /// Steps from the claim's outcome to a study's, towards the bench
    /// (clinical → surrogate → mechanistic); 0 when the study is as close to people or closer.
    static func distance(from claim: OutcomeKind?, to study: OutcomeKind?) -> Int {
        func rank(_ kind: OutcomeKind?) -> Int? {
            guard let kind else { return nil }
            switch kind {
            case .clinical: return 0
            case .surrogate: return 1
            case .mechanistic: return 2
            case .none: return nil
            }
        }
        guard let from = rank(claim), let to = rank(study) else { return 0 }
        return max(0, to - from)
    }

    private func assessment(_ weighed: WeighedCitation) -> CitationAssessment {
        let classification = weighed.classification
        var reasoning = classification.reasoning
        if let exclusion = weighed.exclusion {
            reasoning.append("Not counted for this claim: \(exclusion).")
        }
        return CitationAssessment(
            reference: weighed.key, stance: weighed.stance, design: classification.design,
            level: classification.level, population: classification.population,
            retracted: classification.retracted, concern: classification.concern,
            counted: weighed.counted, reasoning: reasoning,
            formatted: weighed.reference.map(VancouverFormatter.format) ?? weighed.key.description,
            pmid: weighed.reference?.pmid ?? weighed.key.pmid,
            doi: weighed.reference?.doi ?? (weighed.key.scheme == .doi ? weighed.key.value : nil),
            note: weighed.citation.note, appraisal: weighed.citation.appraisal)
    }
}
