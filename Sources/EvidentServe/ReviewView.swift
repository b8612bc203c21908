import EvidentKit

/// One signed review in a claim's history.
struct ReviewView: Sendable {
    /// `Approved`, `Rejected`, `Overridden to weak`.
    var decision: String
    /// Who signed.
    var reviewer: String
    /// When.
    var date: String
    /// Why.
    var reason: String
    /// Whether it is the review in force (the latest).
    var inForce: Bool
    /// What changed in the evidence since it was signed (empty when current).
    var staleReasons: [String]
    /// Whether anything did.
    var isStale: Bool
    /// The first 12 digits of its fingerprint.
    var fingerprint: String?

    /// The view of a review with its staleness.
    init(_ state: ReviewState, inForce: Bool) {
        let review = state.review
        decision = ReportWording.decision(review)
        reviewer = review.reviewer
        date = review.date
        reason = review.reason
        self.inForce = inForce
        staleReasons = state.staleReasons
        isStale = state.isStale
        fingerprint = review.fingerprint.map { String($0.prefix(12)) }
    }
}
