import EvidentModel
import Testing

struct SentenceSplitterTests {
    static func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter.split(scalars).map {
            String(String.UnicodeScalarView(scalars[$0]))
        }
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(
            Self.sentences("Take approx. two tablets, e.g. with food. Dr. Smith agrees i.e. daily.")
                == ["Take approx. two tablets, e.g. with food.", "Dr. Smith agrees i.e. daily."])
        #expect(
            Self.sentences("MK-7 vs. MK-4 differ. Both work.") == [
                "MK-7 vs. MK-4 differ.", "Both work.",
            ])
    }

    /// The word before a full stop is read the same whatever its letters: capitals are
    /// lowercased ("APPROX.", "E.G."), and a word with a letter outside ASCII is read as
    /// Unicode ("Bäcker." ends its sentence, "Ça." too, and a capital initial "É." does not).
    @Test func abbreviationsInCapitalsAndWordsOutsideASCII() {
        #expect(
            Self.sentences("Take APPROX. Two, E.G. Daily. Ask Dr. Bäcker. Then Ça. Stop.") == [
                "Take APPROX. Two, E.G. Daily.", "Ask Dr. Bäcker.", "Then Ça.", "Stop.",
            ])
        #expect(Self.sentences("Ask É. Martin today.") == ["Ask É. Martin today."])
        #expect(
            Self.sentences("A very long wordwithoutanyend. Next one.") == [
                "A very long wordwithoutanyend.", "Next one.",
            ])
    }

    @Test func aMonthAbbreviationBeforeANumberEndsNoSentence() {
        #expect(
            Self.sentences("Updated Jan. 2025 by the editors. Take it in Mar. Then stop.") == [
                "Updated Jan. 2025 by the editors.", "Take it in Mar.", "Then stop.",
            ])
    }

    @Test func decimalsStayInside() {
        #expect(
            Self.sentences("Each dose has 2.5 mg. Take one.") == [
                "Each dose has 2.5 mg.", "Take one.",
            ])
    }

    @Test func listItemsHeadingsAndUnpunctuatedLines() {
        let text = """
            Q: What effect does it have?

            1. It prevents fractures.
            2. It lowers blood pressure
            - Supports bones
            Some points for attention:
            A heading without a stop
            Next line
            """
        #expect(
            Self.sentences(text) == [
                "Q: What effect does it have?", "It prevents fractures.",
                "It lowers blood pressure", "Supports bones", "Some points for attention:",
                "A heading without a stop", "Next line",
            ])
    }

    @Test func softWrappedLinesContinue() {
        #expect(
            Self.sentences("Vitamin K2 supports\nhealthy bones. It is safe.")
                == ["Vitamin K2 supports\nhealthy bones.", "It is safe."])
    }

    @Test func missingSpaceAfterFullStop() {
        #expect(
            Self.sentences("metabolism in the body.One of the main functions")
                == ["metabolism in the body.", "One of the main functions"])
    }

    @Test func questionsAndExclamations() {
        #expect(Self.sentences("Tired? Try it! Works.") == ["Tired?", "Try it!", "Works."])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        #expect(
            Self.sentences(
                "1. It is known as \u{201C}vascular calcification.\u{201D} Vitamin K2 helps.\n\n2. Second."
            )
                == [
                    "It is known as \u{201C}vascular calcification.\u{201D}", "Vitamin K2 helps.",
                    "Second.",
                ])
    }

    @Test func aStopBetweenDigitAndCapitalIsNoBoundary() {
        #expect(Self.sentences("Take 1.5 mg of MK-7.Daily") == ["Take 1.5 mg of MK-7.Daily"])
    }

    @Test func rangesCountUnicodeScalars() {
        let ranges = SentenceSplitter.split("Q: What?\nIt\u{2019}s K2. Yes.")
        #expect(ranges == [0..<8, 9..<17, 18..<22])
    }
}
