import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// A sentence written again is tagged, matched and judged by the rules that read it alone once;
/// the findings must be those of reading every sentence afresh, in every paragraph it stands
/// in (the rules that read the paragraph, a question's answer or the register still read it).
struct RepeatedSentenceTests {
    /// Every rule's examples, in paragraphs of one to five, the whole shuffled three times: the
    /// same sentence stands after and before different sentences, opening a paragraph or not.
    static let copy: String = {
        let examples = Fixtures.book.compiled.flatMap {
            $0.rule.examples.fail + $0.rule.examples.pass
        }
        var generator = EvaluationSet.Generator(state: 7)
        var paragraphs: [String] = []
        for _ in 0..<3 {
            var pool = examples.shuffled(using: &generator)
            while !pool.isEmpty {
                let size = min(pool.count, Int(generator.next() % 5) + 1)
                paragraphs.append(pool.prefix(size).joined(separator: " "))
                pool.removeFirst(size)
            }
        }
        return paragraphs.shuffled(using: &generator).joined(separator: "\n\n") + "\n"
    }()

    @Test(arguments: [Market.all, .us, .eu])
    func repeatsReadOnceGiveTheFindingsOfReadingEachAfresh(market: Market) {
        let checker = Checker(
            book: Fixtures.book, market: market, assessments: ClaimMatchingTests.claims)
        for source in [
            SourceText(path: "examples.txt", text: Self.copy, format: .plain),
            SourceText(path: "long.txt", text: ParallelCheckTests.copy, format: .plain),
        ] {
            let afresh = checker.check(source, workers: 1, readsRepeatsOnce: false)
            #expect(afresh.findings.count > 100)
            #expect(checker.check(source, workers: 1) == afresh)
            #expect(checker.check(source, workers: 3) == afresh)
            // In small batches: a sentence tagged and matched in an earlier batch is read
            // from the memo the batches share.
            #expect(checker.check(source, workers: 2, batchScalars: 2_000) == afresh)
        }
    }

    /// An answer is matched with its question's words: the same sentence after a question and
    /// elsewhere links different claims.
    @Test(arguments: [Market.all, .us, .eu])
    func anAnswerToAQuestionIsReadOnItsOwn(market: Market) {
        let checker = Checker(
            book: Fixtures.book, market: market, assessments: ClaimSenseTests.claims)
        let answer = "A daily menaquinone-7 softgel has you covered."
        for text in [
            "\(answer)\n\nBlood pressure creeping up? \(answer)\n",
            "Blood pressure creeping up? \(answer)\n\n\(answer)\n",
        ] {
            let source = SourceText(path: "answer.txt", text: text, format: .plain)
            let afresh = checker.check(source, workers: 1, readsRepeatsOnce: false)
            #expect(afresh.findings.contains { $0.claimID?.rawValue == "k2-lowers-blood-pressure" })
            #expect(checker.check(source, workers: 1) == afresh)
        }
    }

    @Test func aSentenceWithAWordStartingWithADigitIsReadOnItsOwn() {
        let text = Array("A1C of 9 mg. Bones are strong. Take 2 a day.".unicodeScalars)
        #expect(Checker.RepeatKey(text, 0..<12) == nil)
        #expect(Checker.RepeatKey(text, 13..<30) != nil)
        #expect(Checker.RepeatKey(text, 31..<text.count) == nil)
        // The scalar before a sentence is part of what it reads ("#" makes a hashtag).
        let tagged = Array("#Gout gone. Gout gone.".unicodeScalars)
        #expect(Checker.RepeatKey(tagged, 1..<11) != Checker.RepeatKey(tagged, 12..<22))
    }
}

/// The evaluation set's SplitMix64, so the shuffled copy is the same in every run.
extension EvaluationSet.Generator: RandomNumberGenerator {}
