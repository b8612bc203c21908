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

    /// A sentence with a number is keyed by its scalars and the text its numbers' readings may
    /// reach around it (`LabValueTable.reach`): the same words with the same text around the
    /// numbers are one key, whatever stands further away.
    @Test func aSentenceWithANumberIsKeyedWithTheTextItsNumbersReach() {
        func key(_ text: String, _ range: Range<Int>) -> Checker.RepeatKey? {
            Checker.RepeatKey(Array(text.unicodeScalars), range)
        }
        // The unit after a number is in its sentence: what follows the sentence is not read.
        #expect(key("Take 2 a day. Bones are strong.", 0..<13) != nil)
        #expect(
            key("Take 2 a day. Bones are strong.", 0..<13) == key("Take 2 a day. Teeth.", 0..<13))
        #expect(key("MK-7 lowers it. Yes.", 0..<15) == key("MK-7 lowers it. No.", 0..<15))
        // A number ending its sentence reaches the scalar after it.
        #expect(key("My A1C was 9. Fine.", 0..<13) == key("My A1C was 9. Good.", 0..<13))
        #expect(key("My A1C was 9. Fine.", 0..<13) != key("My A1C was 9.\nFine.", 0..<13))
        // A number opening its sentence reaches the word before it ("minus 2.8").
        #expect(key("So minus 2.8 is low.", 9..<20) != key("So about 2.8 is low.", 9..<20))
        #expect(key("Yes. 2.8 is low.", 5..<16) == key("Now. 2.8 is low.", 5..<16))
        // The scalar before a sentence is part of what it reads ("#" makes a hashtag).
        let tagged = Array("#Gout gone. Gout gone.".unicodeScalars)
        #expect(Checker.RepeatKey(tagged, 1..<11) != Checker.RepeatKey(tagged, 12..<22))
        // Where the sentence stands among the scalars is part of the key.
        #expect(key("a 1 b 1 c", 2..<5) != key("a 1 b 1 c", 2..<3))
    }

    /// Sentences with numbers (lab values, doses, years, a product code), each written again in
    /// other paragraphs and beside other sentences, read once: the findings of reading each
    /// afresh.
    @Test(arguments: [Market.all, .us, .eu])
    func repeatedSentencesWithNumbersGiveTheFindingsOfReadingEachAfresh(market: Market) {
        let checker = Checker(
            book: Fixtures.book, market: market, assessments: ClaimMatchingTests.claims)
        let sentences = [
            "My fasting glucose was 190 mg/dL before I started.",
            "Now it is 95.",
            "MK-7 lowers blood pressure in weeks.",
            "Each capsule provides 100 mcg (approx. 133% NRV), e.g. with breakfast.",
            "Our company was founded in 2009.",
            "My T-score was minus 2.8",
            "A1C went from 9.2 to 5.4 in 3 months!",
            "My BNP was 900 and now it's 150.",
            "Blood pressure 165 over 100, down to 118 over 76.",
            "Vitamin D3 supports healthy bones.",
            "It cures arthritis.",
            "Take 2 a day.",
        ]
        var generator = EvaluationSet.Generator(state: 11)
        var paragraphs: [String] = []
        for _ in 0..<40 {
            let size = Int(generator.next() % 4) + 1
            paragraphs.append(
                (0..<size).map { _ in sentences[Int(generator.next() % UInt64(sentences.count))] }
                    .joined(separator: " "))
        }
        let source = SourceText(
            path: "numbers.txt", text: paragraphs.joined(separator: "\n\n") + "\n", format: .plain)
        let afresh = checker.check(source, workers: 1, readsRepeatsOnce: false)
        #expect(afresh.findings.count > 40)
        #expect(checker.check(source, workers: 1) == afresh)
        #expect(checker.check(source, workers: 2) == afresh)
        #expect(checker.check(source, workers: 2, batchScalars: 500) == afresh)
    }
}

