import EvidentModel

/// The JSON document's shape.
struct JSONReport: Encodable {
    struct Summary: Encodable {
        var supported: Int
        var weak: Int
        var unsupported: Int
        /// How many of the unsupported claims are contradicted.
        var contradicted: Int
    }

    struct Step: Encodable {
        var domain: String
        var change: Int
        var reason: String
        var references: [String]
    }

    struct AppraisalEntry: Encodable {
        var riskOfBias: String?
        var outcome: String?
        var funding: String?
        var fit: String?
        var forms: [String]?
        var doseResponse: Bool?
        var largeEffect: Bool?
        var participants: Int?
        var pools: String?

        enum CodingKeys: String, CodingKey {
            case riskOfBias = "risk_of_bias"
            case outcome, funding, fit, forms
            case doseResponse = "dose_response"
            case largeEffect = "large_effect"
            case participants, pools
        }

        init(_ appraisal: Appraisal) {
            riskOfBias = appraisal.riskOfBias?.rawValue
            outcome = appraisal.outcome?.rawValue
            funding = appraisal.funding?.rawValue
            fit = appraisal.fit?.rawValue
            forms = appraisal.forms.isEmpty ? nil : appraisal.forms
            doseResponse = appraisal.doseResponse
            largeEffect = appraisal.largeEffect
            participants = appraisal.participants
            pools = appraisal.pools?.rawValue
        }
    }

    struct CitationEntry: Encodable {
        var ref: String
        var stance: String
        var design: String
        var level: Int
        var population: String
        var retracted: Bool
        var concern: Bool
        var counted: Bool
        var citation: String
        var pmid: String?
        var doi: String?
        var note: String?
        var appraisal: AppraisalEntry?
        var reasoning: [String]
    }

    struct ReviewEntry: Encodable {
        var reviewer: String
        var date: String
        var decision: String
        var verdict: String?
        var reason: String
        var fingerprint: String?
        var stale: Bool
        var staleReasons: [String]

        enum CodingKeys: String, CodingKey {
            case reviewer, date, decision, verdict, reason, fingerprint, stale
            case staleReasons = "stale_reasons"
        }

        init(_ state: ReviewState) {
            reviewer = state.review.reviewer
            date = state.review.date
            decision = state.review.decision.rawValue
            verdict = state.review.verdict?.rawValue
            reason = state.review.reason
            fingerprint = state.review.fingerprint
            stale = state.isStale
            staleReasons = state.staleReasons
        }
    }

    struct ClaimEntry: Encodable {
        var id: String
        var statement: String
        var quote: String
        var category: String
        var verdict: String
        var computedVerdict: String
        var verdictReason: String
        var rationale: String
        var contradicted: Bool
        var certainty: String
        var steps: [Step]
        var citations: [CitationEntry]
        var reviews: [ReviewEntry]
        var reviewState: String

        enum CodingKeys: String, CodingKey {
            case id, statement, quote, category, verdict
            case computedVerdict = "computed_verdict"
            case verdictReason = "verdict_reason"
            case rationale, contradicted, certainty, steps, citations, reviews
            case reviewState = "review_state"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(statement, forKey: .statement)
            try container.encode(quote, forKey: .quote)
            try container.encode(category, forKey: .category)
            try container.encode(verdict, forKey: .verdict)
            try container.encode(computedVerdict, forKey: .computedVerdict)
            try container.encode(verdictReason, forKey: .verdictReason)
            try container.encode(rationale, forKey: .rationale)
            try container.encode(contradicted, forKey: .contradicted)
            try container.encode(certainty, forKey: .certainty)
            try container.encode(steps, forKey: .steps)
            try container.encode(citations, forKey: .citations)
            try container.encode(reviews, forKey: .reviews)
            try container.encode(reviewState, forKey: .reviewState)
        }
    }

    var kbHash: String
    var toolVersion: String
    var generatedAt: String
    var summary: Summary
    /// The graded claims; each is turned into its ``ClaimEntry`` as it is written (a 10,000-
    /// claim report never holds every entry at once).
    var assessments: [ClaimAssessment]

    /// The claims' entries (all at once: for `Encodable`; writing builds them one by one).
    var claims: [ClaimEntry] { assessments.map(Self.entry) }

    enum CodingKeys: String, CodingKey {
        case kbHash = "kb_hash"
        case toolVersion = "tool_version"
        case generatedAt = "generated_at"
        case summary, claims
    }

    init(_ report: EvidenceReport) {
        kbHash = report.kbHash
        toolVersion = report.toolVersion
        generatedAt = report.generatedAt
        // One pass, reading each claim in place (a filter or a closure over the claims would
        // copy every assessment: 4% of a 10,000-claim report).
        var counts = (supported: 0, weak: 0, unsupported: 0, contradicted: 0)
        let claims = report.claims
        for index in claims.indices {
            switch claims[index].verdict {
            case .supported: counts.supported += 1
            case .weak: counts.weak += 1
            case .unsupported:
                counts.unsupported += 1
                if claims[index].contradicted { counts.contradicted += 1 }
            }
        }
        summary = Summary(
            supported: counts.supported, weak: counts.weak, unsupported: counts.unsupported,
            contradicted: counts.contradicted)
        assessments = claims
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kbHash, forKey: .kbHash)
        try container.encode(toolVersion, forKey: .toolVersion)
        try container.encode(generatedAt, forKey: .generatedAt)
        try container.encode(summary, forKey: .summary)
        try container.encode(claims, forKey: .claims)
    }

    /// A claim's entry.
    static func entry(_ assessment: ClaimAssessment) -> ClaimEntry {
        ClaimEntry(
            id: assessment.claim.id.rawValue, statement: assessment.claim.statement,
            quote: assessment.claim.quote, category: assessment.claim.category.rawValue,
            verdict: assessment.verdict.rawValue,
            computedVerdict: assessment.computedVerdict.rawValue,
            verdictReason: assessment.verdictReason, rationale: assessment.rationale,
            contradicted: assessment.contradicted,
            certainty: assessment.certainty.rawValue,
            steps: assessment.steps.map {
                Step(
                    domain: $0.domain.rawValue, change: $0.change, reason: $0.reason,
                    references: $0.references.map(\.description))
            },
            citations: assessment.citations.map {
                CitationEntry(
                    ref: $0.reference.description, stance: $0.stance.rawValue,
                    design: $0.design.rawValue, level: $0.level.rank,
                    population: $0.population.rawValue, retracted: $0.retracted,
                    concern: $0.concern, counted: $0.counted, citation: $0.formatted,
                    pmid: $0.pmid?.description, doi: $0.doi, note: $0.note,
                    appraisal: $0.appraisal.flatMap { $0.isEmpty ? nil : AppraisalEntry($0) },
                    reasoning: $0.reasoning)
            },
            reviews: assessment.reviews.map(ReviewEntry.init),
            reviewState: ReportWording.reviewState(assessment))
    }
}
