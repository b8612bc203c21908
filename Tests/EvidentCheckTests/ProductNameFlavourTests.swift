import EvidentCheck
import EvidentModel
import Testing

/// What a product is called and how it tastes are no health claims under `--market eu`: a
/// dosage-form word written capitalised after a capitalised word ends a product's name ("Mood
/// Drops": no verb "drops"), and a substance named before a flavour word is a flavour ("cherry
/// flavour"). A claim about the substance, or about the product, is still a claim.
@Suite struct ProductNameFlavourTests {
    private static func errors(_ text: String) -> [Finding] {
        Fixtures.check(text + "\n", market: .eu).filter {
            $0.category == .unauthorisedHealthClaim || $0.severity == .error
        }
    }

    /// Product names and flavours (written for this test, not taken from an evaluation set).
    @Test(arguments: [
        "Mood Drops, cherry flavour.",
        "Calm Gummies in a tangy lemon taste.",
        "Joint Chews, natural apple flavour.",
        "Focus Caps with a mild mint flavouring.",
        "Zinc Immune Drops, strawberry flavour.",
        "Available in cherry, lemon and orange flavours.",
        "Sleep Gummies, sugar-free raspberry flavour, 60 per jar.",
    ])
    func aProductNameOrAFlavourIsNoClaim(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(text): \(Self.errors(text).map(\.message))")
    }

    /// A claim about the fruit, or about the product, stays a claim.
    @Test func claimsStayClaims() {
        let cherries = "Cherries help your muscles recover after a run."
        #expect(
            Self.errors(cherries).map(\.message) == [
                "unauthorised health claim: '\(cherries)' is not an authorised EU health claim for 'Cherries' (no authorised wording of the EU register says it)"
            ])
        let flavoured = "The cherry flavour gummies support your immune system."
        #expect(
            Self.errors(flavoured).map(\.message) == [
                "unauthorised health claim: '\(flavoured)' is not an authorised EU health claim for this product (no authorised wording of the EU register says it)"
            ])
        #expect(Self.errors("Tart cherry juice supports restful sleep.").count == 1)
    }

    /// Written in lower case after a condition or target, "drops" is still the verb.
    @Test func aLowerCaseFormWordIsStillAVerb() {
        let findings = Fixtures.check("Your blood pressure drops within two weeks.\n", market: .us)
        #expect(findings.contains { $0.severity == .error }, "\(findings.map(\.rule))")
    }
}
