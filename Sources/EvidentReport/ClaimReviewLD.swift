/// The JSON-LD shape of one ClaimReview.
struct ClaimReviewLD: Encodable {
    struct Thing: Encodable {
        var type: String
        var name: String
        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name
        }
    }

    struct Work: Encodable {
        var type: String
        var url: String
        var headline: String
        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case url, headline
        }
    }

    struct ClaimLD: Encodable {
        var type = "Claim"
        var text: String
        var appearance: Work?
        var author: Thing?
        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case text, appearance, author
        }
    }

    struct RatingLD: Encodable {
        var type = "Rating"
        var ratingValue: Int
        var bestRating: Int
        var worstRating: Int
        var alternateName: String
        var name: String
        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case ratingValue, bestRating, worstRating, alternateName, name
        }
    }

    var context = "https://schema.org"
    var type = "ClaimReview"
    var url: String
    var claimReviewed: String
    /// The verdict's rationale, one plain sentence.
    var reviewBody: String
    var datePublished: String
    var author: Thing
    var itemReviewed: ClaimLD
    var reviewRating: RatingLD

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case type = "@type"
        case url, claimReviewed, reviewBody, datePublished, author, itemReviewed, reviewRating
    }
}
