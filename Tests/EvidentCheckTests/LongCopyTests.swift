import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Long copy is read in batches of sentences (bounded memory, whatever its length); the
/// findings must be the same as when the whole document is read at once, and every finding of
/// a long line dense with findings must point at its own words.
struct LongCopyTests {
    @Test func batchesCoverEverySentenceOnceInOrder() {
        let sentences = [0..<10, 11..<30, 31..<32, 33..<60, 61..<70]
        #expect(Checker.batches([], scalars: 10) == [])
        #expect(Checker.batches(sentences, scalars: 1) == [0..<1, 1..<2, 2..<3, 3..<4, 4..<5])
        #expect(Checker.batches(sentences, scalars: 30) == [0..<3, 3..<5])
        #expect(Checker.batches(sentences, scalars: 1_000) == [0..<5])
    }

    @Test(arguments: [1, 700, 20_000])
    func batchesDoNotChangeFindings(scalars: Int) throws {
        let checker = Checker(book: Fixtures.book, assessments: ClaimMatchingTests.claims)
        let source = SourceText(path: "long.txt", text: ParallelCheckTests.copy, format: .plain)
        let whole = checker.check(source, workers: 1, batchScalars: .max)
        #expect(whole.findings.count > 100)
        #expect(checker.check(source, workers: 1, batchScalars: scalars) == whole)
        #expect(checker.check(source, workers: 2, batchScalars: scalars) == whole)
    }

    /// A document rule and an escalation see the whole document, though the sentences that
    /// decide them are read in other batches.
    @Test func documentRulesAndEscalationsSpanBatches() throws {
        let checker = Checker(book: Fixtures.book)
        func findings(_ text: String) -> [Finding] {
            let one = checker.check(
                SourceText(path: "a.txt", text: text, format: .plain), workers: 1,
                batchScalars: 1)
            let all = checker.check(SourceText(path: "a.txt", text: text, format: .plain))
            #expect(one == all)
            return one.findings
        }
        let safety = try #require(
            findings("It is completely safe. Plain words here. Our vitamin K2 supports bones.")
                .first { $0.category == .absoluteSafety })
        #expect(safety.severity == .error)
        #expect(
            findings("It is completely safe. Plain words here. Our magnesium helps sleep.")
                .first { $0.category == .absoluteSafety }?.severity == .warning)
        let warned = findings(
            "Vitamin K2 supports healthy bones. Plain words here. If you take warfarin or "
                + "another anticoagulant, ask your doctor before use.")
        #expect(!warned.contains { $0.rule == "anticoagulant-interaction-disclosure" })
        let unwarned = findings("Plain words here. Vitamin K2 supports healthy bones.")
        let disclosure = try #require(
            unwarned.first { $0.rule == "anticoagulant-interaction-disclosure" })
        #expect(disclosure.column == 19)
    }

    /// A line of 1 MB with no sentence end, a disease claim every 75 characters: every
    /// repetition is flagged, at its own words.
    @Test func denseLineFindingsPointAtTheirWords() throws {
        let unit = "Our vitamin K2 drops support healthy bones and cure arthritis in weeks and "
        let count = 1_000_000 / unit.count
        let text = String(repeating: unit, count: count)
        let checker = Checker(book: Fixtures.book, market: .us)
        let file = checker.check(SourceText(path: "line.txt", text: text, format: .plain))
        let scalars = Array(text.unicodeScalars)
        for finding in file.findings {
            #expect(finding.line == 1 && finding.endLine == 1)
            let span = String(
                String.UnicodeScalarView(scalars[(finding.column - 1)..<finding.endColumn]))
            #expect(
                span.split(whereSeparator: \.isWhitespace).joined(separator: " ") == finding.text)
        }
        let cures = file.findings.filter {
            $0.category == .diseaseClaim && $0.text.contains("arthritis")
        }
        // A sentence is cut at white space every ~2,000 characters: a cut may fall inside a
        // claim; every other repetition is found, at the same place in its repetition.
        #expect(cures.count >= count * 9 / 10)
        let first = try #require(cures.first)
        #expect(first.column <= unit.count)
        for finding in cures {
            #expect((finding.column - first.column) % unit.count == 0)
            #expect(finding.text == first.text)
        }
        #expect(file.lines.count == 1)
    }
}
