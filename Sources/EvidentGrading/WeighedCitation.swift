import EvidentModel

/// A citation with everything the claim grader needs: its reference and classification,
/// whether it can bear the claim, where its certainty starts, and what its appraisal says.
///
/// A class: the grader filters and regroups citations many times per claim, and copying a
/// reference (dozens of fields) at each step cost more than the grading itself.
final class WeighedCitation {
    /// Which way a citation that bears the claim points.
    enum Side {
        /// Supports the statement as worded.
        case support
        /// Supports only part or a weaker form of it (`mixed`, or appraised `fit: partial`).
        case partialSupport
        /// Found no effect.
        case null
        /// Shows it wrong.
        case against
    }

    /// The citation as written in the claim.
    let citation: Citation
    /// The reference, when it resolves.
    let reference: Reference?
    /// The reference's classification (an `unknown` one when it does not resolve).
    let classification: ReferenceClassification
    /// Why it cannot bear the claim, when it cannot (then it is context only).
    let exclusion: String?
    /// ``exclusion`` without the kind it cannot bear (`done in animals`).
    let exclusionCause: String?
    /// Its GRADE starting score for the claim's kind.
    let start: Int
    /// Its design pools evidence itself (never imprecise alone).
    let pooled: Bool
    /// It is a good trial design whose null findings can make a claim contradicted.
    let trial: Bool
    /// Appraised at high risk of bias, or under an expression of concern.
    let highRisk: Bool
    /// Steps its outcome is further from people than the claim's (0 when as close).
    let outcomeDistance: Int
    /// Done only in one of the kind's indirect populations.
    let indirectPopulation: Bool
    /// Used only forms the claim does not name.
    let otherForm: Bool
    /// Its score on its own: start, rated down for its risk of bias and indirectness.
    let score: Int

    /// Creates a weighed citation.
    init(
        citation: Citation, reference: Reference?, classification: ReferenceClassification,
        exclusion: String?, exclusionCause: String?, start: Int, pooled: Bool, trial: Bool,
        highRisk: Bool,
        outcomeDistance: Int, indirectPopulation: Bool, otherForm: Bool, score: Int
    ) {
        self.citation = citation
        self.reference = reference
        self.classification = classification
        self.exclusion = exclusion
        self.exclusionCause = exclusionCause
        self.start = start
        self.pooled = pooled
        self.trial = trial
        self.highRisk = highRisk
        self.outcomeDistance = outcomeDistance
        self.indirectPopulation = indirectPopulation
        self.otherForm = otherForm
        self.score = score
    }

    /// Its short name in reasons and rationales (``Wording/name(_:)``), made when first
    /// asked for.
    private(set) lazy var name = Wording.computedName(self)

    var key: ReferenceKey { citation.reference }
    var stance: Stance { citation.stance }
    var appraisal: Appraisal { citation.appraisal ?? Appraisal() }
    /// Whether it counts toward certainty and verdict.
    var counted: Bool { exclusion == nil }
    /// Appraised as bearing only on a narrower or weaker form of the statement.
    var partialFit: Bool { appraisal.fit == .partial }

    /// Which way it points, when it bears the claim.
    var side: Side? {
        guard counted else { return nil }
        switch stance {
        case .supports: return partialFit ? .partialSupport : .support
        case .mixed: return .partialSupport
        case .null: return .null
        case .contradicts: return .against
        case .background: return nil
        }
    }
}
