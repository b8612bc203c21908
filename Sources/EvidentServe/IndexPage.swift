import EvidentKit

/// `/`: every claim, grouped by verdict and filtered by verdict, document, category and review
/// state, with counts and the summary chart.
struct IndexPage: Sendable {
    /// A filter select with a count beside each choice.
    struct Filter: Sendable {
        /// The field's id and name.
        var name: String
        /// Its label.
        var caption: String
        /// `(all)` then each value with its count.
        var choices: [OptionView]
    }

    /// One group of claims with the same verdict label.
    struct Group: Sendable {
        /// `supported` …
        var verdict: String
        /// `Supported` …
        var heading: String
        /// The claims, in id order.
        var rows: [ClaimRow]
        /// How many.
        var size: Int
    }

    /// A document of the knowledge base.
    struct DocumentLink: Sendable {
        /// `/documents/<id>`.
        var href: String
        /// The title.
        var name: String
        /// How many claims it has.
        var claimCount: Int
    }

    /// The page title.
    var title = "Claims"
    /// `38 claims: 8 supported, 6 weak, 24 unsupported`.
    var summary: String
    /// The chart of verdict counts.
    var chart: SummaryChart
    /// The filters.
    var filters: [Filter]
    /// Whether a filter is set.
    var filtered: Bool
    /// `Showing 6 of 38 claims.`
    var showing: String
    /// The claims that pass the filters, by verdict.
    var groups: [Group]
    /// Whether no claim passes.
    var noMatch: Bool
    /// The review states and their counts, over all claims.
    var reviewCounts: [OptionView]
    /// The documents.
    var documents: [DocumentLink]
    /// The knowledge base's problems, if any.
    var problems: [String]

    /// The page for a graded knowledge base and the filters in the query.
    init(_ graded: Evident.GradedKnowledgeBase, filter: ClaimFilter) {
        let report = graded.report
        let claims = report.claims
        summary = ReportWording.summary(report)
        chart = SummaryChart(report)
        filtered = filter.isActive
        let shown = claims.filter { filter.admits($0) }
        showing = "Showing \(shown.count) of \(claims.count) claims."
        groups = ReportWording.labels.compactMap { label in
            let rows = shown.filter { VerdictLabel($0) == label }.map(ClaimRow.init)
            guard !rows.isEmpty else { return nil }
            return Group(
                verdict: label.rawValue, heading: label.title, rows: rows, size: rows.count)
        }
        noMatch = shown.isEmpty
        let documentIDs = Set(claims.map(\.claim.document)).union(report.documents.keys).sorted()
        func filterSelect(
            _ name: String, _ caption: String, _ values: [String], chosen: String?,
            value: (ClaimAssessment) -> String
        ) -> Filter {
            let pool = claims.filter { filter.admits($0, ignoring: name) }
            var choices = [OptionView(value: "", label: "(all)", selected: chosen == nil)]
            for candidate in values {
                let count = pool.filter { value($0) == candidate }.count
                choices.append(
                    OptionView(
                        value: candidate, label: "\(candidate) (\(count))",
                        selected: candidate == chosen))
            }
            return Filter(name: name, caption: caption, choices: choices)
        }
        filters = [
            filterSelect(
                "verdict", "Verdict", ReportWording.labels.map(\.rawValue),
                chosen: filter.verdict?.rawValue
            ) { VerdictLabel($0).rawValue },
            filterSelect("document", "Document", documentIDs, chosen: filter.document) {
                $0.claim.document
            },
            filterSelect(
                "category", "Category", ClaimCategory.allCases.map(\.rawValue),
                chosen: filter.category?.rawValue
            ) { $0.claim.category.rawValue },
            filterSelect(
                "review", "Review state", ReviewStatus.allCases.map(\.rawValue),
                chosen: filter.review?.rawValue
            ) { ReviewStatus($0).rawValue },
        ]
        reviewCounts = ReviewStatus.allCases.map { status in
            let count = claims.filter { ReviewStatus($0) == status }.count
            return OptionView(value: status.rawValue, label: "\(count)", selected: false)
        }
        documents = documentIDs.map { id in
            DocumentLink(
                href: "/documents/" + id, name: report.documents[id]?.title ?? id,
                claimCount: claims.filter { $0.claim.document == id }.count)
        }
        problems = graded.problems
    }
}
