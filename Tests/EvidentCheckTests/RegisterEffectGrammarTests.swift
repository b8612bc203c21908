import EvidentCheck
import EvidentModel
import Testing

/// Reg 1924/2006 Art 2(2)(5): a health claim "states, suggests or implies" a relationship
/// between a food or one of its constituents and health, whatever grammar says it. Under
/// `--market eu` the register reads two shapes besides its verbs of an effect: a substance the
/// catalog knows followed by a part or function of the body it names (a verbless label frame, a
/// purpose phrase, a verb outside the classes), and a food the catalog does not know, as a
/// sentence's subject, acting on one (`Checker.eatenActsOnTheBody`). Sentences written for this
/// test, not taken from an evaluation set.
@Suite struct RegisterEffectGrammarTests {
    private static func unauthorised(_ text: String) -> [Finding] {
        Fixtures.check(text + "\n", market: .eu).filter { $0.rule == "unauthorised-health-claim" }
    }

    private static func errors(_ text: String, market: Market = .all) -> [Finding] {
        Fixtures.check(text + "\n", market: market).filter { $0.severity == .error }
    }

    /// A substance the catalog knows and a body aspect after it, with no verb of the classes
    /// between them.
    @Test(arguments: [
        "Magnesium glycinate, the night-time friend of restless muscles.",
        "Zinc lozenges: a winter guardian for your throat.",
        "Lutein gummies at breakfast for eyes that cope with long screen days.",
        "Iron bisglycinate quietly rebuilds your energy after a heavy period.",
    ])
    func aSubstanceThenABodyAspectIsAClaim(_ text: String) {
        #expect(Self.unauthorised(text).count == 1, "\(text)")
    }

    /// A food the catalog does not name, as the subject, acting on a part or function of the
    /// body: the claim is about the product.
    @Test(arguments: [
        "Nettle root tea calms an overworked bladder.",
        "Moringa leaf powder wakes up dull skin from within.",
        "Lemongrass tea: a daily lift for your gut.",
    ])
    func aFoodAsSubjectActingOnTheBodyIsAClaim(_ text: String) {
        let found = Self.unauthorised(text)
        #expect(found.count == 1, "\(text)")
        #expect(
            found.first?.message
                == "unauthorised health claim: '\(text)' is not an authorised EU health claim for this product (no authorised wording of the EU register says it)"
        )
    }

    /// The same words in other senses: an instruction whose subject is the reader, a body word
    /// naming a kind of a food or a thing, the adverb "back", a part of a food's body, a food
    /// that is no subject (after a person or a thing).
    @Test(arguments: [
        "Mix two scoops of the powder into cold milk before your workout.",
        "Cherry and blood orange jellies are back in the shop for summer.",
        "Roast the duck hearts with rosemary and a little garlic.",
        "The vitamin C serum sits on the back shelf beside the toners.",
        "Our baker rolls the rye dough by hand every morning.",
        "The spinach in the freezer keeps for three months.",
    ])
    func anotherSenseIsNoClaim(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(text)")
    }

    /// An authorised wording whose aspect is said where a nutrient is stays authorised.
    @Test func aNutrientInTheBloodStaysAuthorised() {
        let text = "Vitamin D contributes to normal blood calcium levels."
        #expect(Self.errors(text, market: .eu).isEmpty)
        #expect(
            Fixtures.check(text + "\n", market: .eu).contains {
                $0.rule == "eu-authorised-health-claim"
            })
    }
}