extension RepeatedSentenceTests {
    /// A finding of a sentence written again is the one made for the first, moved to where it
    /// stands (`Checker.RenderedKey`), unless it reads text outside the sentence: a claim whose
    /// substance the sentence before names says that sentence's substance, in every batch.
    @Test(arguments: [1, 2])
    func aRepeatedClaimNamesTheSubstanceOfItsOwnParagraph(workers: Int) {
        let checker = Checker(book: Fixtures.book, market: .eu)
        let claim = "It boosts your energy."
        let openings = ["Ginseng is in every capsule. ", "Guarana is in every capsule. ", ""]
        let text = (0..<60).map { openings[$0 % 3] + claim }.joined(separator: "\n\n") + "\n"
        let source = SourceText(path: "energy.txt", text: text, format: .plain)
        let afresh = checker.check(source, workers: 1, readsRepeatsOnce: false)
        let messages = afresh.findings.filter { $0.rule == "unauthorised-health-claim" }
            .map(\.message)
        #expect(messages.count == 60)
        #expect(
            Set(messages) == [
                "unauthorised health claim: 'It boosts your energy.' is not an authorised EU health"
                    + " claim for 'Ginseng' (no authorised wording of the EU register says it)",
                "unauthorised health claim: 'It boosts your energy.' is not an authorised EU health"
                    + " claim for 'Guarana' (no authorised wording of the EU register says it)",
                "unauthorised health claim: 'It boosts your energy.' is not an authorised EU health"
                    + " claim for this product (no authorised wording of the EU register says it)",
            ])
        #expect(checker.check(source, workers: workers) == afresh)
        // In small batches: the findings of earlier batches are read from those they kept.
        #expect(checker.check(source, workers: workers, batchScalars: 300) == afresh)
    }
}

extension RepeatedSentenceTests {
    /// Two label lines side by side (each says nothing of health but an aspect's name), one the
    /// register finds authorised ("I have energy" of B12), the other not ("firmer skin" of
    /// collagen), read in one chunk or in two: the same findings in either order. A label line
    /// lends no claim to its neighbour line; only a sentence that says a health statement does
    /// (the register's paragraph reading read whichever line came first, and a line read in
    /// another chunk, through its neighbour's verdict: session 31, found on the memo's test).
    @Test(arguments: [true, false])
    func twoLabelLinesReadTheSameInEveryChunk(authorisedFirst: Bool) {
        let checker = Checker(book: Fixtures.book, market: .eu)
        let authorised = "Since the B12 I have energy until dinner."
        let unauthorised = "Collagen for firmer skin."
        let lines = authorisedFirst ? [authorised, unauthorised] : [unauthorised, authorised]
        let text = "Hello there.\n\n" + lines.joined(separator: " ") + "\n"
        let source = SourceText(path: "lines.txt", text: text, format: .plain)
        let afresh = checker.check(source, workers: 1, readsRepeatsOnce: false)
        let found = afresh.findings.map { "\($0.rule) \($0.text)" }
        #expect(found.contains("unauthorised-health-claim \(unauthorised)"), "\(found)")
        #expect(found.contains("eu-authorised-health-claim \(authorised)"), "\(found)")
        for workers in [1, 2, 3] {
            #expect(checker.check(source, workers: workers) == afresh, "workers \(workers)")
            #expect(
                checker.check(source, workers: workers, readsRepeatsOnce: false) == afresh,
                "workers \(workers), afresh")
        }
    }
}

