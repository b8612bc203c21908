import EvidentKit

/// Where a claim's sign-off stands, as the app lists and filters it (the words of
/// ``ReportWording/reviewState(_:)``, which every report uses).
enum ReviewStatus: String, CaseIterable, Sendable {
    /// No review yet.
    case unreviewed
    /// The review in force approves the computed verdict, and the evidence has not changed.
    case approved
    /// The review in force rejects the claim as it stands.
    case rejected
    /// The review in force replaces the computed verdict.
    case overridden
    /// The evidence changed since the review in force was signed.
    case stale

    /// The status of a graded claim.
    init(_ assessment: ClaimAssessment) {
        self = ReviewStatus(rawValue: ReportWording.reviewState(assessment)) ?? .unreviewed
    }
}
