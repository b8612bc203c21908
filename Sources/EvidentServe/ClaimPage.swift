import EvidentKit

/// `/claims/{id}`: the quote in its paragraph, the statement, the verdict with its rationale,
/// certainty and grading steps, the evidence, the review history, and the forms that sign the
/// claim off and cite references.
struct ClaimPage: Sendable {
    /// What a refused form sent, put back into that form so nothing the editor typed is lost.
    enum Kept: Sendable {
        /// Nothing.
        case none
        /// The sign-off form's fields.
        case review([String: String])
        /// The citation form's fields.
        case cite([String: String])
    }

    /// The page title.
    var title: String
    /// The claim id.
    var id: String
    /// The statement.
    var statement: String
    /// The category.
    var category: String
    /// The subjects, joined.
    var subjects: String?
    /// `bone mineral density (surrogate)`.
    var outcome: String?
    /// The population.
    var population: String?
    /// Still a draft.
    var draft: Bool
    /// The claim file, relative to the knowledge base.
    var path: String
    /// The document id.
    var documentID: String
    /// The document's title.
    var documentTitle: String
    /// `/documents/<id>#claim-<id>`.
    var documentHref: String
    /// The section heading the quote sits under.
    var section: String?
    /// The paragraph before the quote.
    var quoteBefore: String
    /// The quote.
    var quote: String
    /// The paragraph after it.
    var quoteAfter: String
    /// The verdict in force, as reports label it (`contradicted` apart).
    var verdict: String
    /// `Supported` …
    var verdictHeading: String
    /// The computed verdict when a review overrides it.
    var computedVerdict: String?
    /// The certainty, in words.
    var certainty: String
    /// The verdict in one plain sentence.
    var rationale: String
    /// The rule that decided it.
    var verdictRule: String
    /// `unreviewed`, `approved`, `stale` …
    var reviewState: String
    /// The grading steps.
    var steps: [StepView]
    /// The citations.
    var citations: [CitationView]
    /// The reviews, oldest first.
    var reviews: [ReviewView]
    /// The form token.
    var csrf: String
    /// The claim file's version, sent back with every form.
    var version: String
    /// The sign-off form.
    var reviewFields: [FieldView]
    /// The citation form: reference, stance, note.
    var citeFields: [FieldView]
    /// The citation form: appraisal.
    var citeAppraisalFields: [FieldView]
    /// Whether the citation form was sent and refused (it is then shown open).
    var citeOpen: Bool
    /// Candidate references.
    var suggestions: [SuggestionView]
    /// Why there are no candidates (no index …).
    var suggestionsProblem: String?
    /// What just happened (after a form was accepted).
    var notice: String?
    /// Why the last form was refused.
    var problem: String?
    /// Whether it was refused because the file changed meanwhile.
    var conflict: Bool
    /// The knowledge base's problems, if any.
    var problems: [String]

    /// The page of `assessment` in `graded`, its file at `version`.
    init(
        _ assessment: ClaimAssessment, in graded: Evident.GradedKnowledgeBase, version: String,
        csrf: CSRFToken, suggestions: Result<[IndexSearchHit], any Error>,
        notice: String? = nil, problem: String? = nil, conflict: Bool = false,
        kept: Kept = .none
    ) {
        let claim = assessment.claim
        let document = graded.report.documents[claim.document]
        title = claim.id.rawValue
        id = claim.id.rawValue
        statement = claim.statement
        category = claim.category.rawValue
        subjects = claim.subjects.isEmpty ? nil : claim.subjects.joined(separator: ", ")
        outcome = claim.outcome.map { "\($0.name) (\($0.kind.rawValue))" }
        population = claim.population
        draft = claim.status == .draft
        path = claim.location?.path ?? ""
        documentID = claim.document
        documentTitle = document?.title ?? claim.document
        documentHref = "/documents/\(claim.document)#claim-\(claim.id.rawValue)"
        section = claim.position?.section
        quote = claim.quote
        quoteBefore = ""
        quoteAfter = ""
        if let document {
            let text = DocumentText(document.text)
            if let range = text.locate(claim) {
                let paragraph = text.paragraph(around: range)
                quoteBefore = text.text(paragraph.lowerBound..<range.lowerBound)
                quoteAfter = text.text(range.upperBound..<paragraph.upperBound)
            }
        }
        let label = VerdictLabel(assessment)
        verdict = label.rawValue
        verdictHeading = label.title
        computedVerdict =
            assessment.verdict == assessment.computedVerdict
            ? nil : assessment.computedVerdict.rawValue
        certainty = assessment.certainty.label
        rationale = assessment.rationale
        verdictRule = assessment.verdictReason
        reviewState = ReviewStatus(assessment).rawValue
        steps = assessment.steps.map(StepView.init)
        citations = assessment.citations.enumerated().map { index, citation in
            CitationView(number: index + 1, citation)
        }
        let count = assessment.reviews.count
        reviews = assessment.reviews.enumerated().map { index, state in
            ReviewView(state, inForce: index == count - 1)
        }
        self.csrf = csrf.value
        self.version = version
        var review: [String: String] = [:]
        var cite: [String: String] = [:]
        switch kept {
        case .none: break
        case .review(let fields): review = fields
        case .cite(let fields): cite = fields
        }
        citeOpen = !cite.isEmpty
        reviewFields = [
            FieldView.text(
                id: "reviewer", name: "reviewer", label: "Reviewer (your name)",
                value: review["reviewer"], required: true),
            FieldView.choice(
                id: "decision", name: "decision", label: "Decision",
                values: ReviewDecision.allCases.map(\.rawValue), chosen: review["decision"],
                blank: "(choose)", required: true,
                hint: "Approve: the computed verdict stands. Reject: the claim cannot be signed "
                    + "as it stands. Override: your verdict replaces the computed one."),
            FieldView.choice(
                id: "verdict", name: "verdict", label: "Verdict (for an override)",
                values: Verdict.allCases.map(\.rawValue), chosen: review["verdict"],
                blank: "(none)"),
            FieldView.area(
                id: "reason", name: "reason", label: "Reason", value: review["reason"],
                required: true),
        ]
        citeFields = [
            FieldView.text(
                id: "ref", name: "ref", label: "Reference", value: cite["ref"], required: true,
                hint: "pmid:<digits>, doi:10.<prefix>/<suffix> or the id of a CSL-JSON item "
                    + "in Sources-Refs/; citing a reference the claim cites changes that "
                    + "citation."),
            FieldView.choice(
                id: "stance", name: "stance", label: "Stance",
                values: Stance.allCases.map(\.rawValue), chosen: cite["stance"],
                blank: "(choose)", required: true),
            FieldView.area(
                id: "note", name: "note", label: "Note (the finding in your words)",
                value: cite["note"]),
        ]
        citeAppraisalFields = CitationView.appraisalFields(prefix: "new-", cite)
        switch suggestions {
        case .success(let hits):
            self.suggestions = hits.enumerated().map { SuggestionView($1, rank: $0 + 1) }
            suggestionsProblem = hits.isEmpty ? "No candidate reference in the index." : nil
        case .failure(let error):
            self.suggestions = []
            suggestionsProblem = "No suggestions: \(error)"
        }
        self.notice = notice
        self.problem = problem
        self.conflict = conflict
        problems = graded.problems
    }
}
