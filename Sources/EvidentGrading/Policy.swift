import EvidentModel

/// Every threshold, level table, design mapping and claim-kind rule the grader uses.
///
/// The default policy is data: `default-policy.yaml`, bundled with this module and loaded by
/// ``bundled()``; a knowledge base lays its own `Claims/policy.yaml` over it (see
/// ``overlaid(with:path:)``). Dictionaries are keyed by the raw value of a `StudyDesign` or
/// `ClaimCategory`; ``problems()`` lists unknown keys.
public struct Policy: Hashable, Sendable, Codable {
    /// Policy format version (2).
    public var version: Int
    /// How a reference's design is derived from its publication types and MeSH.
    public var classification: Classification
    /// OCEBM-style level per design (1 best … 5 mechanism or opinion), shown per citation.
    public var levels: [String: Int]
    /// Level given to any study done only in animals or in vitro (mechanism-based evidence).
    public var mechanisticLevel: Int
    /// GRADE starting score per design (4 high, 3 moderate, 2 low, 1 very low).
    public var starts: [String: Int]
    /// What each claim category needs, keyed by category.
    public var kinds: [String: Kind]
    /// Risk-of-bias rule.
    public var riskOfBias: RiskOfBiasRule
    /// Inconsistency rule.
    public var inconsistency: Inconsistency
    /// Indirectness rules (outcome, population, form, fit).
    public var indirectness: Indirectness
    /// Imprecision rule.
    public var imprecision: Imprecision
    /// Publication-bias rule.
    public var publicationBias: PublicationBias
    /// Rate-up rule (dose-response, large effect), only from a low start with no downgrade.
    public var upgrade: Upgrade
    /// Verdict thresholds.
    public var verdict: VerdictRule
    /// The knowledge base's product vocabulary: substance forms grouped by family.
    public var forms: [Form]

    /// Creates a policy.
    public init(
        version: Int, classification: Classification, levels: [String: Int],
        mechanisticLevel: Int, starts: [String: Int], kinds: [String: Kind],
        riskOfBias: RiskOfBiasRule, inconsistency: Inconsistency, indirectness: Indirectness,
        imprecision: Imprecision, publicationBias: PublicationBias, upgrade: Upgrade,
        verdict: VerdictRule, forms: [Form] = []
    ) {
        self.version = version
        self.classification = classification
        self.levels = levels
        self.mechanisticLevel = mechanisticLevel
        self.starts = starts
        self.kinds = kinds
        self.riskOfBias = riskOfBias
        self.inconsistency = inconsistency
        self.indirectness = indirectness
        self.imprecision = imprecision
        self.publicationBias = publicationBias
        self.upgrade = upgrade
        self.verdict = verdict
        self.forms = forms
    }

    enum CodingKeys: String, CodingKey {
        case version, classification, levels
        case mechanisticLevel = "mechanistic-level"
        case starts, kinds
        case riskOfBias = "risk-of-bias"
        case inconsistency, indirectness, imprecision
        case publicationBias = "publication-bias"
        case upgrade, verdict, forms
    }

    /// The OCEBM level of a design (5 when the table has no entry).
    public func level(of design: StudyDesign) -> Int { levels[design.rawValue] ?? 5 }

    /// The GRADE starting score of a design (1 when the table has no entry).
    public func start(of design: StudyDesign) -> Int { starts[design.rawValue] ?? 1 }

    /// What a claim category needs (nothing counts when the policy has no entry; `problems()`
    /// reports a missing kind).
    public func kind(of category: ClaimCategory) -> Kind {
        kinds[category.rawValue]
            ?? Kind(
                describe: "a \(category.rawValue) claim", grading: .studies, counted: [],
                populations: [], outcomes: [])
    }
}
