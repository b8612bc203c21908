import EvidentModel
import Testing

@testable import EvidentCheck

/// A person's growth, strength, speed, calm, mood, worry, a woman's bust and a mind's
/// intelligence (Reg 1924/2006 Art 13(1)(a), (b): growth, development and the functions of the
/// body, psychological and behavioural functions) are aspects of health: a food said to act on
/// one makes a health claim, refused for nearly every substance in the register. The words are
/// derived from the register's wordings and WordNet by `.ci/derive-eu-functions`
/// (eu-functions.yaml, `@eu-function-held`) and read only as a person's (`@person-holder`: the
/// reader, the writer, "his", "her" or a person's noun just before, `@eu-function-person`; or
/// after "for"). An amount a food gives is what it contains, no effect (`Checker.amountsGiven`).
@Suite struct RegisterFunctionTests {
    @Test func theClassIsTheRegistersFunctionsInLayWords() {
        let held = Set(Fixtures.book.lexicon.phrases(ofClass: "eu-function-held"))
        for phrase in [
            "grow", "growth", "strength", "stronger", "stamina", "faster", "calm", "composure",
            "mood", "worries", "nervous", "bust", "intelligence", "intelligent", "brainpower",
            "intellect",
        ] {
            #expect(held.contains(Tokenizer.terms(phrase)), "\(phrase)")
        }
        // Rule F4: a word WordNet links to "growth" that is not written from it ("get",
        // "acquire"), the other pole of an attribute ("weak", "slow"); rule F3: a kind whose
        // commonest sense is another ("concern", "care").
        // An ability of the mind is read one level down, by its kinds' nouns: "cunning" (a
        // kind of shrewdness) and "quick" (the adjective of quickness, first a speed) are not.
        // Rule F3: a kind of an ability of the mind WordNet tags as often in another sense
        // ("breadth", as often the extent from side to side).
        for phrase in [
            "get", "acquire", "weak", "slow", "concern", "care", "cunning", "quick", "breadth",
        ] {
            #expect(!held.contains(Tokenizer.terms(phrase)), "\(phrase)")
        }
    }

    @Test func aFoodActingOnAPersonsFunctionMakesAClaim() {
        for text in [
            "Wild yam tablets help your bust grow a whole cup size.",
            "Colostrum powder helps your child grow taller.",
            "Our malted milk helps kids grow strong.",
            "Beetroot juice shots help you run faster.",
            "Korean ginseng keeps you calm before the interview.",
            "Saffron gummies lift your mood through the winter.",
            "Fenugreek capsules for a fuller bust.",
            "Iron raises your child's intelligence.",
            "Walnuts for brainpower at school.",
        ] {
            #expect(Fixtures.registerRules(text).contains("unauthorised-health-claim"), "\(text)")
        }
    }

    /// The same words as a thing's, a place's or a plant's are no claim.
    @Test func aFunctionWordInAnotherSenseIsNoClaim() {
        for text in [
            "Calm seas are forecast for the evening ferry crossing.",
            "Our bond helps your savings grow faster than the bank does.",
            "A bronze bust of Nelson stands in the hall.",
            "Our cherry tomato plants grow strong on a sunny patio.",
            "The green teapot, our best seller, pours fast.",
            "The quiz tested the brainpower of every team in the pub.",
            "Our intelligence briefing covers the iron ore market.",
            "Zinc-rich pumpkin seeds for breadth of flavour in every salad.",
        ] {
            #expect(Fixtures.errorRules(text, market: .eu).isEmpty, "\(text)")
        }
    }

    /// An authorised wording followed by the amount the food gives stays authorised: "gives
    /// you a quarter of your daily needs" says what the food contains.
    @Test func anAmountGivenBesideAnAuthorisedWordingIsNoEffect() {
        for text in [
            "Calcium is needed for the maintenance of normal teeth, and a glass of our milk gives you a third of your daily needs.",
            "Iron contributes to the reduction of tiredness and fatigue; each bowl provides 30% of the NRV.",
        ] {
            #expect(Fixtures.errorRules(text, market: .eu).isEmpty, "\(text)")
        }
    }

    /// The committed class is what the script derives (skipped where python3 or WordNet is
    /// missing).
    @Test func classMatchesRegeneration() throws {
        guard let run = try Fixtures.regenerationCheck(".ci/derive-eu-functions") else { return }
        #expect(run.status == 0, "\(run.errors)")
    }
}
