import EvidentStore
import Testing

/// Splitting a document into statements for the coverage check.
struct KnowledgeBaseStatementTests {
    func texts(_ text: String) -> [String] { StatementSplitter().statements(in: text).map(\.text) }

    @Test func splitsSentencesAndMissingSpaces() {
        #expect(
            texts("It works in the body.One of them is MGP. Another is osteocalcin!")
                == ["It works in the body.", "One of them is MGP.", "Another is osteocalcin!"])
    }

    @Test func listMarkersAndClosingQuotes() {
        #expect(
            texts(
                "1. It is known as \u{201C}vascular calcification.\u{201D} Vitamin K2 helps.\n\n2. Second."
            )
                == [
                    "It is known as \u{201C}vascular calcification.\u{201D}", "Vitamin K2 helps.",
                    "Second.",
                ])
    }

    @Test func keepsDecimalsAndAbbreviationsWithoutSpaceTogether() {
        #expect(texts("Take 1.5 mg of MK-7.Daily") == ["Take 1.5 mg of MK-7.Daily"])
    }

    @Test func positionsCountUnicodeScalars() {
        let statements = StatementSplitter().statements(in: "Q: What?\nIt\u{2019}s K2. Yes.")
        #expect(statements.map(\.start) == [0, 9, 18])
        #expect(statements.map(\.end) == [8, 17, 22])
        #expect(statements.map(\.line) == [1, 2, 2])
        #expect(statements.map(\.column) == [1, 1, 10])
    }
}
