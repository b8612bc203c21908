import EvidentCheck
import EvidentModel
import Testing

/// Rule R: a vocabulary phrase of two or three content words is also found with its words in
/// another order or another form where syntax moves them, within one noun phrase or clause;
/// its words scattered over a sentence, or a normal attribute named, are not the phrase.
struct ReorderedTermTests {
    /// The vocabulary's condition phrases a sentence names (exact or out of order), as the
    /// checker tags them.
    static func conditions(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    /// A nominalisation read as its participle or adjective, before its noun, after a copula,
    /// or before a noun modifier; a compound read with a preposition; a noun and gerund read
    /// as the verb and its object; a determiner inside the phrase.
    @Test(arguments: [
        "Our tea brings down swollen ankles.",
        "My ankles are so swollen by evening; our tea brings them down.",
        "Our drops ease swollen finger joints.",
        "Dandelion tea shrinks cancer of the gallbladder.",
        "Stop grinding your teeth at night with magnesium glycinate.",
        "Kids who wet the bed stay dry with our drops.",
    ])
    func reorderedPhraseIsACondition(_ text: String) {
        #expect(!Self.conditions(text).isEmpty, "\(text)")
    }

    /// The same words as a normal attribute, a modifier of another noun, split by
    /// punctuation or a coordination, or one word each in two clauses.
    @Test(arguments: [
        "Supports healthy vision in low light.",
        "Vitamin K contributes to normal blood clotting.",
        "Collagen supports skin elasticity.",
        "Helps keep joints flexible and comfortable for weekend hikers.",
        "Our cream softens the skin; drying winds are no match for it.",
        "Our boots keep your ankles warm, and the laces never swell in the rain.",
    ])
    func otherWordsAreNoCondition(_ text: String) {
        #expect(Self.conditions(text).isEmpty, "\(text)")
    }

    /// The families come from WordNet (`forms.tsv`): "swollen" is a form of "swell".
    @Test func familiesAreLoaded() throws {
        let vocabulary = try ConditionVocabulary.bundled()
        #expect(vocabulary.reorderedCount > 10_000)
    }
}

/// A capitalised sign of the zodiac read as the sign names no disease (WordNet's
/// instances of "sign of the zodiac"); the disease, and the sign's name at the start of a
/// sentence about the disease, still count.
struct ZodiacSenseTests {
    static func errors(_ text: String) -> [String] {
        Fixtures.check(text).filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        "Cancer season starts on 21 June: a time for home, family and comfort food.",
        "Your Cancer horoscope: a week to mend old friendships and heal old hurts.",
        "A Cancer with Leo rising loves comfort food and a cure for boredom.",
        // Addressed, as a horoscope speaks to its reader.
        "Cancer, this week a quiet word heals your rift with a sister.",
    ])
    func signIsNoDisease(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    @Test(arguments: [
        "Cancer patients feel better with our tea, which fights tumours.",
        "Our tea fights cancer this season.",
        // A list, or the product in the sentence: the disease.
        "Cancer, diabetes and arthritis: our turmeric capsules fight them all.",
        "Cancer, your body deserves our turmeric capsules.",
    ])
    func diseaseIsStillADisease(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }
}
