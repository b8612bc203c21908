import EvidentKit

/// The index page's filters (query parameters `verdict`, `document`, `category`, `review`);
/// a missing parameter does not filter.
struct ClaimFilter: Sendable, Equatable {
    /// The verdict in force, as reports label it (contradicted apart).
    var verdict: VerdictLabel?
    /// The document id.
    var document: String?
    /// The category.
    var category: ClaimCategory?
    /// The review state.
    var review: ReviewStatus?

    /// Reads the query; an unknown value throws with the values expected.
    init(query: [String: String], documents: [String]) throws {
        verdict = try FormValue.choice(VerdictLabel.self, query, "verdict", name: "verdict")
        category = try FormValue.choice(ClaimCategory.self, query, "category", name: "category")
        review = try FormValue.choice(ReviewStatus.self, query, "review", name: "review state")
        document = FormValue.text(query, "document")
        if let document, !documents.contains(document) {
            throw KnowledgeBaseEditError.invalidValue(
                "unknown document '\(document)' (expected one of: "
                    + documents.joined(separator: ", ") + ")")
        }
    }

    /// Whether any filter is set.
    var isActive: Bool { verdict != nil || document != nil || category != nil || review != nil }

    /// Whether `assessment` passes every filter, less the one named `ignoring` (to count what
    /// each choice of that filter would show).
    func admits(_ assessment: ClaimAssessment, ignoring: String? = nil) -> Bool {
        if ignoring != "verdict", let verdict, VerdictLabel(assessment) != verdict {
            return false
        }
        if ignoring != "document", let document, assessment.claim.document != document {
            return false
        }
        if ignoring != "category", let category, assessment.claim.category != category {
            return false
        }
        if ignoring != "review", let review, ReviewStatus(assessment) != review { return false }
        return true
    }
}
