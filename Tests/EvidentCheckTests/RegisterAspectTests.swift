import EvidentModel
import Testing

@testable import EvidentCheck

/// The health aspects the EU register's refused claims name for many substances and no
/// authorised wording names, and the parts of the body its wordings name in two words
/// (`@eu-register-aspect`, derived from the register and WordNet by `.ci/derive-eu-aspects`,
/// part of `@eu-health-aspect`): a food or a substance said to act on one makes a health claim
/// (Reg 1924/2006 Art 2(2)(5)), unauthorised when no wording of the substance names it.
@Suite struct RegisterAspectTests {
    @Test func theClassIsTheRegistersRefusedAspects() {
        let aspects = Set(Fixtures.book.lexicon.phrases(ofClass: "eu-register-aspect"))
        for phrase in ["free radicals", "microflora", "intestinal flora", "urinary tract"] {
            #expect(aspects.contains(Tokenizer.terms(phrase)), "\(phrase)")
        }
        // A substance's name (rule R5), an everyday word (rule R4) and a word of an authorised
        // wording (rule R2) are left out.
        for phrase in ["antioxidants", "water", "oxidative"] {
            #expect(!aspects.contains(Tokenizer.terms(phrase)), "\(phrase)")
        }
    }

    @Test func aFoodActingOnOneMakesAnUnauthorisedClaim() {
        for text in [
            "Dried mango strips, packed with antioxidants that guard you against free radicals.",
            "Our hibiscus tea mops up the free radicals that traffic fumes leave behind.",
            "Cranberry juice keeps the urinary tract running smoothly.",
        ] {
            #expect(Fixtures.registerRules(text).contains("unauthorised-health-claim"), "\(text)")
        }
    }

    @Test func anAuthorisedWordingStaysAuthorised() {
        for text in [
            "Vitamin E contributes to the protection of cells from oxidative stress.",
            "Selenium contributes to the normal function of the immune system.",
        ] {
            #expect(Fixtures.errorRules(text, market: .eu).isEmpty, "\(text)")
        }
        #expect(Fixtures.errorRules("The iron gate keeps foxes out of the yard.").isEmpty)
    }
}

/// The words that only frame an EU claim in a paraphrase (`@eu-claim-frame`): "the vitamin"
/// names the substance as "the mineral" does, "in the normal way" and "in normal condition"
/// say "normally" and "normal", "around your body" says where, as "in the body" does, a span of
/// time ("a 3 months' supply") how long, as "daily" does, and "mass" is the muscle's. A
/// paraphrase that says the authorised wording with them is the wording.
@Suite struct RegisterClaimFrameTests {
    @Test func frameWordsSayNoMoreThanTheWording() {
        for text in [
            "Thiamine tablets for the night shift: the vitamin plays a part in normal psychological function.",
            "Zinc helps keep your nails in their normal condition.",
            "Iron helps your blood carry oxygen around your body in the normal way.",
            // A span of time says how long or how often; a muscle's mass is the muscle.
            "Magnesium tablets, 90 tablets: a 3 months' supply. Magnesium contributes to a reduction of tiredness and fatigue.",
            "Protein contributes to keeping the muscle you have built.",
        ] {
            #expect(Fixtures.errorRules(text, market: .eu).isEmpty, "\(text)")
        }
    }
}

/// An intensifier that names a rise (`@eu-rise-word`: "boosts") says no more than an authorised
/// wording that names a rise itself ("Vitamin C increases iron absorption"); beside a wording
/// that keeps an aspect normal it still says more (`RegisterMatcher.riseStems`).
@Suite struct RegisterRiseTests {
    private static func rules(_ text: String) -> [String] {
        Fixtures.check(text + "\n", market: .eu).map(\.rule)
    }

    @Test func aRiseTheWordingNamesIsTheWording() {
        let rules = Self.rules("Vitamin C boosts the absorption of iron.")
        #expect(rules.contains("eu-authorised-health-claim"), "\(rules)")
        #expect(!rules.contains("eu-health-claim-wording"), "\(rules)")
    }

    @Test func aRiseOfANormalFunctionSaysMore() {
        #expect(
            Fixtures.registerRules("Zinc boosts your immune system through the winter.")
                .contains("unauthorised-health-claim"))
    }
}
