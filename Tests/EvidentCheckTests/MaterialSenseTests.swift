import EvidentCheck
import Testing

/// A substance written as a thing's material ("a zinc coating", "a strip of magnesium") is no
/// food constituent a register claim is about (`Checker.namesAMaterial`, `@material-noun` from
/// WordNet by `.ci/derive-holders`); a product form after it, or a verb whose subject it is,
/// keeps the claim.
struct MaterialSenseTests {
    static func errors(_ text: String) -> [String] {
        Fixtures.check(text + "\n").filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        // A thing's noun right after the substance.
        "Galvanised nails have a zinc coating that protects them from rust.",
        "Our cast-iron skillet keeps food from sticking and browns it evenly.",
        // After "of".
        "A strip of magnesium burns bright white and leaves a white ash.",
    ])
    func aSubstanceAsAThingsMaterialIsNoClaim(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    @Test(arguments: [
        // A product form after the substance.
        "Magnesium spray eases cramps.",
        "Our zinc cream soothes the skin.",
        // A word that is a thing's noun and a verb, right after its subject: the verb.
        "Lutein shields tired eyes from screen glare.",
        "Chromium switches off sugar cravings.",
    ])
    func theSubstanceStaysTheClaimsSubject(_ text: String) {
        #expect(Self.errors(text).contains("unauthorised-health-claim"), "\(Self.errors(text))")
    }
}
