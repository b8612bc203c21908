import EvidentModel
import Testing

@testable import EvidentCheck

/// Product names and hashtags that claim a cure without a whole disease word: coined words
/// built on a condition's name, a disease stem joined to a cure ending, a cure word in a
/// camel-case name, an acronym joined to a word, hashtags with short words and plurals.
struct ProductNameTests {
    static func errors(_ text: String) -> [(rule: String, text: String)] {
        Fixtures.check(text, market: .us).filter {
            $0.severity == .error && $0.category == .diseaseClaim
        }.map { ($0.rule, $0.text) }
    }

    @Test(arguments: [
        ("Psoriaxa skin capsules.", "Psoriaxa"),
        ("Try Hypertenol tablets today.", "Hypertenol"),
        ("ProstaCure saw palmetto.", "ProstaCure"),
        ("Asthmafix Breathe Easy spray.", "Asthmafix"),
        // the stem before a medical suffix, seven letters or more ("diverticul-itis")
        ("DiverticulEase fibre sachets.", "DiverticulEase"),
    ])
    func nameClaimsACure(_ item: (String, String)) {
        let found = Self.errors(item.0)
        #expect(found.contains { $0.text == item.1 }, "\(found)")
    }

    /// A coined word keeps all of a name but its last three letters, or all of the stem
    /// before a medical suffix when that stem has seven letters or more: "bronch" of
    /// "bronchitis" is too short to stand for it.
    @Test func coinedStemBeforeASuffix() throws {
        let vocabulary = try ConditionVocabulary.bundled()
        #expect(vocabulary.coinedCondition("epicondylex") == "epicondylitis")
        #expect(vocabulary.coinedCondition("bronchex") == nil)
        #expect(ConditionVocabulary.coinedLength(of: "epicondylitis") == 9)
        #expect(ConditionVocabulary.coinedLength(of: "bronchitis") == 7)
        #expect(ConditionVocabulary.coinedLength(of: "diabetes") == 6)
    }

    /// An acronym joined to a word is split at the acronym ("BPFix" → "bp" "fix").
    @Test func acronymNamesAreSplit() {
        #expect(!Self.errors("IBSFix gut capsules.").isEmpty)
    }

    /// Hashtags split into two-letter words and plurals.
    @Test func hashtagsWithShortWordsAndPlurals() {
        let found = Self.errors("Day ten #nomoreseizures")
        #expect(found.contains { $0.text == "nomoreseizures" }, "\(found)")
        #expect(!Self.errors("Week three #nomoreinsulin").isEmpty)
    }

    /// Capitalised words that only look like a condition's name, or are not written as names.
    @Test(arguments: [
        "Vertical Tea Towels, set of two.",
        "Migration Blend coffee beans.",
        "Cancellation policy: full refunds within 30 days.",
        "NeuroFocus supports memory and concentration.",
        "Our CoQ10 softgels with BioPerine.",
        "#nomorebadhairdays",
    ])
    func lookalikesAreNoError(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    /// A capitalised word WordNet knows is that word, not a name coined on a condition's, though
    /// it shares a condition's beginning ("Keratin" and keratitis, "Heartbreak" and heart
    /// disease names): a word that is no known word still is one ("Keratix").
    @Test func aKnownWordIsNoCoinedName() {
        for text in [
            "Keratin Complex capsules for glossy hair.",
            "Keratin and silica drops, 30 ml.",
        ] {
            #expect(!Self.errors(text).contains { $0.rule == "disease-product-name" }, "\(text)")
        }
        #expect(Lexicon.isKnownWord("keratin"))
        #expect(!Lexicon.isKnownWord("keratix"))
        let coined = Self.errors("Keratix eye drops, 10 ml.")
        #expect(coined.contains { $0.text == "Keratix" }, "\(coined)")
    }

    /// An animal's part after the bare possessive of its kind names a kind of thing (a
    /// classifying genitive: "lion's mane" is a mushroom, "cat's claw" a vine), not a body's
    /// part, so no story of a body is told; a particular animal's part still is one ("your old
    /// cat's hips", "a dairy cow's rumen").
    @Test func aClassifyingGenitiveNamesAKind() {
        for text in [
            "Lion's mane tincture for a clear head before the morning lecture.",
            "Lion's mane drops and green tea to keep your thinking clear through a double shift.",
        ] {
            #expect(Self.errors(text).isEmpty, "\(text): \(Self.errors(text))")
        }
        let story = "My mare's hoof abscess cleared up a week after the poultice."
        #expect(!Self.errors(story).isEmpty)
    }

    /// A camel-case name whose stem carries a condition, joined to a cure ending: the
    /// beginning of a one-word condition name ("Verti" of vertigo), or a word that with
    /// "disorder" or "syndrome" names one ("Relapse"), not an organ, function or body part.
    @Test(arguments: [
        ("VertiGone travel bands, two per pack.", "VertiGone"),
        ("PsoriSolve scalp oil, 30 ml.", "PsoriSolve"),
        ("Meet DyslexiFix reading gummies.", "DyslexiFix"),
        ("ScolioFix posture brace", "ScolioFix"),
        ("NeuralgiEase cooling roll-on", "NeuralgiEase"),
        ("PanicAway calming spray", "PanicAway"),
        ("HoardingFix planner kit", "HoardingFix"),
    ])
    func conditionStemWithCureEnding(_ item: (String, String)) {
        let found = Self.errors(item.0)
        #expect(found.contains { $0.text == item.1 }, "\(found)")
    }

    /// A solid word that runs a condition's whole name (no everyday sense) into a cure
    /// ending or a dictionary word, or a bare eponym into a cure ending, in a name's shape,
    /// reads as the camel-case name it spells ("Lupusaway" as "LupusAway").
    @Test(arguments: [
        ("Lupusaway Turmeric Capsules, 60 per tub.", "Lupusaway"),
        ("Acnehush Clay Mask, 75 ml.", "Acnehush"),
        ("Addisoneze Adrenal Drops, 30 ml.", "Addisoneze"),
    ])
    func conditionNameRunIntoAWord(_ item: (String, String)) {
        let found = Self.errors(item.0)
        #expect(found.contains { $0.text == item.1 }, "\(found)")
    }

    @Test(arguments: [
        // a condition with an everyday sense, a word not in a name's shape, a known word
        "Stressfree Travel Insurance, annual cover.",
        "Our goutweed grows back every spring.",
        "Coldplay Tribute Night, tickets £15.",
        // a bare eponym run into a word that is no cure ending: another surname
        "Coriell Institute web page, 2021.",
    ])
    func runIntoAWordNeedsAPlainConditionAndAName(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    @Test(arguments: [
        "SleepAway pillow mist, lavender.",
        "MoodFix smoothie bars, box of 12.",
        "OrthoSupport insoles for long shifts.",
        "CalmAway bath salts.",
        "BeautyFix collagen sachets.",
    ])
    func functionOrOrganStemIsNoClaim(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }
}
