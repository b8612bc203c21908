import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Session 39's readings: a symptom told as the sensation, placed in or said of a part of the
/// body, that the product stops (`implied-sensation-stopped`, classes derived by
/// `.ci/derive-sensations` from the Symptom Ontology's and the HPO's definitions and WordNet).
/// Sentences written for this test (none from an
/// evaluation set), with the lawful, cosmetic and everyday copy beside each reading.
struct SensationReadingTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    static func stems(_ phrases: [String]) -> Set<[String]> { Set(phrases.map(Tokenizer.terms)) }

    static func phrases(_ name: String) -> Set<[String]> {
        Set(Fixtures.book.lexicon.phrases(ofClass: name))
    }

    /// S1-S3: the nouns, verbs and parts come from the definitions and WordNet, not a list.
    @Test func derivedClasses() {
        let nouns = Self.phrases("sensation-noun")
        #expect(nouns.isSuperset(of: Self.stems(["sensation", "feeling"])))
        let verbs = Self.phrases("sensation-verb")
        #expect(
            verbs.isSuperset(
                of: Self.stems(["spinning", "tingling", "pounding", "racing", "flutter", "thump"])))
        #expect(verbs.intersection(Self.stems(["be", "have", "feel", "walk", "sleep"])).isEmpty)
        #expect(Self.phrases("sensation-part").isSuperset(of: Self.stems(["heart", "skin"])))
    }

    /// A sensation placed in a part of the body, or said of it, with a verb of stopping and the
    /// product (in the sentence, or the answer after a question).
    @Test func sensationStopped() {
        for text in [
            "Heavy, squeezing feeling in the chest on the stairs? Our arjuna drops make it go.",
            "Since the motherwort tincture, no more heart fluttering when I lie down.",
            "Our feverfew capsules stopped the pounding in my head within the hour.",
            "The tingling in your feet at night eases within a week of our benfotiamine.",
        ] {
            #expect(Self.rules(text).contains("implied-sensation-stopped"), "\(text)")
        }
    }

    /// A sensation the product gives, a feeling placed nowhere in a body, and a heart that
    /// pounds in a crowd are no symptom treated.
    @Test func sensationNotStopped() {
        for text in [
            "Our peppermint foot gel leaves a cooling sensation on tired feet.",
            "A warm feeling in your tummy after every mug of our cocoa.",
            "Our lavender bath soak leaves a feeling of calm that lasts all evening.",
            "The band had every heart pounding, and the encore stopped the show.",
        ] {
            #expect(!Self.rules(text).contains("implied-sensation-stopped"), "\(text)")
        }
    }
}
