import EvidentModel

/// schema.org `ClaimReview` JSON-LD, one object per claim, in a JSON array: a textual rating
/// (`alternateName`) and a numeric one on a 1–4 scale (4 supported … 1 contradicted).
public enum ClaimReviewReporter: Reporter {
    /// `claimreview`.
    public static let identifier = "claimreview"
    /// Description.
    public static let summary = "schema.org ClaimReview JSON-LD, one per claim"
    /// `jsonld`.
    public static let fileExtension = "jsonld"

    /// Renders the JSON-LD array.
    public static func generate(_ report: EvidenceReport, options: ReportOptions) -> String {
        let date = String(report.generatedAt.prefix(10))
        let reviews = report.claims.map { assessment -> ClaimReviewLD in
            let claim = assessment.claim
            let document = report.documents[claim.document]
            let (value, name) = rating(assessment)
            return ClaimReviewLD(
                url: options.baseURL + "#" + claim.id.rawValue,
                claimReviewed: claim.statement,
                reviewBody: assessment.rationale,
                datePublished: claim.review?.date ?? date,
                author: .init(type: "Organization", name: options.publisher),
                itemReviewed: .init(
                    text: claim.quote,
                    appearance: document.map {
                        .init(
                            type: "CreativeWork", url: isURL($0.origin) ? $0.origin : nil,
                            headline: $0.title,
                            description: isURL($0.origin) ? nil : $0.origin)
                    },
                    author: document.flatMap { host($0.origin) }.map {
                        .init(type: "Organization", name: $0)
                    }),
                reviewRating: .init(
                    ratingValue: value, bestRating: 4, worstRating: 1, alternateName: name,
                    name: "Evident evidence scale"))
        }
        return JSONReporter.encode(reviews)
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

    private static func isURL(_ text: String) -> Bool {
        text.hasPrefix("https://") || text.hasPrefix("http://")
    }

    private static func host(_ origin: String) -> String? {
        guard isURL(origin) else { return nil }
        guard let range = origin.range(of: "://") else { return nil }
        let rest = origin[range.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return host.isEmpty ? nil : String(host)
    }
}
