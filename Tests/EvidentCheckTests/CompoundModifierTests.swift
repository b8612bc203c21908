import EvidentModel
import Testing

@testable import EvidentCheck

/// A word of a body's doing written bare after a hyphen ("heart-smart") is a piece of a
/// compound modifier, not the verb of the word before it (`TaggedSentence.keepCompounds`,
/// `@body-doing-verb` of testimonial-arcs.yaml); written inflected it keeps its verb
/// ("ear-ringing", "head-throbbing"). Sentences written for this test (none from an
/// evaluation set).
struct CompoundModifierTests {
    static func errors(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    /// A compound modifier made of a part of the body and a word that is also a verb of a
    /// body's suffering ("smart") names no condition beside the product.
    @Test(arguments: [
        "Our garlic capsules support healthy circulation as part of a heart-smart lifestyle.",
        "A heart-smart breakfast: our oat capsules with beta-glucan.",
    ])
    func compoundIsNoVerb(copy: String) {
        #expect(Self.errors(copy).isEmpty, "\(copy): \(Self.errors(copy))")
    }

    /// The same words as verbs of the body keep their reading: apart ("my heart smarts"),
    /// or inflected after a hyphen, where the compound still tells what the body did.
    @Test(arguments: [
        (
            "testimonial-condition-verb",
            "My dad's heart kept fibrillating at night until he took the magnesium powder."
        ),
        (
            "disease-testimonial",
            "My head-throbbing stopped after two weeks on the feverfew capsules."
        ),
        ("testimonial-before-after", "My ear-ringing stopped two weeks into the ginkgo capsules."),
    ])
    func verbsOfTheBodyStayRead(_ example: (rule: String, copy: String)) {
        #expect(
            Self.errors(example.copy).contains(example.rule),
            "\(example.copy): \(Self.errors(example.copy))")
    }

    /// The word after the hyphen: bare, joined to a word of letters by a hyphen alone.
    @Test func hyphenJoinsOnlyWordsWithoutSpaces() {
        let text = Array("heart-smart heart - smart 3-ache".unicodeScalars)
        let tokens = Tokenizer.tokens(text, in: text.indices)
        #expect(tokens.count == 6)
        #expect(TaggedSentence.isHyphenated(1, tokens: tokens, text: text))
        #expect(!TaggedSentence.isHyphenated(3, tokens: tokens, text: text))
        #expect(!TaggedSentence.isHyphenated(5, tokens: tokens, text: text))
    }
}
