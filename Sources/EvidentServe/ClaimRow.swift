import EvidentKit

/// One claim in a list (the index, a document): a link, the statement and where it stands.
struct ClaimRow: Sendable {
    /// The claim id.
    var id: String
    /// `/claims/<id>`.
    var href: String
    /// The statement.
    var statement: String
    /// The document id.
    var document: String
    /// The category.
    var category: String
    /// The verdict in force, as reports label it (`contradicted` apart).
    var verdict: String
    /// The certainty, in words.
    var certainty: String
    /// `unreviewed`, `approved`, `stale` …
    var review: String
    /// Whether it is still a draft.
    var draft: Bool

    /// The row of a graded claim.
    init(_ assessment: ClaimAssessment) {
        let claim = assessment.claim
        id = claim.id.rawValue
        href = "/claims/" + claim.id.rawValue
        statement = claim.statement
        document = claim.document
        category = claim.category.rawValue
        verdict = VerdictLabel(assessment).rawValue
        certainty = assessment.certainty.label
        review = ReviewStatus(assessment).rawValue
        draft = claim.status == .draft
    }
}
