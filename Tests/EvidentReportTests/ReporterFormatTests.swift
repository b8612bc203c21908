import EvidentModel
import EvidentReport
import Foundation
import Testing

private let report = SampleReport.report

@Test func jsonHasTheDocumentedShape() throws {
    let data = Data(JSONReporter.generate(report, options: ReportOptions()).utf8)
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(Set(root.keys) == ["kb_hash", "tool_version", "generated_at", "summary", "claims"])
    let summary = try #require(root["summary"] as? [String: Int])
    #expect(summary == ["supported": 0, "weak": 2, "unsupported": 1, "contradicted": 1])
    let claims = try #require(root["claims"] as? [[String: Any]])
    let first = try #require(claims.first)
    for key in [
        "id", "statement", "quote", "verdict", "contradicted", "certainty", "steps", "citations",
        "reviews", "review_state", "rationale",
    ] {
        #expect(first[key] != nil, "missing \(key)")
    }
    #expect(first["verdict"] as? String == "weak")
    #expect(first["computed_verdict"] as? String == "supported")
    let step = try #require((first["steps"] as? [[String: Any]])?.first)
    #expect(Set(step.keys) == ["domain", "change", "reason", "references"])
    let citation = try #require((first["citations"] as? [[String: Any]])?.first)
    for key in ["ref", "stance", "design", "level", "population", "retracted"] {
        #expect(citation[key] != nil, "missing \(key)")
    }
    let appraisal = try #require(citation["appraisal"] as? [String: Any])
    #expect(appraisal["risk_of_bias"] as? String == "low")
    #expect(appraisal["fit"] as? String == "partial")
    #expect(appraisal["participants"] as? Int == 244)
    #expect(
        first["rationale"] as? String
            == "Supported (moderate certainty): Knapen 2013 supports it, and nothing of similar "
            + "quality disagrees.")
    #expect(first["review_state"] as? String == "overridden")
    let review = try #require((first["reviews"] as? [[String: Any]])?.first)
    #expect(
        Set(review.keys) == [
            "reviewer", "date", "decision", "verdict", "reason", "fingerprint", "stale",
            "stale_reasons",
        ])
    #expect(claims[1]["review_state"] as? String == "stale")
    let stale = try #require((claims[1]["reviews"] as? [[String: Any]])?.first)
    #expect(stale["stale"] as? Bool == true)
    #expect(
        stale["stale_reasons"] as? [String] == [
            "reference 'pmid:23525894' retracted since the review"
        ])
    #expect(claims[2]["review_state"] as? String == "unreviewed")
    #expect((claims[2]["reviews"] as? [Any])?.isEmpty == true)
}

@Test func csvQuotesPerRFC4180() {
    #expect(CSVReporter.field("plain") == "plain")
    #expect(CSVReporter.field("a, b") == "\"a, b\"")
    #expect(CSVReporter.field("say \"no\"") == "\"say \"\"no\"\"\"")
    #expect(CSVReporter.field("two\nlines") == "\"two\nlines\"")
    // "\r\n" is one Character in Swift: the field must still be quoted.
    #expect(CSVReporter.field("two\r\nlines") == "\"two\r\nlines\"")
    #expect(CSVReporter.field("cr\ronly") == "\"cr\ronly\"")
}

/// Cells a spreadsheet would run as a formula get a leading `'` and quotes (OWASP).
@Test(arguments: ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
func csvNeutralisesFormulaStarts(cell: String) {
    #expect(CSVReporter.field(cell) == "\"'" + cell + "\"")
}

@Test func csvLeavesOtherCellsAlone() {
    #expect(CSVReporter.field("1-2") == "1-2")
    #expect(CSVReporter.field("a=b") == "a=b")
    let csv = CSVReporter.generate(report, options: ReportOptions())
    #expect(csv.hasPrefix("id,verdict,computed_verdict,contradicted,certainty,"))
    #expect(csv.components(separatedBy: "\r\n").count == 5)
}

@Test func htmlEscapesEverythingAndLoadsNothing() throws {
    #expect(HTMLReporter.escape("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
    let html = try HTMLReporter.generate(report, options: ReportOptions())
    #expect(!html.contains("<PD>"))
    #expect(html.contains("&lt;PD&gt;"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<link"))
    #expect(!html.contains("src="))
    #expect(!html.contains("@import"))
    #expect(html.contains("@media print"))
    #expect(html.contains("<svg class=\"chart\""))
    #expect(html.contains("https://pubmed.ncbi.nlm.nih.gov/23525894/"))
    #expect(html.contains("https://doi.org/10.1007/s00198-013-2325-6"))
}

@Test func textUsesColourOnlyWhenAsked() {
    let plain = TextReporter.generate(report, options: ReportOptions())
    let coloured = TextReporter.generate(report, options: ReportOptions(colour: true))
    #expect(!plain.contains("\u{1B}["))
    #expect(coloured.contains("\u{1B}[1;31mUNSUPPORTED (0)\u{1B}[0m"))
    #expect(coloured.contains("\u{1B}[1;35mCONTRADICTED (1)\u{1B}[0m"))
}

@Test func claimReviewRatesEachClaimTextuallyAndNumerically() throws {
    let options = ReportOptions(publisher: "Desk", baseURL: "https://example.org/r.html")
    let data = Data(try ClaimReviewReporter.generate(report, options: options).utf8)
    let reviews = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    #expect(reviews.count == 3)
    let last = reviews[2]
    #expect(last["@type"] as? String == "ClaimReview")
    #expect(last["@context"] as? String == "https://schema.org")
    let rating = try #require(last["reviewRating"] as? [String: Any])
    #expect(rating["alternateName"] as? String == "Contradicted by the evidence")
    #expect((last["reviewBody"] as? String)?.hasPrefix("Contradicted (high certainty): ") == true)
    #expect(rating["ratingValue"] as? Int == 1)
    #expect(rating["bestRating"] as? Int == 4)
    #expect(rating["worstRating"] as? Int == 1)
    let item = try #require(last["itemReviewed"] as? [String: Any])
    #expect(item["@type"] as? String == "Claim")
    #expect(item["text"] as? String == "treats Parkinson’s disease")
    let appearance = try #require(item["appearance"] as? [String: Any])
    #expect(appearance["url"] as? String == "https://example.com/k2")
}
