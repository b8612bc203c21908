/// What a copy-check rule is, for listings and SARIF metadata: id, market, severity, category,
/// message, legal basis, and the examples that document and test it.
public struct RuleDescription: Hashable, Sendable, Codable {
    /// Stable kebab-case id (`disease-claim`).
    public var id: String
    /// The market it applies to: `us`, `eu` or `all`.
    public var market: String
    /// Default severity.
    public var severity: Severity
    /// The finding category it reports.
    public var category: FindingCategory
    /// The message template (`{match}`, `{claim}` … are filled in per finding).
    public var message: String
    /// What the rule flags, in one sentence without placeholders (for rule listings and SARIF).
    public var description: String
    /// The legal basis (`21 CFR 101.93(g)(2)`).
    public var legalBasis: String
    /// Copy the rule accepts.
    public var passExamples: [String]
    /// Copy the rule flags.
    public var failExamples: [String]
    /// Where the rule was loaded from: `built-in`, or the path of its pack file.
    public var origin: String

    /// Creates a rule description.
    public init(
        id: String, market: String, severity: Severity, category: FindingCategory,
        message: String, description: String? = nil, legalBasis: String,
        passExamples: [String] = [], failExamples: [String] = [], origin: String = "built-in"
    ) {
        self.id = id
        self.market = market
        self.severity = severity
        self.category = category
        self.message = message
        self.description = description ?? message
        self.legalBasis = legalBasis
        self.passExamples = passExamples
        self.failExamples = failExamples
        self.origin = origin
    }
}
