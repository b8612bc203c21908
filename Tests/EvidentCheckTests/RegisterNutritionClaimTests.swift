import EvidentModel
import Testing

@testable import EvidentCheck

/// Label text that says what a food contains, beside or around an authorised wording: a
/// nutrition claim of Reg 1924/2006's Annex ("reduced salt", "no added sugar", "source of
/// fibre", "40% less fat than …") and the form or container the product is sold in ("nasal
/// spray", "a 500 g pot") name no health aspect (`Checker.nutritionClaims`,
/// `Checker.otherSenses`), and where the substance comes from (`Checker.substanceSources`).
/// Written for this test, not taken from an evaluation set.
@Suite struct RegisterNutritionClaimTests {
    private static func errors(_ text: String) -> [String] {
        Fixtures.check(text + "\n", market: .eu).filter { $0.severity == .error }.map(\.rule)
    }

    private static func authorised(_ text: String) -> [String] {
        Fixtures.check(text + "\n", market: .eu).filter {
            $0.rule == "eu-authorised-health-claim"
        }.map(\.message)
    }

    /// A nutrition claim in the sentence before an authorised wording, or in the same sentence
    /// around the substance, leaves the wording authorised and is no claim of its own.
    @Test(arguments: [
        "Wholegrain crackers, reduced salt and a source of fibre. "
            + "Reducing consumption of sodium contributes to the maintenance of normal blood pressure.",
        "Fromage frais with 40% less fat than our original recipe, 500 g pot. "
            + "Calcium is needed for the maintenance of normal teeth.",
        "Strawberry yoghurt, no added sugar, high in calcium, which is needed for the "
            + "maintenance of normal bones.",
        "Fat-free cottage cheese, a source of protein, which contributes to a growth in muscle mass.",
    ])
    func aNutritionClaimIsNoHealthClaim(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(text)")
        #expect(Self.authorised(text).count == 1, "\(text)")
    }

    /// A body part naming the kind of form a product is taken in ("nasal spray", "throat spray")
    /// is how it is taken: the label line says nothing of health.
    @Test(arguments: [
        "Vitamin B12 1000 µg nasal spray for commuters, 15 ml bottle.",
        "Vitamin C 60 mg throat spray for choir singers, 20 ml bottle.",
    ])
    func aFormsKindIsNoAspect(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(text)")
    }

    /// Where the substance comes from, said after it with "in" or "from" ("riboflavin from
    /// eggs and dairy", "choline, from eggs and our lecithin granules"), says which food holds
    /// it: no aspect of health, and a circumstance of the authorised wording it is said with.
    @Test(arguments: [
        "Riboflavin from eggs and dairy contributes to the maintenance of normal vision.",
        "Choline, from eggs and our lecithin granules, contributes to the maintenance of normal "
            + "liver function.",
    ])
    func whereASubstanceComesFromIsNoAspect(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(text)")
        #expect(Self.authorised(text).count == 1, "\(text)")
    }

    /// What the nutrition-claim reading leaves a claim: an effect said of the body, a
    /// comparison with no number and no "than" ("store less fat"), a part of the body after
    /// the form.
    @Test(arguments: [
        "Chromium helps you store less fat around your waist.",
        "Magnesium spray, no added sugar, melts away muscle cramps overnight.",
        "Vitamin B12 nasal spray that sharpens your memory.",
    ])
    func anEffectStaysAClaim(_ text: String) {
        #expect(Self.errors(text).contains("unauthorised-health-claim"), "\(text)")
    }
}
