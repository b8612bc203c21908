/// A review as a report shows it: the review, and whether the evidence changed since.
public struct ReviewState: Hashable, Sendable, Codable {
    /// The review.
    public var review: Review
    /// Why the review no longer matches the claim and its evidence (`citation 'pmid:1' added
    /// since the review`, `reference 'pmid:2' retracted since the review` …); empty when it
    /// is current.
    public var staleReasons: [String]

    /// Creates a state.
    public init(review: Review, staleReasons: [String] = []) {
        self.review = review
        self.staleReasons = staleReasons
    }

    /// Whether the evidence changed since the review.
    public var isStale: Bool { !staleReasons.isEmpty }
}
