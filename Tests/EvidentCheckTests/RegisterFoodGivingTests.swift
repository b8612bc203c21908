import EvidentModel
import Testing

@testable import EvidentCheck

/// The food named as the subject that gives a substance ("eggs give you vitamin B12", "eggs
/// are a source of vitamin D") says which food holds it, as "vitamin B12 from eggs" does: no part
/// of a body the claim speaks of, though MeSH files an egg among the body's cells
/// (`Checker.foodsGiving`). Written for this test, not taken from an evaluation set.
@Suite struct RegisterFoodGivingTests {
    private static func eu(_ text: String) -> [Finding] { Fixtures.registerFindings(text) }

    /// The authorised wording, after the food that gives the substance.
    @Test(arguments: [
        "Free-range eggs give you vitamin D, which contributes to the maintenance of normal bones.",
        "Two eggs provide vitamin B12, which contributes to normal red blood cell formation.",
        "Poached eggs are a good source of vitamin B12, which contributes to the reduction of tiredness and fatigue.",
        "Scrambled eggs on toast are rich in selenium, which contributes to normal thyroid function.",
    ])
    func theFoodGivingTheSubstanceIsItsSource(_ text: String) {
        let found = Self.eu(text)
        #expect(found.map(\.rule) == ["eu-authorised-health-claim"], "\(found.map(\.message))")
    }

    /// A body part the reader holds is no food, and a claim beyond the wording stays
    /// unauthorised whatever food gives the substance.
    @Test(arguments: [
        "Eggs give you vitamin A, which keeps your liver young.",
        "Eggs give you selenium, which keeps your eggs healthy for IVF.",
        "Your liver gives you vitamin A, which contributes to normal iron metabolism.",
    ])
    func aPartOfTheReadersBodyStaysAnAspect(_ text: String) {
        let found = Self.eu(text)
        #expect(
            !found.contains { $0.rule == "eu-authorised-health-claim" }, "\(found.map(\.message))")
    }
}
