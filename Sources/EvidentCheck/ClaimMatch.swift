import EvidentModel

/// A sentence matched to a knowledge-base claim, with why it matched.
public struct ClaimMatch: Hashable, Sendable {
    /// The claim.
    public var claimID: ClaimID
    /// Its verdict in force.
    public var verdict: Verdict
    /// Its certainty.
    public var certainty: Certainty
    /// The score, 0…1 (weighted overlap of the sentence's and the claim's terms).
    public var score: Double
    /// The shared terms, by weight then name (concepts like `vitamin-k2`, or stems).
    public var matchedTerms: [String]
    /// True when one side is negated and the other is not (the score was halved).
    public var polarityDiffers: Bool
}
