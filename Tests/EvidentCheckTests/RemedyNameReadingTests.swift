import EvidentCheck
import EvidentModel
import Foundation
import Testing

/// Two readings of what a product's copy names: a condition inside a remedy's name (a name
/// whose head ends a condition, `@cure-ending`, is the product's, not a thing's: "Tinnitus
/// Silencer", against "Heartbreak Hotel"), and a brand dropped for a part of a body or a
/// condition (the drug slot, rules K3-K6: "ditch the Rimadyl for your old boy's hips").
struct RemedyNameReadingTests {
    static func findings(_ text: String) -> [Finding] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }
    }

    /// A name whose head ends a condition (`@cure-ending`) names a remedy, a product's name,
    /// not a thing's ("Heartbreak Hotel"): the condition in it is kept.
    @Test(arguments: [
        (
            "Tinnitus Silencer herbal drops for the ears, 10 ml.", "disease-in-product-copy",
            "disease claim: the copy names the condition 'Tinnitus' in a sentence about the "
                + "product (a disease named in connection with a product is a disease claim, "
                + "whatever the verb)"
        ),
        (
            "Acne Eraser night gel by ClearSkin, 30 ml.", "disease-claim",
            "disease claim: the copy presents 'Acne' as a disease the product acts on"
        ),
    ])
    func conditionInARemedyNameIsAClaim(_ copy: String, _ rule: String, _ message: String) {
        let found = Self.findings(copy)
        #expect(
            found.contains { $0.rule == rule && $0.message == message },
            "\(copy): \(found.map(\.message))")
    }

    /// A brand dropped for a part of a body or a condition is a drug the product replaces;
    /// for the maker's own thing, or a part inside a compound, it is not.
    @Test func brandDroppedForABodyPartIsADrug() {
        let found = Self.findings("Ditch the Zorbaxil for your old mare's hocks.")
        #expect(
            found.contains {
                $0.rule == "drug-comparison"
                    && $0.message
                        == "disease claim: 'Ditch the Zorbaxil' compares the product with, or "
                        + "substitutes it for, a drug or therapy"
            }, "\(found.map(\.message))")
        for copy in [
            "Ditch your Zorbista for our hand-thrown pour-over set.",
            "Swap your Zorbwatch for our leather wrist strap.",
        ] {
            let quiet = Self.findings(copy)
            #expect(quiet.isEmpty, "\(copy): \(quiet.map(\.message))")
        }
    }
}
