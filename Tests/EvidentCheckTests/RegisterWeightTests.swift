import EvidentModel
import Testing

@testable import EvidentCheck

/// A body's weight, fat, fullness and appetite (Reg 1924/2006 Art 13(1)(c): slimming,
/// weight control, hunger, satiety) are aspects of health: a food said to slim, shift fat, fill
/// you up or curb the appetite makes a health claim, refused for nearly every substance in the
/// register. The words are derived from the register's relationships and WordNet by
/// `.ci/derive-eu-weight` (eu-weight.yaml): `@eu-weight-aspect` in their commonest sense,
/// `@eu-weight-held` in a sense that is not ("figure", "slim", "cravings"), read only as a
/// person's (`@weight-holder`). Glucomannan's authorised wording stays authorised. A body's
/// outline (W1: "silhouette"), the adjectives of a body's build (W8: "slim", "leaner", also
/// `@eu-weight-build`, whose shape word after them is a person's) and appetite told by eating
/// (W9: "overeating", "eat less") are held words too.
@Suite struct RegisterWeightTests {
    @Test func theClassesAreTheRegistersWeightAspects() {
        let aspects = Set(Fixtures.book.lexicon.phrases(ofClass: "eu-weight-aspect"))
        for phrase in ["love handles", "satiety", "cellulite", "hunger", "spare tyre"] {
            #expect(aspects.contains(Tokenizer.terms(phrase)), "\(phrase)")
        }
        let held = Set(Fixtures.book.lexicon.phrases(ofClass: "eu-weight-held"))
        for phrase in ["figure", "physique", "slim down", "slimmed", "cravings", "appetite"] {
            #expect(held.contains(Tokenizer.terms(phrase)), "\(phrase)")
        }
        // W1's outline, W8's adjectives, W9's eating.
        for phrase in [
            "silhouette", "slimmer", "leaner", "trim", "eat less", "overeating", "binge",
        ] {
            #expect(held.contains(Tokenizer.terms(phrase)), "\(phrase)")
        }
        let build = Set(Fixtures.book.lexicon.phrases(ofClass: "eu-weight-build"))
        for phrase in ["slim", "slimmer", "lean", "trimmer", "slender"] {
            #expect(build.contains(Tokenizer.terms(phrase)), "\(phrase)")
        }
        // W8: an adjective commoner in another sense ("a slight delay", "a heavy box", "a thin
        // slice").
        for phrase in ["slight", "heavy", "thin"] {
            #expect(!build.contains(Tokenizer.terms(phrase)), "\(phrase)")
        }
        // Rule W6: a verb whose commonest sense is another ("reduce", "thin"); rule W5: a word
        // naming a thing first ("frame", "pot").
        for phrase in ["reduce", "thin", "frame", "pot"] {
            #expect(!held.contains(Tokenizer.terms(phrase)), "\(phrase)")
            #expect(!aspects.contains(Tokenizer.terms(phrase)), "\(phrase)")
        }
    }

    @Test func aFoodActingOnWeightShapeOrAppetiteMakesAClaim() {
        for text in [
            "Nettle capsules help you slim down in time for the reunion.",
            "Green tea capsules helped me slim down for the wedding.",
            "Our bitter melon tea keeps her figure trim through the winter.",
            "Fenugreek gummies tame your cravings after supper.",
            "Artichoke extract gives a lasting feeling of satiety at lunch.",
            "Our kelp tablets shrink the love handles before the beach.",
            "Oolong tea for a leaner physique by spring.",
            "Rooibos capsules for a trimmer silhouette by summer.",
            "Oolong tea sculpts a slimmer physique by spring.",
            "Nettle tea keeps you lean through the winter.",
            "Fennel drops stop you overeating at parties.",
            "Chicory tea helps you eat less between meals.",
        ] {
            #expect(Fixtures.registerRules(text).contains("unauthorised-health-claim"), "\(text)")
        }
    }

    /// A thing's shape, a slim jar, a craving for something else and a person's hunger
    /// satisfied by a dish's name are no one's body.
    @Test func aThingsShapeOrSizeIsNoClaim() {
        for text in [
            "These almond biscuits keep their shape in the tin for a week.",
            "Slim bottles of elderflower cordial, 250 ml, made in Kent.",
            "Her craving for the open sea took her to the Hebrides.",
            "Our oatcakes come in a slim carton that fits your coat pocket.",
            "Our slim tins of sardines fit any lunchbox.",
            "The slimmer jar of our lime pickle fits the door of the fridge.",
            "The silhouette of the castle is printed on every jar of our plum jam.",
        ] {
            #expect(Fixtures.errorRules(text).isEmpty, "\(text)")
        }
    }

    @Test func theAuthorisedWeightWordingStaysAuthorised() {
        #expect(
            Fixtures.errorRules(
                "Glucomannan in the context of an energy restricted diet contributes to weight loss.",
                market: .eu
            ).isEmpty)
    }

    /// The committed classes are what the script derives (skipped where python3 or WordNet is
    /// missing).
    @Test func classesMatchRegeneration() throws {
        guard let run = try Fixtures.regenerationCheck(".ci/derive-eu-weight") else { return }
        #expect(run.status == 0, "\(run.errors)")
    }
}
