import EvidentCheck
import Testing

/// Rule F23 of `.ci/vocab/derive.py`: a word WordNet knows as an everyday adjective and as a
/// condition's name (sense `head`: "bipolar" of bipolar disorder, "coronary" a coronary
/// thrombosis) names the condition as the head of a noun phrase or before a word of treatment,
/// in a sentence that speaks of health; before another noun it is that noun's adjective.
struct HeadNameTests {
    static func errors(_ text: String) -> [String] {
        Fixtures.check(text + "\n", market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        "Omega-3 drops for teenagers with bipolar, two a day.",
        "A gentle tincture for the schizoid, three drops at night.",
        "Two capsules of our red yeast rice a day and a coronary is off the table.",
        "Saffron gummies: the herbal bipolar remedy.",
    ])
    func theHeadOfAPhraseOrBeforeTreatmentIsTheCondition(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        "Omega-3 supports healthy coronary arteries.*",
        "Magnesium supports the bipolar cells of the retina.*",
        "These bipolar stepper motors hold their position without power.",
    ])
    func beforeAnotherNounItIsAnAdjective(_ text: String) {
        #expect(!Self.errors(text).contains("disease-claim"), "\(Self.errors(text))")
    }
}
