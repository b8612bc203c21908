import EvidentModel
import Testing

@testable import EvidentCheck

/// A caught claim stays caught when copy decorates it without adding health meaning
/// (`.ci/metamorph` finds the decorations that lose one), and two word senses WordNet gives
/// (rules N3 and N4 of `.ci/derive-senses`). Sentences written for this test (none from an
/// evaluation set); each decorated claim has its undecorated form beside it, and each reading
/// its everyday neighbour.
struct DecorationRobustnessTests {
    static func errors(_ text: String, market: Market = .us) -> [Finding] {
        Fixtures.check(text + "\n", market: market).filter { $0.severity == .error }
    }

    static func caught(_ text: String) -> Bool {
        !errors(text).isEmpty
    }

    /// Label copy that opens with a verb of the third person speaks of the product after a
    /// label and colon as at the start of the sentence (`clauseOpenings`).
    @Test(arguments: [
        "Shrinks the swollen glands in your neck within a week.",
        "Settles the hand tremor so you can thread a needle again.",
        "Lowers your pet's raised liver enzymes after a course of antibiotics.",
    ])
    func labelKeepsTheOpeningVerb(_ text: String) {
        #expect(Self.caught(text), "undecorated: \(text)")
        for label in ["Forum post: ", "Shelf label: ", "Customer review: "] {
            #expect(Self.caught(label + text), "\(label)\(text)")
        }
    }

    /// After a label, a plural noun or a time is no verb of the product: no finding a
    /// sentence without the label would not have.
    @Test(arguments: [
        "Menu: Oats, berries and honey with a pot of tea.",
        "Opening times: Mondays to Fridays, nine till five.",
        "Train times: 7:30 departs from platform two.",
    ])
    func labelBeforeOrdinaryCopyAddsNothing(_ text: String) {
        #expect(Self.errors(text, market: .all).isEmpty, "\(Self.errors(text).map(\.rule))")
    }

    static func tagged(_ text: String) -> TaggedSentence {
        let lexicon = Fixtures.book.lexicon
        let scalars = Array(text.unicodeScalars)
        return TaggedSentence(
            range: 0..<scalars.count, tokens: lexicon.tokens(scalars, in: 0..<scalars.count),
            text: scalars, lexicon: lexicon)
    }

    /// The opening after a label is tagged as the first word is; a number by the colon is a
    /// time, no label.
    @Test func openingAfterALabelIsTagged() throws {
        let opening = try #require(Fixtures.book.lexicon.openingVerb)
        let tagged = Self.tagged("Forum post: Quiets the ringing in your ears.")
        #expect(tagged.tags[2].contains { $0.classID == opening && $0.end == 3 })
        let time = Self.tagged("At 7:30 quiets the house.")
        #expect(!time.tags.joined().contains { $0.classID == opening })
    }

    /// A name's possessive is a person's or an animal's, not a thing's noun that its letters
    /// also spell ("jakes", a privy, is a WordNet artifact): the condition stays the named
    /// holder's.
    @Test(arguments: [
        "After a month of the cod liver oil, Jake's asthma has cleared.",
        "Since the fish oil, Jake's eczema is so much better.",
    ])
    func namedPossessorHoldsTheCondition(_ text: String) {
        #expect(Self.caught(text), "\(text)")
    }

    /// A coordination of two modifiers before an animal or a part of a body is one modifier:
    /// what a cure verb takes, placed in "black and tan dogs", is placed in a body, as in "tan
    /// dogs" (rule U4); so is an ambiguous condition (rule L8).
    @Test(arguments: [
        "Our drops cure depigmentation in black and tan dogs.",
        "Our drops cure depigmentation in tan dogs.",
        "Our salve cures depigmentation in white and ginger cats.",
        "Our paste eases a stroke in grey and white horses.",
    ])
    func coordinatedModifiersPlaceTheCondition(_ text: String) {
        #expect(Self.caught(text), "\(text)")
    }

    /// Rule N3: a condition word WordNet also files as a food names the food right after a
    /// food or a substance; after a drug of abuse, or alone in a health sentence, it keeps the
    /// condition.
    @Test(arguments: [
        "Mango and oat shake to support your recovery after the long run.",
        "Kale and whey shakes for the school run, ready in a minute.",
    ])
    func shakeAfterAFoodIsTheDrink(_ text: String) {
        #expect(
            !Self.errors(text).contains { $0.category == .diseaseClaim },
            "\(Self.errors(text).map(\.rule))")
    }

    @Test func shakesAfterADrugOfAbuseAreTheTremor() {
        let text = "Our magnesium drops calm the alcohol shakes and the sweats of withdrawal."
        #expect(Self.caught(text), "\(text)")
    }

    /// Rule N4: inside a WordNet phrase that names no condition ("cold feet", "cold
    /// shoulder"), the condition word keeps its everyday sense; the condition itself, and a
    /// phrase that names a kind of it, are read as before.
    @Test(arguments: [
        "Our new supplier got cold feet and pulled out of the contract.",
        "The whole office gave the new rota the cold shoulder, so we dropped it.",
    ])
    func idiomNamesNoCondition(_ text: String) {
        #expect(Self.errors(text, market: .all).isEmpty, "\(Self.errors(text).map(\.rule))")
    }

    /// Rule N4b (session 33): a condition word as the verb of a phrasal verb of removal
    /// ("burns off") names the removal: a thing burnt off is no illness, and a condition
    /// burnt off is read as the condition.
    @Test func removalPhrasalVerbNamesNoCondition() {
        let varnish = "Our citrus stripper burns off old varnish from pine chairs."
        #expect(Self.errors(varnish, market: .all).isEmpty, "\(Self.errors(varnish).map(\.rule))")
        let warts = "Our celandine tincture burns off warts on your fingers."
        let messages = Self.errors(warts, market: .all).map(\.message)
        #expect(messages.contains { $0.contains("'warts'") }, "\(messages)")
        #expect(!messages.contains { $0.contains("'burns'") }, "\(messages)")
    }

    @Test func conditionOutsideAnIdiomIsRead() {
        #expect(Self.caught("Our elderberry syrup clears a cold in two days."))
    }

    /// The derived classes: foods named like a condition, foods (no drug), and idioms (no
    /// condition, no kind of the condition, no bodily verb, no thing of medicine).
    @Test func derivedSenseClasses() {
        let lexicon = Fixtures.book.lexicon
        #expect(lexicon.words(ofClass: "food-sense-condition").contains(Stemmer.stem("shakes")))
        let foods = lexicon.words(ofClass: "food-noun")
        for word in ["whey", "kale", "banana"] { #expect(foods.contains(Stemmer.stem(word))) }
        #expect(!foods.contains(Stemmer.stem("alcohol")))
        let idioms = Set(lexicon.phrases(ofClass: "idiom-sense"))
        for phrase in ["cold feet", "cold shoulder", "shock absorber", "burns off"] {
            #expect(idioms.contains(Tokenizer.terms(phrase)), "\(phrase)")
        }
        for phrase in [
            "electrical shock", "posttraumatic amnesia", "catch cold", "cold medicine",
            "cold sweat",
        ] {
            #expect(!idioms.contains(Tokenizer.terms(phrase)), "\(phrase)")
        }
    }
}
