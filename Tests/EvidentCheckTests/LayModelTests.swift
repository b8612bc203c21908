import EvidentCheck
import EvidentModel
import Testing

/// The lay-language reader (`lay-disease-claim`, `LayModel.swift`): a logistic regression
/// trained by `.ci/train-lay-model` on the development set, asked about the sentences no rule
/// found a disease claim in. The two disease sentences and the two lawful ones are rows of the
/// development set it was trained on (`Tests/Evaluation/dev` at 8625482c): this pins its
/// behaviour and its message, it does not measure it (the spent sets do).
struct LayModelTests {
    private static func lay(_ text: String, market: Market = .us) -> [Finding] {
        Fixtures.check(text + "\n", market: market).filter { $0.rule == "lay-disease-claim" }
    }

    @Test func theBundledModelLoads() throws {
        let model = try #require(LayModel.bundled)
        #expect(model.rows == 10368)
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
            "reads as a disease claim told in lay words (0.99: 'her', 'gets', 'out'): a "
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
