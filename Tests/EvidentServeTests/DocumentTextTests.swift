import EvidentKit
import Testing

@testable import EvidentServe

@Suite("Quotes in their paragraph")
struct DocumentTextTests {
    static let text = "Title\n\nFirst line.\nIt says K2 helps. More.\n\n\nLast paragraph ñ here."

    func claim(_ quote: String, position: QuotePosition? = nil) throws -> Claim {
        Claim(
            id: try #require(ClaimID("c")), document: "d", quote: quote, position: position,
            statement: "S.", category: .efficacy)
    }

    @Test("paragraphs are separated by blank lines")
    func paragraphs() {
        let text = DocumentText(Self.text)
        #expect(
            text.paragraphs().map(text.text) == [
                "Title", "First line.\nIt says K2 helps. More.", "Last paragraph ñ here.",
            ])
    }

    @Test("a quote is found at its position, else by its text, with its paragraph")
    func locate() throws {
        let text = DocumentText(Self.text)
        let range = try #require(text.locate(try claim("K2 helps")))
        #expect(text.text(range) == "K2 helps")
        #expect(text.text(text.paragraph(around: range)) == "First line.\nIt says K2 helps. More.")
        let placed = try #require(
            text.locate(try claim("ñ here", position: QuotePosition(line: 8, start: 62, end: 68))))
        #expect(text.text(placed) == "ñ here")
        #expect(text.locate(try claim("not in the text")) == nil)
        // A stale position falls back to the text.
        let moved = text.locate(
            try claim("K2 helps", position: QuotePosition(line: 1, start: 0, end: 8)))
        #expect(moved.map(text.text) == "K2 helps")
    }
}
