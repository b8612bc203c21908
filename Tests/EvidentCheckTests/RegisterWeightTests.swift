import EvidentModel
import Testing

@testable import EvidentCheck

/// A body's weight, fat, fullness and appetite (Reg 1924/2006 Art 13(1)(c): slimming,
/// weight control, hunger, satiety) are aspects of health: a food said to slim, shift fat, fill
/// you up or curb the appetite makes a health claim, refused for nearly every substance in the
/// register. The words are derived from the register's relationships and WordNet by
/// `.ci/derive-eu-weight` (eu-weight.yaml): `@eu-weight-aspect` in their commonest sense,
/// `@eu-weight-held` in a sense that is not ("figure", "slim", "cravings"), read only as a
/// person's (`@weight-holder`). Glucomannan's authorised wording stays authorised.
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
