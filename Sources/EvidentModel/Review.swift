/// A reviewer's signed decision on a claim, with a fingerprint of what was reviewed (the claim
/// and the references it cites) so that a later change of the evidence shows the review stale.
public struct Review: Hashable, Sendable, Codable {
    /// Who decided (a named person).
    public var reviewer: String
    /// When, `YYYY-MM-DD`.
    public var date: String
    /// Approve, reject or override the computed verdict.
    public var decision: ReviewDecision
    /// The reviewer's verdict (an `override` needs one; it replaces the computed verdict).
    public var verdict: Verdict?
    /// Why.
    public var reason: String
    /// SHA-256 (hex) of what was reviewed; `nil` for a review recorded before reviews were
    /// fingerprinted (such a review cannot be shown current).
    public var fingerprint: String?
    /// The cited evidence as reviewed, one entry per citation (`pmid:123 v1`,
    /// `pmid:456 v1 retracted`, `efsa2012`), to say what changed when the review is stale.
    public var evidence: [String]
    /// Where the review is written.
    public var location: SourceLocation?

    /// Creates a review.
    public init(
        reviewer: String, date: String, decision: ReviewDecision, verdict: Verdict? = nil,
        reason: String, fingerprint: String? = nil, evidence: [String] = [],
        location: SourceLocation? = nil
    ) {
        self.reviewer = reviewer
        self.date = date
        self.decision = decision
        self.verdict = verdict
        self.reason = reason
        self.fingerprint = fingerprint
        self.evidence = evidence
        self.location = location
    }

    /// The verdict in force under this review: the reviewer's for an override, else the
    /// computed one.
    public func verdict(computed: Verdict) -> Verdict {
        decision == .override ? (verdict ?? computed) : computed
    }
}
