import EvidentModel

/// A sentence matched to a knowledge-base claim, with why it matched.
public struct ClaimMatch: Hashable, Sendable {
    /// The claim.
    public var claimID: ClaimID
    /// Its verdict in force.
    public var verdict: Verdict
    /// Its certainty.
    public var certainty: Certainty
    /// True when good evidence shows the claim false: `evident report` calls its verdict
    /// *contradicted* (the verdict is then unsupported), and so do the findings that name it.
    public var contradicted: Bool = false
    /// The score, 0…1 (weighted overlap of the sentence's and the claim's terms).
    public var score: Double
    /// The shared terms, by weight then name (concepts like `vitamin-k2`, or stems).
    public var matchedTerms: [String]
    /// True when one side is negated and the other is not (the score was halved).
    public var polarityDiffers: Bool
    /// The claim's position in the index that matched it (`ClaimIndex.sharedWords(_:)`).
    var entry: Int = -1

    /// The verdict as `evident report` words it: `contradicted` for an unsupported claim that
    /// good evidence shows false, else the verdict.
    public var verdictLabel: String { contradicted ? "contradicted" : verdict.rawValue }
}
