/// The design of a study or source, as the grader classifies it.
public enum StudyDesign: String, Hashable, Sendable, Codable, CaseIterable {
    /// Systematic review or meta-analysis.
    case metaAnalysis = "meta-analysis"
    /// Randomised controlled trial.
    case rct
    /// Non-randomised trial (a plain `Clinical Trial`).
    case nonRandomisedTrial = "non-randomised-trial"
    /// Cohort, case-control, cross-sectional.
    case observational
    /// Case report or series.
    case caseReport = "case-report"
    /// Narrative review.
    case review
    /// Laboratory or animal experiment.
    case experimental
    /// Practice guideline.
    case guideline
    /// Regulation, approval, register entry or regulatory opinion.
    case regulatory
    /// Food-composition analysis.
    case composition
    /// Reference work, fact sheet, product label.
    case reference
    /// Editorial, comment, letter, opinion.
    case opinion
    /// A retraction, erratum or expression-of-concern notice: not evidence itself.
    case notice
    /// Cannot be classified.
    case unknown
}

/// Who or what a study was done in.
public enum Population: String, Hashable, Sendable, Codable, CaseIterable {
    /// People.
    case humans
    /// Animals.
    case animals
    /// Cells, tissues, chemistry.
    case inVitro = "in-vitro"
    /// Humans and animals or foods together.
    case mixed
    /// Not stated.
    case unknown
}

/// An OCEBM-style level of evidence: 1 (best) to 5 (mechanism, opinion).
public struct EvidenceLevel: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// 1…5.
    public let rank: Int

    /// Creates a level, clamped to 1…5.
    public init(_ rank: Int) { self.rank = min(5, max(1, rank)) }

    /// `1` … `5`.
    public var description: String { String(rank) }

    /// Better (lower) levels compare smaller.
    public static func < (lhs: EvidenceLevel, rhs: EvidenceLevel) -> Bool { lhs.rank < rhs.rank }

    /// Decodes from a number.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Int.self))
    }

    /// Encodes as a number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rank)
    }
}

/// GRADE certainty of a body of evidence.
public enum Certainty: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Very low.
    case veryLow = "very-low"
    /// Low.
    case low
    /// Moderate.
    case moderate
    /// High.
    case high

    /// 1 (very low) … 4 (high).
    public var score: Int {
        switch self {
        case .veryLow: return 1
        case .low: return 2
        case .moderate: return 3
        case .high: return 4
        }
    }

    /// The certainty for a score, clamped to 1…4.
    public init(score: Int) {
        switch min(4, max(1, score)) {
        case 4: self = .high
        case 3: self = .moderate
        case 2: self = .low
        default: self = .veryLow
        }
    }

    /// Orders very low < low < moderate < high.
    public static func < (lhs: Certainty, rhs: Certainty) -> Bool { lhs.score < rhs.score }
}

/// What the knowledge base concludes about a claim.
public enum Verdict: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Certainty at or above the policy's bar, with supporting weight.
    case supported
    /// Some supporting evidence, but below the bar.
    case weak
    /// No qualifying evidence, or the evidence is against it.
    case unsupported

    private var rank: Int {
        switch self {
        case .supported: return 0
        case .weak: return 1
        case .unsupported: return 2
        }
    }

    /// Orders supported < weak < unsupported (worse is greater).
    public static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.rank < rhs.rank }
}
