import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// The lay-language reader (`lay-disease-claim`, `LayModel.swift`): a logistic regression
/// trained by `.ci/train-lay-model` on the development set, asked about the sentences no rule
/// found a disease claim in. The two disease sentences and the two lawful ones are rows of the
/// development set it was trained on (`Tests/Evaluation/dev` at 76f0f7f4): this pins its
/// behaviour and its message, it does not measure it (the spent sets do).
struct LayModelTests {
    private static func lay(_ text: String, market: Market = .us) -> [Finding] {
        Fixtures.check(text + "\n", market: market).filter { $0.rule == "lay-disease-claim" }
    }

    @Test func theBundledModelLoads() throws {
        let model = try #require(LayModel.bundled)
        #expect(model.rows == 11307)
        #expect(model.featureCount > 1000)
        #expect(model.threshold > 0.5 && model.threshold < 1)
        #expect(model.header.contains { $0.contains("Trained on the development set only") })
    }

    /// `evident rules` names the rule's provenance: the development set and its rows, as the
    /// model file says them.
    @Test func theRuleSaysWhatItWasTrainedOn() throws {
        let model = try #require(LayModel.bundled)
        let rule = try #require(Fixtures.book.rules.first { $0.id == "lay-disease-claim" })
        #expect(rule.severity == .error && rule.category == .diseaseClaim)
        #expect(rule.market == .all)
        #expect(rule.summary.description.contains("development set only, \(model.rows) rows"))
    }

    @Test func featuresAreStemsPairsAndClasses() {
        let features = LayFeatures.features(["old", "cat", "drink", "12"])
        #expect(features.contains("w:cat") && features.contains("w:#"))
        #expect(features.contains("b:old_cat") && features.contains("b:drink_#"))
        #expect(features.contains("c:noun.animal"))
        #expect(features == features.sorted() && Set(features).count == features.count)
    }

