import EvidentModel
import Testing

@testable import EvidentCheck

/// A food credited with an effect on the body after the effect is told is the subject of a
/// health claim (Reg 1924/2006 Art 2(2)(5)), though the sentence's subject is a person
/// (`Checker.creditedFood`, `@credit-link`); and a food MeSH files (`@mesh-food`, foods.yaml,
/// derived by `.ci/vocab/derive-foods.py`) is something eaten whatever WordNet knows of it.
@Suite struct CreditedFoodTests {
    /// The credit after the effect, whoever holds the effect and whatever the link.
    @Test func aFoodCreditedAfterTheEffectIsTheClaimsSubject() {
        for text in [
            "My joints feel easier on the morning walk, which I put down to the rosehip powder.",
            "Her energy is back on the school run, all thanks to the sea buckthorn berries.",
            "Our digestion has been calm on long trips since we started on the buckwheat tea.",
            "His stamina on the hills has doubled and he swears by the beetroot juice.",
        ] {
            #expect(Fixtures.registerRules(text).contains("unauthorised-health-claim"), "\(text)")
        }
    }

    /// The link and the food it credits: the food is the first eaten word after the link, in
    /// the same clause; a food that modifies another head ("the argan oil conditioner") is
    /// no food credited, and a comma ends the credit.
    @Test func theCreditedFoodIsTheFirstEatenPhraseAfterTheLink() {
        let checker = Checker(book: Fixtures.book)
        func credited(_ text: String) -> String? {
            let sentence = DecorationRobustnessTests.tagged(text)
            guard let found = checker.creditedFood(sentence) else { return nil }
            return sentence.terms[found.food].joined(separator: " ")
        }
        #expect(credited("I sleep better since I started the chamomile tea.") == "chamomil tea")
        #expect(
            credited("My legs recover faster thanks to the hemp protein I add.") == "hemp protein")
        #expect(
            credited("My hair is glossier since I switched to the argan oil conditioner.") == nil)
        #expect(credited("Thanks to you, the barley bread sold out.") == nil)
    }

    /// Recipes, menus and other domains that credit a food with what is not a body's.
    @Test func aCreditOfNoBodysAspectIsNoClaim() {
        for text in [
            "The stew got its depth from the smoked paprika, thanks to Gran's advice.",
            "Since we added oat milk to the menu, the café has been busier.",
            "The roses have never looked better, thanks to the comfrey tea we feed them.",
            "Thanks to the rain, the dandelions have taken over the lawn.",
        ] {
            #expect(Fixtures.errorRules(text).isEmpty, "\(text)")
        }
    }

    /// MeSH's foods and plants that WordNet does not know (rule D3) or knows only under two
    /// words (rules D4, D5) are eaten; a one-word name WordNet files first as another word is
    /// not ("date").
    @Test func meshFoodsAreEaten() {
        let foods = Set(Fixtures.book.lexicon.phrases(ofClass: "mesh-food"))
        for name in ["kefir", "moringa", "meadowsweet", "stinging nettle", "lemon balm"] {
            #expect(foods.contains(Tokenizer.terms(name)), "\(name)")
        }
        for name in ["date", "hemp", "salt", "rose"] {
            #expect(!foods.contains(Tokenizer.terms(name)), "\(name)")
        }
        for text in [
            "My digestion has settled down on busy days, which I put down to the kefir.",
            "My energy is steady through the afternoon, and I put it down to the moringa.",
        ] {
            #expect(Fixtures.registerRules(text).contains("unauthorised-health-claim"), "\(text)")
        }
    }

    /// A plant's name before the part eaten, or a person's possessive before the food, opens
    /// the food's phrase: the food is still the sentence's subject (`opensAFoodsPhrase`).
    @Test func aPlantOrAPossessiveBeforeTheFoodOpensItsPhrase() {
        for text in [
            "Clover blossom gets your digestion moving after a heavy lunch.",
            "My aunt's rhubarb compote has her digestion moving before work.",
        ] {
            #expect(Fixtures.registerRules(text).contains("unauthorised-health-claim"), "\(text)")
        }
        for text in [
            "Your dog's coat keeps him warm on the hills.",
            "My gran's garden keeps her busy all summer.",
        ] {
            #expect(Fixtures.errorRules(text).isEmpty, "\(text)")
        }
    }

    /// foods.yaml is what its script derives from MeSH and WordNet.
    @Test func theFoodsAreRegenerated() throws {
        guard let run = try Fixtures.regenerationCheck(".ci/vocab/derive-foods.py") else { return }
        #expect(run.status == 0, "\(run.errors)")
    }
}
