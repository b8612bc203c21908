import EvidentCheck
import Testing

/// A substance written as a thing's material ("a zinc coating", "a strip of magnesium"), a
/// food's word before a whole plant's noun ("lemon trees") and one opening a clause as an
/// imperative ("Prune the roses") are no food constituent a register claim is about
/// (`Checker.namesAMaterial`, `namesAPlant`, `opensAClause`; `@material-noun`, `@plant-noun`
/// from WordNet by `.ci/derive-holders`); a product form or a harvested part after it, a dose,
/// or a verb whose subject it is, keeps the claim.
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

    @Test(arguments: [
        "Lemon trees keep their leaves glossy and healthy indoors.",
        "Prune the roses back to healthy wood.",
    ])
    func aPlantOrAnImperativeIsNoFood(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    @Test(arguments: [
        // A part of a plant is harvested and eaten; a number after the substance is a dose.
        "Olive leaf extract supports a healthy immune system.",
        "Magnesium 400 mg melts away stress for good.",
        // A whole plant's noun before a form the product is swallowed in: what it is made from.
        "Polypodium fern capsules for sunproof skin from the inside on the school summer trip.",
    ])
    func aHarvestedPartOrADoseStaysTheClaimsSubject(_ text: String) {
        #expect(Self.errors(text).contains("unauthorised-health-claim"), "\(Self.errors(text))")
    }
}