    @Test(arguments: [
        (
            "Your nan gets in and out of the car without you lifting her legs in for her.",
            "reads as a disease claim told in lay words (0.99: 'nan', 'lifting', 'legs'): a "
                + "supplement may not claim to treat, cure or prevent disease"
        ),
        (
            "I used to finish a bottle of red every night; since the kudzu capsules I haven't "
                + "wanted a glass in eight months.",
            "reads as a disease claim told in lay words (1.00: 'capsules', 'months', 'red'): a "
                + "supplement may not claim to treat, cure or prevent disease"
        ),
    ])
    func aDiseaseToldInLayWordsIsFound(_ text: String, _ message: String) throws {
        let found = Self.lay(text)
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.severity == .error && finding.category == .diseaseClaim)
        #expect(finding.message == message, "\(finding.message)")
        #expect(finding.claimID == nil)
    }

    /// The message names content words: no function word (`Vocabulary/function-words.txt`,
    /// the closed classes of English, stemmed as copy is), though the score reads them.
    @Test func theMessageNamesNoFunctionWord() {
        let words = LayFeatures.functionWords
        #expect(["her", "get", "out", "without", "you", "the"].allSatisfy(words.contains))
        #expect(!["nan", "car", "leg", "lift", "capsule"].contains(where: words.contains))
    }

    @Test(arguments: [
        "Promotes joint mobility and comfort.", "Helps maintain healthy cholesterol levels.",
    ])
    func aLawfulWordingIsNot(_ text: String) {
        #expect(Fixtures.check(text + "\n", market: .us).filter { $0.severity == .error }.isEmpty)
    }

    /// A heading of one or two words is never read; a sentence a rule already flags as a
    /// disease claim gets no second finding.
    @Test func headingsAndFlaggedSentencesAreNotRead() {
        #expect(Self.lay("Kudzu capsules").isEmpty)
        let text = "Graviola extract is a proven cancer treatment.\n"
        let flagged = Fixtures.check(text, market: .us)
        #expect(flagged.contains { $0.rule == "disease-claim" })
        #expect(!flagged.contains { $0.rule == "lay-disease-claim" })
    }

    /// The model is read in the file's bytes (`LayKeys`), each feature's weight found by its
    /// pieces' bytes: it weighs what the features as texts weigh (``LayFeatures/features(_:)``,
    /// ``LayModel/score(_:)``), a stem that is not ASCII included (as texts are equal:
    /// canonically equivalent), a feature written twice weighed by its last line, and a model
    /// with a feature not ASCII but equal to an ASCII text read as a text, the same.
    @Test func theBytesWeighWhatTheTextsWeigh() throws {
        let lines = [
            "# a model", "bias\t-1", "threshold\t0", "rows\t3", "w:cafe\t0.5",
            "w:caf\u{E9}\t1.25", "b:old_cat\t0.75", "w:cafe\t0.7", "c:noun.animal\t0.5",
            "b:caf\u{E9}_#\t-0.5", "w:#\t0.125",
        ]
        let compact = try #require(LayModel(text: lines.joined(separator: "\n") + "\n"))
        let asText = try #require(
            LayModel(text: (lines + ["w:\u{212A}elvin\t2"]).joined(separator: "\n")))
        #expect(compact.featureCount == 6 && asText.featureCount == 7)
        #expect(compact.header == ["a model"])
        let bundled = try #require(LayModel.bundled)
        let sentences: [[String]] = [
            ["old", "cat", "drink", "12", "cafe", "old", "cat"],
            ["cafe\u{301}", "3.5", "caf\u{E9}", "\u{212A}elvin", "kelvin"],
            ["your", "nan", "get", "in", "and", "out", "of", "the", "car", "without", "you"],
            ["\u{B5}g", "of", "junín", "behçet", "pâté", "the", "café", "and", "2"],
        ]
        for model in [compact, asText, bundled] {
            for terms in sentences {
                let byText = model.score(LayFeatures.features(terms))
                let read = model.read(terms: terms)
                #expect(
                    abs((read?.score ?? 0) - byText) < 1e-12
                        || (read == nil && byText < model.threshold))
            }
        }
        #expect(
            abs(try #require(compact.read(terms: ["cafe\u{301}"])).score - 1 / (1 + exp(-0.25)))
                < 1e-12)
        #expect(
            abs(
                try #require(asText.read(terms: ["kelvin", "\u{212A}elvin"])).score - 1
                    / (1 + exp(1.0 - 2))) < 1e-12)
    }

    /// A sentence written again, in the same batch or a later one, is read once (`ReadMemo.lays`):
    /// the findings are those of reading each afresh.
    @Test func aRepeatedSentenceIsReadOnce() {
        let sentence =
            "I used to finish a bottle of red every night; since the kudzu capsules I haven't "
            + "wanted a glass in eight months."
        let filler = "Store in a cool, dry place. Take two capsules with water."
        let text = (0..<6).map { _ in "\(sentence) \(filler)" }.joined(separator: "\n\n") + "\n"
        let checker = Checker(book: Fixtures.book, market: .us)
        let source = SourceText(path: "repeated.txt", text: text, format: .plain)
        let afresh = checker.check(source, workers: 1, readsRepeatsOnce: false)
        #expect(afresh.findings.filter { $0.rule == "lay-disease-claim" }.count == 6)
        #expect(checker.check(source, workers: 1) == afresh)
        #expect(checker.check(source, workers: 1, batchScalars: 300) == afresh)
    }

    /// The finding names no claim of the knowledge base, even when the sentence matches one.
    @Test func itNamesNoClaim() {
        let claims = [
            ClaimMeaningTests.claim(
                "kudzu-alcohol", "Kudzu reduces alcohol intake in heavy drinkers.",
                subjects: ["kudzu"], keywords: ["kudzu", "alcohol", "drinking"])
        ]
        let text =
            "I used to finish a bottle of red every night; since the kudzu capsules I haven't "
            + "wanted a glass in eight months.\n"
        let found = Fixtures.check(text, market: .us, assessments: claims)
        #expect(found.contains { $0.rule == "lay-disease-claim" })
        #expect(found.filter { $0.rule == "lay-disease-claim" }.allSatisfy { $0.claimID == nil })
    }
}
