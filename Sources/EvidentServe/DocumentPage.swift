import EvidentKit

/// `/documents/{id}`: the source document as retrieved, each claim's quote marked and linked
/// to its claim, and the list of its claims.
struct DocumentPage: Sendable {
    /// A run of text: plain, or a claim's quote.
    struct Segment: Sendable {
        /// The text.
        var text: String
        /// Whether it is a quote.
        var marked: Bool
        /// The claim it quotes.
        var claimID: String?
        /// Its verdict in force (the mark's colour).
        var markVerdict: String?
        /// Whether it begins its quote (a quote spanning paragraphs is marked in each; only
        /// its first run carries the claim's anchor, so an id is never repeated).
        var anchor = false
    }

    /// A paragraph.
    struct Paragraph: Sendable {
        /// Its runs, in order.
        var segments: [Segment]
    }

    /// The page title.
    var title: String
    /// The document id.
    var id: String
    /// Where it came from.
    var origin: String
    /// When it was retrieved.
    var retrieved: String
    /// The text.
    var paragraphs: [Paragraph]
    /// Its claims.
    var rows: [ClaimRow]
    /// `38 claims: …` for this document.
    var summary: String
    /// Claims whose quote overlaps another's or is not in the text (not marked).
    var unmarked: [ClaimRow]
    /// The knowledge base's problems, if any.
    var problems: [String]

    /// The page of `document` with the graded claims taken from it.
    init(_ document: SourceDocument, claims: [ClaimAssessment], problems: [String]) {
        title = document.title
        id = document.id
        origin = document.origin
        retrieved = document.retrieved
        rows = claims.map(ClaimRow.init)
        self.problems = problems
        summary = ReportWording.summary(
            EvidenceReport(kbHash: "", toolVersion: "", generatedAt: "", claims: claims))
        let text = DocumentText(document.text)
        var located: [(range: Range<Int>, assessment: ClaimAssessment)] = []
        var unmarked: [ClaimRow] = []
        for assessment in claims {
            if let range = text.locate(assessment.claim) {
                located.append((range, assessment))
            } else {
                unmarked.append(ClaimRow(assessment))
            }
        }
        located.sort { $0.range.lowerBound < $1.range.lowerBound }
        var marks: [(range: Range<Int>, assessment: ClaimAssessment)] = []
        for entry in located {
            if let last = marks.last, last.range.overlaps(entry.range) {
                unmarked.append(ClaimRow(entry.assessment))
            } else {
                marks.append(entry)
            }
        }
        self.unmarked = unmarked
        paragraphs = text.paragraphs().map { paragraph in
            var segments: [Segment] = []
            var cursor = paragraph.lowerBound
            for mark in marks where paragraph.overlaps(mark.range) {
                let range = mark.range.clamped(to: paragraph)
                if cursor < range.lowerBound {
                    segments.append(
                        Segment(text: text.text(cursor..<range.lowerBound), marked: false))
                }
                segments.append(
                    Segment(
                        text: text.text(range), marked: true,
                        claimID: mark.assessment.claim.id.rawValue,
                        markVerdict: VerdictLabel(mark.assessment).rawValue,
                        anchor: range.lowerBound == mark.range.lowerBound))
                cursor = max(cursor, range.upperBound)
            }
            if cursor < paragraph.upperBound {
                segments.append(
                    Segment(text: text.text(cursor..<paragraph.upperBound), marked: false))
            }
            return Paragraph(segments: segments)
        }
    }
}
