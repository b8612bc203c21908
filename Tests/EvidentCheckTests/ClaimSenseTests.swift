import EvidentCheck
import EvidentModel
import Testing

/// Matching copy to claims by meaning: which words say what a sentence is about, one principle
/// per test, with wordings no evaluation set uses — a plain word alone, a lone condition with
/// nothing else of health, the longest phrase, everyday phrases, and a question's answer.
struct ClaimSenseTests {
    static let claims = [
        ClaimMeaningTests.claim(
            "fats-family", "Omega-3s are a family of polyunsaturated fats.",
            subjects: ["omega-3"]),
        ClaimMeaningTests.claim(
            "fish-oil-mood", "Fish oil treats depression as well as antidepressant drugs.",
            subjects: ["fish oil"]),
        ClaimMeaningTests.claim(
            "fish-oil-heart-attack", "Fish oil prevents heart attacks.", subjects: ["fish oil"]),
        ClaimMeaningTests.claim("k2-heart-disease", "Vitamin K2 prevents heart disease."),
        ClaimMeaningTests.claim("k2-lowers-blood-pressure", "Vitamin K2 lowers blood pressure."),
    ]

    static let checker = Checker(book: Fixtures.book, assessments: claims)

    /// A sentence that names no substance links a claim only through a concept: a plain word
    /// the claim also uses can be meant in any of its senses.
    @Test func aPlainWordAloneLinksNothing() {
        #expect(Self.checker.explain("A family recipe, handed down since 1961.") == nil)
        let named = Self.checker.explain("Omega-3s belong to the family of polyunsaturated fats.")
        #expect(named?.claimID.rawValue == "fats-family")
    }

    /// A disease or symptom alone, in a sentence that names no substance and nothing else of
    /// health, is another sense of the word (weather, the economy).
    @Test func aLoneConditionWithoutHealthLinksNothing() {
        for text in [
            "The Great Depression changed how households saved money.",
            "Forecasters are tracking a depression over the Atlantic.",
        ] {
            #expect(Self.checker.explain(text) == nil, "\(text)")
        }
        let named = Self.checker.explain("Fish oil eases depression as well as pills do.")
        #expect(named?.claimID.rawValue == "fish-oil-mood")
    }

    /// The longest phrase says what is meant: "heart disease" is the disease (and about the
    /// heart), not the heart and a word "disease".
    @Test func theLongestPhraseIsTheCondition() throws {
        let match = try #require(
            Self.checker.explain("Menaquinone-7 helps keep heart disease away."))
        #expect(match.claimID.rawValue == "k2-heart-disease")
        #expect(match.matchedTerms.contains("MESH:D006331"), "\(match.matchedTerms)")
        #expect(match.matchedTerms.contains("heart"), "\(match.matchedTerms)")
    }

    /// A fixed everyday phrase of the lexicon ("gave me a heart attack") names no condition.
    @Test func anEverydayPhraseNamesNothing() {
        let idiom = Self.checker.explain("That penalty shoot-out nearly gave me a heart attack.")
        #expect(idiom == nil)
        let named = Self.checker.explain("Fish oil lowers the odds of a heart attack.")
        #expect(named?.claimID.rawValue == "fish-oil-heart-attack")
    }

    /// A sentence after a question in its paragraph answers it: it is read with the question's
    /// words ("Worried about X? Our product helps.").
    @Test func aQuestionIsAnsweredByTheNextSentence() {
        let findings = Fixtures.check(
            "Blood pressure creeping up? A daily menaquinone-7 softgel has you covered.",
            assessments: Self.claims)
        let named = findings.compactMap(\.claimID).map(\.rawValue)
        #expect(named.contains("k2-lowers-blood-pressure"), "\(named)")
        // In the next paragraph, the question is not what the sentence answers.
        let apart = Fixtures.check(
            "Blood pressure creeping up?\n\nA daily menaquinone-7 softgel has you covered.",
            assessments: Self.claims)
        #expect(apart.compactMap(\.claimID).isEmpty, "\(apart.map(\.rule))")
    }
}
