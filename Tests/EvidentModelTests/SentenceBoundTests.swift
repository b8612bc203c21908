import EvidentModel
import Testing

/// However long a run without a sentence end, the splitter's sentences stay bounded, so the
/// work spent per sentence does too.
struct SentenceBoundTests {
    static let maximum = SentenceSplitter.maximumSentenceLength

    @Test func aLongRunOfWordsIsCutAtWhiteSpace() {
        let words = (0..<40_000).map { "word\($0 % 97)" }
        let text = Array(words.joined(separator: " ").unicodeScalars)
        let ranges = SentenceSplitter.split(text)
        #expect(ranges.count > text.count / Self.maximum)
        #expect(ranges.allSatisfy { $0.count <= Self.maximum })
        // Every word is in exactly one sentence: cuts fall between words.
        let rejoined = ranges.map { String(String.UnicodeScalarView(text[$0])) }
            .joined(separator: " ")
        #expect(rejoined == words.joined(separator: " "))
        #expect(ranges.dropLast().allSatisfy { $0.count > Self.maximum / 2 })
    }

    @Test func aRunWithoutWhiteSpaceIsCutAtTheMaximum() {
        let text = Array(String(repeating: "a", count: 5 * Self.maximum + 7).unicodeScalars)
        let ranges = SentenceSplitter.split(text)
        #expect(ranges.map(\.count) == Array(repeating: Self.maximum, count: 5) + [7])
    }

    @Test func longPunctuationRunsAndDottedWordsStayBounded() {
        let dots = Array(
            ("Stop" + String(repeating: ".", count: 50_000) + " Next one.").unicodeScalars)
        let ranges = SentenceSplitter.split(dots)
        #expect(ranges.allSatisfy { $0.count <= Self.maximum })
        // "Stop" and the first dots, cut at the maximum; the rest of the run holds no word
        // (no sentence), then the next sentence.
        #expect(ranges.map(\.count) == [Self.maximum, "Next one.".count])
        let dotted = Array(String(repeating: "a.", count: 30_000).unicodeScalars)
        #expect(SentenceSplitter.split(dotted).allSatisfy { $0.count <= Self.maximum })
        let shouts = Array(
            ("Buy now" + String(repeating: "!", count: 40) + " Today.").unicodeScalars)
        #expect(
            SentenceSplitter.split(shouts).map { String(String.UnicodeScalarView(shouts[$0])) }
                == ["Buy now" + String(repeating: "!", count: 40), "Today."])
    }

    @Test func ordinarySentencesAreNotCut() {
        let sentence = String(repeating: "Vitamin K2 supports bone health ", count: 60) + "daily."
        #expect(sentence.unicodeScalars.count < Self.maximum)
        #expect(SentenceSplitter.split(sentence).count == 1)
    }
}
