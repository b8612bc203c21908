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

    @Test func aLabelLineInAnotherParagraphIsReadAlone() {
        let label = "Zinc lozenges for teenagers, 15 mg, ages 12 and up."
        let alone = Self.errors(label)
        let apart = Self.errors(
            label + "\n\nZinc contributes to the normal function of the immune system.")
        #expect(apart == alone)
    }
}