extension RepeatedSentenceTests {
    /// The register's verdict on a sentence is kept for the sentences written the same only
    /// when it was reached on the sentence's own words alone (`Checker.RegisterMemo.alone`):
    /// an Article 14 wording's effect half is unauthorised alone and authorised beside its risk
    /// factor, and a label line reads its neighbour, in whichever order the paragraphs come
    /// and however the batches fall.
    @Test(arguments: [1, 2])
    func registerVerdictsReadAloneAreKeptAndTheOthersJudgedAfresh(workers: Int) {
        let checker = Checker(book: Fixtures.book, market: .eu)
        let effect = "Barley beta-glucans has been shown to lower/reduce blood cholesterol."
        let risk = "High cholesterol is a risk factor in the development of coronary heart disease."
        let paragraphs = [
            effect, "\(effect) \(risk)",
            "Vitamin D contributes to the maintenance of normal bones.",
            "Collagen for firmer skin. Since the B12 I have energy until dinner.",
            "Chromium melts away blood sugar spikes.",
            "Since the B12 I have energy until dinner.",
        ]
        for order in [paragraphs, paragraphs.reversed()] {
            let text = (0..<36).map { order[$0 % order.count] }.joined(separator: "\n\n") + "\n"
            let source = SourceText(path: "register.txt", text: text, format: .plain)
            let afresh = checker.check(source, workers: 1, readsRepeatsOnce: false)
            let effects = Set(afresh.findings.filter { $0.text.hasPrefix("Barley") }.map(\.rule))
            #expect(
                effects.isSuperset(of: ["unauthorised-health-claim", "eu-authorised-health-claim"]),
                "\(effects)")
            #expect(checker.check(source, workers: workers) == afresh)
            // In small batches: later batches read what earlier ones kept.
            #expect(checker.check(source, workers: workers, batchScalars: 300) == afresh)
        }
    }
}

/// The evaluation set's SplitMix64, so the shuffled copy is the same in every run.
extension EvaluationSet.Generator: RandomNumberGenerator {}

extension RepeatedSentenceTests {
    /// Checking for the EU alone, a disease rule's finding yields to an authorised Article
    /// 14(1)(a) wording the register reads in the sentence, and the register reads past the
    /// sentence (one that names no substance speaks of those of the two sentences before it,
    /// and a wording's other half stands beside it): the same sentence after such a wording and
    /// in a paragraph of its own reads differently, in whichever order they come and however
    /// the batches fall (session 35: the disease rules were counted as reading a sentence
    /// alone, so the sentence written second had the findings of the first).
    @Test(arguments: [true, false])
    func aDiseaseRuleBesideAnArticle14WordingIsReadAgain(wordingFirst: Bool) {
        let checker = Checker(book: Fixtures.book, market: .eu)
        let wording =
            "Plant sterols have been shown to lower blood cholesterol. High cholesterol is a"
            + " risk factor in the development of coronary heart disease."
        let claim = "Your kidneys heal themselves with every scoop."
        let paragraphs = ["\(wording) \(claim)", claim]
        // (Not at the start of the text, where a sentence has a key of its own.)
        let text =
            "Hello there.\n\n"
            + (wordingFirst ? paragraphs : paragraphs.reversed()).joined(separator: "\n\n") + "\n"
        let source = SourceText(path: "kidneys.txt", text: text, format: .plain)
        let afresh = checker.check(source, workers: 1, readsRepeatsOnce: false)
        let found = afresh.findings.map { "\($0.line):\($0.column) \($0.rule) \($0.text)" }
        // The wording's line, and the claim's in a paragraph of its own: only there is
        // "kidneys heal" a disease claim.
        let (wordingLine, claimLine) = wordingFirst ? (3, 5) : (5, 3)
        let expected = [
            "\(wordingLine):1 eu-authorised-health-claim Plant sterols have been shown to lower"
                + " blood cholesterol.",
            "\(wordingLine):1 eu-conditions-of-use Plant sterols have been shown to lower blood",
            "\(claimLine):6 function-restoration-claim kidneys heal",
        ]
        #expect(found.sorted() == expected.sorted(), "\(found)")
        for workers in [1, 2] {
            #expect(checker.check(source, workers: workers) == afresh, "workers \(workers)")
            #expect(
                checker.check(source, workers: workers, batchScalars: 100) == afresh,
                "workers \(workers), small batches")
        }
    }
}
