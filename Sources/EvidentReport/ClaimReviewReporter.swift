import EvidentModel

/// schema.org `ClaimReview` JSON-LD, one object per claim, in a JSON array: a textual rating
/// (`alternateName`) and a numeric one on a 1–4 scale (4 supported … 1 contradicted).
///
/// Google's required properties are always there: `claimReviewed`, `reviewRating` with its
/// `alternateName`, an absolute `url` (`<base URL>#<claim id>`, the claim's section of the
/// published HTML report) and the reviewing organisation as `author`; so a report without
/// ``ReportOptions/baseURL`` and ``ReportOptions/publisher`` is refused. Recommended ones come
/// from the data: `datePublished` (the sign-off date, else the report's date) and the claim's
/// `appearance` — the article's title and its URL when the document's `origin` is one (a
/// local path is never published), whose host is the claim's `author`.
public enum ClaimReviewReporter: Reporter {
    /// `claimreview`.
    public static let identifier = "claimreview"
    /// Description.
    public static let summary = "schema.org ClaimReview JSON-LD, one per claim"
    /// `jsonld`.
    public static let fileExtension = "jsonld"

    /// Renders the JSON-LD array; throws ``ReportError/incompleteOptions(format:missing:)``
    /// without an absolute base URL or a publisher.
    public static func generate(_ report: EvidenceReport, options: ReportOptions) throws -> String {
        guard let baseURL = options.baseURL, ReportOptions.isAbsoluteURL(baseURL) else {
            throw ReportError.incompleteOptions(
                format: identifier,
                missing: "the absolute URL where the HTML report is published")
        }
        guard let publisher = options.publisher, !publisher.isEmpty else {
            throw ReportError.incompleteOptions(
                format: identifier, missing: "the reviewing organisation")
        }
        return try JSONReporter.encode(reviews(report, url: baseURL, publisher: publisher))
    }

    /// The reviews, one per claim; each `url` is `url` + `#` + the claim id (a bare fragment
    /// when `url` is empty: resolved against the page that embeds them).
    static func reviews(_ report: EvidenceReport, url: String, publisher: String)
        -> [ClaimReviewLD]
    {
        let date = String(report.generatedAt.prefix(10))
        let page =
            url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            .first.map(String.init) ?? url
        return report.claims.map { assessment -> ClaimReviewLD in
            let claim = assessment.claim
            let document = report.documents[claim.document]
            let origin = document.map(\.origin).flatMap {
                ReportOptions.isAbsoluteURL($0) ? $0 : nil
            }
            let (value, name) = rating(assessment)
            return ClaimReviewLD(
                url: page + "#" + claim.id.rawValue,
                claimReviewed: claim.statement,
                reviewBody: assessment.rationale,
                datePublished: claim.review?.date ?? date,
                author: .init(type: "Organization", name: publisher),
                itemReviewed: .init(
                    text: claim.quote,
                    appearance: document.flatMap { document in
                        origin.map {
                            .init(type: "CreativeWork", url: $0, headline: document.title)
                        }
                    },
                    author: origin.flatMap(host).map { .init(type: "Organization", name: $0) }),
                reviewRating: .init(
                    ratingValue: value, bestRating: 4, worstRating: 1, alternateName: name,
                    name: "Evident evidence scale"))
        }
    }

    /// The numeric and textual rating of a claim.
    static func rating(_ assessment: ClaimAssessment) -> (Int, String) {
        let certainty = assessment.certainty.label
        switch assessment.verdict {
        case .supported: return (4, "Supported by the evidence (\(certainty) certainty)")
        case .weak: return (3, "Weak evidence (\(certainty) certainty)")
        case .unsupported where assessment.contradicted:
            return (1, "Contradicted by the evidence")
        case .unsupported: return (2, "Unsupported by the evidence")
        }
    }

    private static func host(_ origin: String) -> String? {
        guard let range = origin.range(of: "://") else { return nil }
        let rest = origin[range.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        return host.isEmpty ? nil : String(host)
    }
}
