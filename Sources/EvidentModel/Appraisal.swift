/// A structured appraisal of one citation, relative to the claim it is cited for: what the
/// grader reads instead of the free-text note. Every field is optional; a missing field means
/// "not appraised" and never lowers certainty on its own.
public struct Appraisal: Hashable, Sendable, Codable {
    /// Risk of bias of the study (`low`, `some` concerns, `high`).
    public var riskOfBias: RiskOfBias?
    /// What the study measured: a `clinical`, `surrogate` or `mechanistic` outcome.
    public var outcome: OutcomeKind?
    /// Who paid for the study.
    public var funding: Funding?
    /// Whether the study bears on the statement as worded (`full`) or only on a weaker or
    /// narrower form of it (`partial`).
    public var fit: Fit?
    /// The substance forms the study used (`MK-7`), matched against the policy's forms.
    public var forms: [String]
    /// Whether the study showed a dose-response gradient.
    public var doseResponse: Bool?
    /// Whether the study found a large effect (GRADE: at least a two-fold change in risk).
    public var largeEffect: Bool?
    /// How many people (or animals) were studied, when the appraiser recorded it (at most
    /// ``maximumParticipants``).
    public var participants: Int?
    /// For a systematic review or meta-analysis: what it pooled (`trials` or
    /// `observational`), when its record does not say.
    public var pools: Pooled?

    /// The most participants an appraisal records: more than everyone alive, so a larger
    /// number is a mistake, and a sum over any number of studies stays far from overflow.
    public static let maximumParticipants = 10_000_000_000

    /// Creates an appraisal.
    public init(
        riskOfBias: RiskOfBias? = nil, outcome: OutcomeKind? = nil, funding: Funding? = nil,
        fit: Fit? = nil, forms: [String] = [], doseResponse: Bool? = nil,
        largeEffect: Bool? = nil, participants: Int? = nil, pools: Pooled? = nil
    ) {
        self.riskOfBias = riskOfBias
        self.outcome = outcome
        self.funding = funding
        self.fit = fit
        self.forms = forms
        self.doseResponse = doseResponse
        self.largeEffect = largeEffect
        self.participants = participants
        self.pools = pools
    }

    /// True when no field is set.
    public var isEmpty: Bool { self == Appraisal() }

    enum CodingKeys: String, CodingKey {
        case riskOfBias = "risk-of-bias"
        case outcome, funding, fit, forms
        case doseResponse = "dose-response"
        case largeEffect = "large-effect"
        case participants, pools
    }
}
