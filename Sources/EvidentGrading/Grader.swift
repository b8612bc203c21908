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
    private let phrases: PolicyPhrases

    /// Creates a grader.
    public init(policy: Policy = .default) {
        self.policy = policy
        self.classifier = ReferenceClassifier(policy: policy)
        self.phrases = PolicyPhrases(policy)
    }

    /// Grades every claim of a knowledge base, in claim-id order. Reviews that lack a name, a
    /// valid date or a reason are not applied (see `reviewProblems(in:)`). A reference cited
    /// by several claims of a batch is classified once; a large knowledge base is graded in
    /// batches on every core (claims are independent; the result is the same, in order).
    public func grade(_ knowledgeBase: KnowledgeBase) -> [ClaimAssessment] {
        let claims = knowledgeBase.claims.sorted { $0.id < $1.id }
        let references = knowledgeBase.references
        let batches = claims.count >= Self.claimsPerBatch * 2 ? Self.batchCount : 1
        let size = (claims.count + batches - 1) / max(batches, 1)
        let results = UnsafeMutableBufferPointer<[ClaimAssessment]>.allocate(capacity: batches)
        results.initialize(repeating: [])
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let output = results
        let grade: @Sendable (Int) -> Void = { batch in
            let range = min(batch * size, claims.count)..<min((batch + 1) * size, claims.count)
            var classifications = ClassificationCache(
                classifier: classifier, capacity: range.count * 3)
            output[batch] = claims[range].map {
                assess($0, references: references, classifications: &classifications)
            }
        }
        if batches == 1 {
            grade(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: batches, execute: grade)
        }
        return Array(results.joined())
    }

    /// Below twice this many claims, grading runs on one thread.
    static let claimsPerBatch = 1_000
    /// How many batches a large knowledge base is graded in (spread over the cores).
    static let batchCount = 8

    /// Problems with recorded reviews: each needs a reviewer's name, a `YYYY-MM-DD` date, a
    /// reason, and a verdict when it overrides.
    public func reviewProblems(in knowledgeBase: KnowledgeBase) -> [Diagnostic] {
        knowledgeBase.claims.sorted { $0.id < $1.id }.flatMap { claim -> [Diagnostic] in
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
        let path = policy.path(for: claim.category)
        let weighed = claim.citations.map {
            weigh(
                $0, reference: references[$0.reference], path: path,
                classifications: &classifications)
        }
        var graded = claim
        graded.reviews = claim.reviews.filter { ReviewCheck.problems(in: $0).isEmpty }
        var grading = ClaimGrading(
            claim: claim, path: path, policy: policy, citations: weighed, phrases: phrases)
        var outcome = grading.run()
        outcome.claim = graded
        outcome.reviews = graded.reviews.map { ReviewState(review: $0) }
        outcome.citations = weighed.map(assessment)
        return outcome
    }

    private func weigh(
        _ citation: Citation, reference: Reference?, path: Policy.Path,
        classifications: inout ClassificationCache
    ) -> WeighedCitation {
        guard let reference else {
            return WeighedCitation(
                citation: citation, reference: nil,
                classification: ReferenceClassification(
                    design: .unknown, population: .unknown, level: EvidenceLevel(5),
                    reasoning: ["Not found in the knowledge base: not counted."]),
                counted: false, exclusion: "not in the knowledge base", weight: 0, start: 1,
                text: TextMatcher(citation.note ?? ""))
        }
        let classification = classifications.classify(reference, as: citation.reference)
        let design = classification.design
        var exclusion: String?
        if classification.retracted {
            exclusion = "retracted"
        } else if design == .notice {
            exclusion = "a notice, not evidence"
        } else if citation.stance == .background {
            exclusion = "background only"
        } else if !path.counted.contains(design) {
            exclusion = "\(design.label): context only for this kind of claim"
        }
        var weight =
            design == .metaAnalysis && !classification.poolsTrials
            ? policy.classification.otherSynthesisWeight : policy.weight(of: design)
        if path.kind == .studies { weight *= policy.weight(of: classification.population) }
        if classification.concern { weight *= policy.riskOfBias.concernWeight }
        let start: Int
        if let pathStart = path.starts[design.rawValue] {
            start = pathStart
        } else if design == .metaAnalysis && !classification.poolsTrials {
            start = policy.classification.otherSynthesisStart
        } else {
            start = policy.start(of: design)
        }
        let text = [citation.note ?? "", reference.title ?? ""].joined(separator: " ")
        return WeighedCitation(
            citation: citation, reference: reference, classification: classification,
            counted: exclusion == nil && weight > 0, exclusion: exclusion, weight: weight,
            start: start, text: TextMatcher(text))
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
            note: weighed.citation.note)
    }
}
