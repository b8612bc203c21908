import EvidentModel
import Testing

@testable import EvidentCheck

/// A label line beside an authorised wording (the product, its amount, for whom) says nothing
/// of health but an aspect's name: the claim is the authorised wording's, and the line is no
/// unauthorised claim of its own (`Checker.saysNothingOfHealth`). A line that says an effect
/// ("supercharge") stays a claim of its own.
@Suite struct RegisterLabelTextTests {
    private static func errors(_ text: String) -> [String] {
        Fixtures.check(text + "\n", market: .eu).filter { $0.severity == .error }.map(\.rule)
    }

    @Test func aLabelLineBesideAnAuthorisedWordingIsNoClaim() {
        for text in [
            "Zinc lozenges for teenagers, 15 mg, ages 12 and up. "
                + "Zinc contributes to the normal function of the immune system.",
            "Zinc contributes to the normal function of the immune system. "
                + "Zinc lozenges for teenagers, 15 mg, ages 12 and up.",
        ] {
            #expect(Self.errors(text).isEmpty, "\(text)")
        }
    }

    @Test func aLineThatSaysAnEffectStaysAClaim() {
        let text =
            "Zinc lozenges to supercharge immunity, 15 mg. "
            + "Zinc contributes to the normal function of the immune system."
        #expect(Self.errors(text).contains("unauthorised-health-claim"))
    }

    /// An age or a size after "for" with a number ("for ages 4 to 10", "for age 3 and up") says
    /// for whom the product is, no aspect of health: a label line alone is no claim.
    @Test func anAudiencesAgeIsNoAspect() {
        for text in [
            "Calcium chewables for ages 4 to 10, 60 in a tub.",
            "Strawberry milk drink with added vitamin D, for age three and up.",
        ] {
            #expect(Self.errors(text).isEmpty, "\(text)")
        }
        #expect(!Self.errors("Calcium chewables for growing bones.").isEmpty)
    }

    /// A label line written with prepositions of a state ("powder with glucose and sodium",
    /// "gum for children aged 3 and up … after each meal") beside an authorised wording is that
    /// claim's label text (Reg 1924/2006 Art 10(1), its conditions of use written with it);
    /// alone it is read as before.
    @Test func aLabelLineWithPrepositionsBesideAnAuthorisedWordingIsLabelText() {
        let line = "Isotonic sports drink powder with glucose and sodium, lemon, 500 g tub."
        let wording =
            "Carbohydrate-electrolyte solutions enhance the absorption of water during physical "
            + "exercise."
        #expect(Self.errors(line + " " + wording).isEmpty)
        #expect(Self.errors(line) == ["unauthorised-health-claim"])
    }

    /// A label's particular under its heading (Reg 1169/2011 Art 9 and 18: the ingredients, the
    /// allergens) says what the food contains, whatever its items' words ("xanthan gum"): no
    /// health claim. A verb of an effect after the heading is a claim still.
    @Test func aLabelParticularUnderItsHeadingIsNoClaim() {
        #expect(
            Self.errors(
                "Ingredients: water, rapeseed oil, spirit vinegar, pasteurised egg yolk, salt, "
                    + "xanthan gum."
            ).isEmpty)
        let claim = "Ingredients: turmeric root and black pepper; turmeric soothes your joints."
        #expect(Self.errors(claim) == ["unauthorised-health-claim"])
    }

    /// A person after "for" ("for nurses", "for night-shift nurses", "for hill walkers:") says
    /// for whom the product is, no aspect of health: beside an authorised wording it is a
    /// circumstance of it. A word of health among its words ("for exhausted nurses") stays one.
    @Test func anAudienceIsNoAspect() {
        for text in [
            "Iron drops for nurses: iron contributes to the reduction of tiredness and fatigue.",
            "Vitamin D spray for night-shift nurses: vitamin D contributes to the maintenance of "
                + "normal muscle function.",
        ] {
            #expect(Self.errors(text).isEmpty, "\(text)")
        }
        #expect(Self.errors("Iron drops for exhausted nurses.") == ["unauthorised-health-claim"])
    }

    @Test func aLabelLineInAnotherParagraphIsReadAlone() {
        let label = "Zinc lozenges for teenagers, 15 mg, ages 12 and up."
        let alone = Self.errors(label)
        let apart = Self.errors(
            label + "\n\nZinc contributes to the normal function of the immune system.")
        #expect(apart == alone)
    }
}
