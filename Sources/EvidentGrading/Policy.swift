import EvidentModel

/// Every threshold, weight, level table and design mapping the grader uses.
///
/// Checked into the knowledge base as `Claims/policy.yaml`; `Policy.default` follows GRADE
/// (starting levels, five rate-down domains, rate-up only from a low start) and OCEBM 2011
/// (levels for "does this intervention help?"). Dictionaries are keyed by the raw value of a
/// `StudyDesign`, `Population` or `ClaimCategory`; `problems()` lists unknown keys.
public struct Policy: Hashable, Sendable, Codable {
    /// Policy format version (1).
    public var version: Int
    /// How a reference's design is derived from its publication types and MeSH.
    public var classification: Classification
    /// OCEBM-style level per design (1 best … 5 mechanism or opinion).
    public var levels: [String: Int]
    /// Level given to any study done only in animals or in vitro (mechanism-based evidence).
    public var mechanisticLevel: Int
    /// GRADE starting score per design (4 high, 3 moderate, 2 low, 1 very low).
    public var starts: [String: Int]
    /// Weight of one citation per design when weighing evidence for against evidence against.
    public var weights: [String: Double]
    /// Weight multiplier per population (`animals`, `in-vitro` count for less).
    public var populationWeights: [String: Double]
    /// How each claim category is graded (by studies, by authorities, by regulatory sources).
    public var paths: [String: Path]
    /// Risk-of-bias rule.
    public var riskOfBias: RiskOfBias
    /// Inconsistency rule.
    public var inconsistency: Inconsistency
    /// Indirectness rules (surrogate outcome, animal or in-vitro evidence, other form).
    public var indirectness: Indirectness
    /// Imprecision rule.
    public var imprecision: Imprecision
    /// Publication-bias rule.
    public var publicationBias: PublicationBias
    /// Rate-up rule (dose-response), only from a low start with no downgrade.
    public var upgrade: Upgrade
    /// Verdict thresholds.
    public var verdict: VerdictRule

    /// Creates a policy.
    public init(
        version: Int, classification: Classification, levels: [String: Int],
        mechanisticLevel: Int, starts: [String: Int], weights: [String: Double],
        populationWeights: [String: Double], paths: [String: Path], riskOfBias: RiskOfBias,
        inconsistency: Inconsistency, indirectness: Indirectness, imprecision: Imprecision,
        publicationBias: PublicationBias, upgrade: Upgrade, verdict: VerdictRule
    ) {
        self.version = version
        self.classification = classification
        self.levels = levels
        self.mechanisticLevel = mechanisticLevel
        self.starts = starts
        self.weights = weights
        self.populationWeights = populationWeights
        self.paths = paths
        self.riskOfBias = riskOfBias
        self.inconsistency = inconsistency
        self.indirectness = indirectness
        self.imprecision = imprecision
        self.publicationBias = publicationBias
        self.upgrade = upgrade
        self.verdict = verdict
    }

    enum CodingKeys: String, CodingKey {
        case version, classification, levels
        case mechanisticLevel = "mechanistic-level"
        case starts, weights
        case populationWeights = "population-weights"
        case paths
        case riskOfBias = "risk-of-bias"
        case inconsistency, indirectness, imprecision
        case publicationBias = "publication-bias"
        case upgrade, verdict
    }

    /// The OCEBM level of a design (5 when the table has no entry).
    public func level(of design: StudyDesign) -> Int { levels[design.rawValue] ?? 5 }

    /// The GRADE starting score of a design (1 when the table has no entry).
    public func start(of design: StudyDesign) -> Int { starts[design.rawValue] ?? 1 }

    /// The weight of a design (0 when the table has no entry).
    public func weight(of design: StudyDesign) -> Double { weights[design.rawValue] ?? 0 }

    /// The weight multiplier of a population (1 when the table has no entry).
    public func weight(of population: Population) -> Double {
        populationWeights[population.rawValue] ?? 1
    }

    /// The grading path of a claim category (the `efficacy` path when none is given).
    public func path(for category: ClaimCategory) -> Path {
        paths[category.rawValue] ?? paths[ClaimCategory.efficacy.rawValue]
            ?? Path(kind: .studies, counted: [], mechanisticOnlyVerdict: .unsupported)
    }
}
