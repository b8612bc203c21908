import EvidentModel
import EvidentTestSupport
import Foundation
import Testing

@testable import EvidentReport

/// The one-pass JSON writer must produce exactly what `JSONEncoder` produced before it.
@Suite struct JSONWriterTests {
    static let awkward =
        "q\"\\/ \u{0}\u{1}\u{8}\u{c}\n\r\t\u{1f}\u{7f} é 😀 \u{2028} <b>&amp;</b> ' e\u{301}"

    /// A report with everything the writer must get right: escapes, non-ASCII, empty lists,
    /// absent and present optionals, a negative change, a review and a missing one.
    static let report: EvidenceReport = {
        let citation = CitationAssessment(
            reference: ReferenceKey.literal("pmid:123"), stance: .contradicts, design: .rct,
            level: EvidenceLevel(2), population: .humans, retracted: true, concern: true,
            counted: false, reasoning: [awkward, ""], formatted: awkward, pmid: PMID("123"),
            doi: "10.1/x/y", note: awkward)
        let bare = CitationAssessment(
            reference: ReferenceKey.literal("doi:10.1/z"), stance: .supports, design: .unknown,
            level: EvidenceLevel(5), population: .unknown, formatted: "Z.")
        let review = Review(
            reviewer: "Zoë \"Z\"", date: "2026-11-20", decision: .override, verdict: .weak,
            reason: awkward, fingerprint: String(repeating: "f", count: 64))
        let reviewed = ClaimAssessment(
            claim: Claim(
                id: ClaimID.literal("a-claim"), document: "doc", quote: awkward, statement: awkward,
                category: .efficacy, citations: [],
                reviews: [review]),
            computedVerdict: .supported, contradicted: true, certainty: .veryLow,
            steps: [
                GradingStep(domain: .start, change: 2, reason: awkward, references: []),
                GradingStep(
                    domain: .riskOfBias, change: -1, reason: "r",
                    references: [citation.reference, bare.reference]),
            ],
            citations: [citation, bare], verdictReason: awkward,
            reviews: [
                ReviewState(review: review, staleReasons: [awkward]),
                ReviewState(
                    review: Review(
                        reviewer: "A", date: "2026-11-21", decision: .approve, reason: "")),
            ])
        let empty = ClaimAssessment(
            claim: Claim(
                id: ClaimID.literal("b-claim"), document: "doc", quote: "", statement: "",
                category: .mechanism, citations: []),
            computedVerdict: .unsupported, contradicted: false, certainty: .high, steps: [],
            citations: [], verdictReason: "")
        return EvidenceReport(
            kbHash: "sha256:abc", toolVersion: "0.1.0", generatedAt: "2026-11-24T12:00:00Z",
            claims: [reviewed, empty], documents: [:])
    }()

    static func encoded(_ report: EvidenceReport) throws -> String {
        try JSONReporter.encode(JSONReport(report))
    }

    @Test(arguments: [
        report, SampleReport.report,
        EvidenceReport(
            kbHash: "", toolVersion: "", generatedAt: "", claims: [], documents: [:]),
    ])
    func writesWhatJSONEncoderWrites(_ report: EvidenceReport) throws {
        let written = JSONReporter.generate(report, options: ReportOptions())
        #expect(written == (try Self.encoded(report)))
    }

    /// Enough claims to be written in batches on several threads and spliced together.
    @Test func aLargeReportIsWrittenInBatchesIdentically() throws {
        let claims = (0..<(JSONReport.claimsPerBatch * 2 + 123)).map { n in
            Self.report.claims[n % 2]
        }
        let large = EvidenceReport(
            kbHash: "h", toolVersion: "v", generatedAt: "t", claims: claims, documents: [:])
        let written = JSONReporter.generate(large, options: ReportOptions())
        #expect(written == (try Self.encoded(large)))
    }
}
