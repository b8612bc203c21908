import EvidentModel
import EvidentReport
import Foundation
import Testing

/// ClaimReview output checked against schema.org's `ClaimReview` and Google's fact-check
/// structured-data requirements (developers.google.com/search/docs/appearance/structured-data/
/// factcheck): required `claimReviewed`, `reviewRating` (with `alternateName`; a numeric
/// rating with its `bestRating`/`worstRating` range), `url` (absolute), `author` (an
/// Organization or Person with a `name`); recommended `itemReviewed` (a `Claim` with
/// `appearance` — a CreativeWork with an absolute `url` — and `author`) and `datePublished`.
struct ClaimReviewShapeTests {
    static let options = ReportOptions(
        publisher: "Example Health Desk", baseURL: "https://example.org/audit/report.html")

    /// schema.org properties allowed on each object, by its `@type`.
    static let allowed: [String: Set<String>] = [
        "ClaimReview": [
            "@context", "@type", "url", "claimReviewed", "datePublished", "author",
            "itemReviewed", "reviewRating", "reviewBody",
        ],
        "Claim": ["@type", "text", "appearance", "firstAppearance", "author", "datePublished"],
        "CreativeWork": ["@type", "url", "headline", "datePublished", "author"],
        "Organization": ["@type", "name", "url"],
        "Person": ["@type", "name", "url"],
        "Rating": [
            "@type", "ratingValue", "bestRating", "worstRating", "alternateName", "name",
            "image",
        ],
    ]

    /// Problems with one JSON-LD object and its nested objects, as readable strings.
    static func problems(_ object: [String: Any], path: String = "") -> [String] {
        guard let type = object["@type"] as? String, let allowed = allowed[type] else {
            return ["\(path): unknown @type \(object["@type"] ?? "none")"]
        }
        var problems = Set(object.keys).subtracting(allowed).sorted().map {
            "\(path): '\($0)' is not a \(type) property"
        }
        for (key, value) in object {
            if let child = value as? [String: Any] {
                problems += Self.problems(child, path: path + "." + key)
            }
        }
        return problems
    }

    static func isAbsolute(_ value: Any?) -> Bool {
        guard let text = value as? String, let url = URL(string: text) else { return false }
        return (url.scheme == "https" || url.scheme == "http") && url.host != nil
    }

    static func isDate(_ value: Any?) -> Bool {
        guard let text = value as? String else { return false }
        return text.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil
    }

    @Test func everyReviewHasGooglesRequiredAndRecommendedProperties() throws {
        let text = try ClaimReviewReporter.generate(SampleReport.report, options: Self.options)
        let reviews = try #require(
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(reviews.count == SampleReport.report.claims.count)
        for review in reviews {
            #expect(Self.problems(review) == [])
            #expect(review["@context"] as? String == "https://schema.org")
            #expect(review["@type"] as? String == "ClaimReview")
            #expect(!((review["claimReviewed"] as? String) ?? "").isEmpty)
            #expect(Self.isAbsolute(review["url"]), "\(review["url"] ?? "none")")
            #expect(Self.isDate(review["datePublished"]))
            let author = try #require(review["author"] as? [String: Any])
            #expect(["Organization", "Person"].contains(author["@type"] as? String))
            #expect(author["name"] as? String == "Example Health Desk")
            let rating = try #require(review["reviewRating"] as? [String: Any])
            #expect(!((rating["alternateName"] as? String) ?? "").isEmpty)
            let value = try #require(rating["ratingValue"] as? Int)
            let best = try #require(rating["bestRating"] as? Int)
            let worst = try #require(rating["worstRating"] as? Int)
            #expect(worst <= value && value <= best)
            let item = try #require(review["itemReviewed"] as? [String: Any])
            #expect(item["@type"] as? String == "Claim")
            let appearance = try #require(item["appearance"] as? [String: Any])
            #expect(Self.isAbsolute(appearance["url"]))
            let claimAuthor = try #require(item["author"] as? [String: Any])
            #expect(!((claimAuthor["name"] as? String) ?? "").isEmpty)
        }
    }

    /// A document whose origin is not a URL (a local path) is never published as the
    /// claim's appearance.
    @Test func aLocalOriginIsNotAnAppearance() throws {
        var report = SampleReport.report
        for key in report.documents.keys {
            report.documents[key]?.origin = "shared/seed/article.txt (marketing article)"
        }
        let text = try ClaimReviewReporter.generate(report, options: Self.options)
        #expect(!text.contains("shared/seed"))
        #expect(!text.contains("appearance"))
    }

    @Test func withoutABaseURLOrAPublisherTheFormatIsRefused() {
        #expect(
            throws: ReportError.incompleteOptions(
                format: "claimreview",
                missing: "the absolute URL where the HTML report is published")
        ) {
            try ClaimReviewReporter.generate(SampleReport.report, options: ReportOptions())
        }
        #expect(
            throws: ReportError.incompleteOptions(
                format: "claimreview", missing: "the reviewing organisation")
        ) {
            try ClaimReviewReporter.generate(
                SampleReport.report, options: ReportOptions(baseURL: "https://example.org/r"))
        }
    }
}
