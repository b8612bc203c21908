/// The grader's view of one reference cited by a claim.
public struct CitationAssessment: Hashable, Sendable, Codable {
    /// The cited reference.
    public var reference: ReferenceKey
    /// Its stance on the claim.
    public var stance: Stance
    /// The design the grader derived, and from what.
    public var design: StudyDesign
    /// The OCEBM-style level.
    public var level: EvidenceLevel
    /// Who or what it studied.
    public var population: Population
    /// Retracted (excluded from grading).
    public var retracted: Bool
    /// An expression of concern exists (counted with a penalty).
    public var concern: Bool
    /// Whether it counted toward the certainty.
    public var counted: Bool
    /// How the design, level and population were derived, in plain language.
    public var reasoning: [String]
    /// The formatted citation (Vancouver style), for reports.
    public var formatted: String
    /// PubMed id, for links.
    public var pmid: PMID?
    /// DOI, for links.
    public var doi: String?
    /// The citation note from the claim file.
    public var note: String?
    /// The citation's appraisal from the claim file.
    public var appraisal: Appraisal?

    /// Creates a citation assessment.
    public init(
        reference: ReferenceKey, stance: Stance, design: StudyDesign, level: EvidenceLevel,
        population: Population, retracted: Bool = false, concern: Bool = false,
        counted: Bool = true, reasoning: [String] = [], formatted: String = "",
        pmid: PMID? = nil, doi: String? = nil, note: String? = nil, appraisal: Appraisal? = nil
    ) {
        self.reference = reference
        self.stance = stance
        self.design = design
        self.level = level
        self.population = population
        self.retracted = retracted
        self.concern = concern
        self.counted = counted
        self.reasoning = reasoning
        self.formatted = formatted
        self.pmid = pmid
        self.doi = doi
        self.note = note
        self.appraisal = appraisal
    }
}

/// A GRADE domain a certainty step belongs to.
public enum GradingDomain: String, Hashable, Sendable, Codable, CaseIterable {
    /// The starting point, from the best design.
    case start
    /// Risk of bias.
    case riskOfBias = "risk-of-bias"
    /// Inconsistency between studies.
    case inconsistency
    /// Indirectness (surrogate outcome, animal or in-vitro evidence, other form or dose).
    case indirectness
    /// Imprecision (few studies, small samples).
    case imprecision
    /// Publication bias.
    case publicationBias = "publication-bias"
    /// Upgrades (large effect, dose-response).
    case upgrade
}

/// One recorded step of grading: a start, a downgrade or an upgrade.
public struct GradingStep: Hashable, Sendable, Codable {
    /// The GRADE domain.
    public var domain: GradingDomain
    /// Change in certainty levels (negative = downgrade; for `start`, the starting score 1…4).
    public var change: Int
    /// Why, in plain language.
    public var reason: String
    /// The references behind the step.
    public var references: [ReferenceKey]

    /// Creates a step.
    public init(domain: GradingDomain, change: Int, reason: String, references: [ReferenceKey] = [])
    {
        self.domain = domain
        self.change = change
        self.reason = reason
        self.references = references
    }
}

/// The graded result for one claim.
public struct ClaimAssessment: Hashable, Sendable, Codable {
    /// The claim.
    public var claim: Claim
    /// The computed verdict, from rules applied to evidence.
    public var computedVerdict: Verdict
    /// True when good evidence shows the statement false (the verdict is then unsupported).
    public var contradicted: Bool
    /// GRADE certainty.
    public var certainty: Certainty
    /// The steps that led to it.
    public var steps: [GradingStep]
    /// Every citation, graded.
    public var citations: [CitationAssessment]
    /// Why the verdict follows from certainty and stance (the rule that decided).
    public var verdictReason: String
    /// The verdict in one plain sentence a reviewer can read (`Weak (low certainty): …`).
    public var rationale: String
    /// The claim's reviews, oldest first, each with whether the evidence changed since.
    public var reviews: [ReviewState]

    /// Creates an assessment.
    public init(
        claim: Claim, computedVerdict: Verdict, contradicted: Bool, certainty: Certainty,
        steps: [GradingStep], citations: [CitationAssessment], verdictReason: String,
        rationale: String = "", reviews: [ReviewState] = []
    ) {
        self.claim = claim
        self.computedVerdict = computedVerdict
        self.contradicted = contradicted
        self.certainty = certainty
        self.steps = steps
        self.citations = citations
        self.verdictReason = verdictReason
        self.rationale = rationale
        self.reviews = reviews
    }

    /// The verdict in force: the latest review's when it overrides, else the computed one.
    public var verdict: Verdict {
        claim.review?.verdict(computed: computedVerdict) ?? computedVerdict
    }

    /// Whether the review in force is stale (the evidence changed since it was signed).
    public var isReviewStale: Bool { reviews.last?.isStale ?? false }
}

/// A finished report: what the reporters render. Reporters never re-grade.
public struct EvidenceReport: Hashable, Sendable, Codable {
    /// Knowledge-base fingerprint (SHA-256 hex).
    public var kbHash: String
    /// The tool's version.
    public var toolVersion: String
    /// When the report was generated, ISO 8601 UTC (`2026-11-24T12:00:00Z`).
    public var generatedAt: String
    /// One assessment per claim, in claim-id order.
    public var claims: [ClaimAssessment]
    /// The source documents the claims were taken from, by id (for ClaimReview appearances).
    public var documents: [String: SourceDocument]

    /// Creates a report.
    public init(
        kbHash: String, toolVersion: String, generatedAt: String, claims: [ClaimAssessment],
        documents: [String: SourceDocument] = [:]
    ) {
        self.kbHash = kbHash
        self.toolVersion = toolVersion
        self.generatedAt = generatedAt
        self.claims = claims
        self.documents = documents
    }

    /// How many claims have each verdict in force.
    public func count(_ verdict: Verdict) -> Int {
        claims.reduce(0) { $1.verdict == verdict ? $0 + 1 : $0 }
    }
}
