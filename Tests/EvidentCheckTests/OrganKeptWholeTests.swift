import EvidentCheck
import Testing

/// A part of the body kept whole against a drug, a toxin or a treatment without a verb of
/// protection (`implied-organ-kept-whole`, organ-kept.yaml): kept, staying or coming through
/// safe, intact or unscathed, or not damaged or wrecked by the harm, with the harm in the
/// sentence or the one before; or protected from an injury or after one
/// (`implied-organ-injury-kept-off`). Classes from WordNet by `.ci/derive-organ-kept`.
struct OrganKeptWholeTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text + "\n", market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        "A hearing guard for anyone on gentamicin: our NAC keeps the inner ear safe.",
        "With the probiotic on board, her gut wasn't wrecked by the antibiotics this time.",
        "Through six rounds of chemo his kidneys stayed intact with our cordyceps.",
        // The harm in the sentence before.
        "Starting chemo next week. Keep your kidneys intact with our cordyceps.",
    ])
    func aPartKeptWholeAgainstADrugIsADiseaseClaim(_ text: String) {
        #expect(Self.rules(text).contains("implied-organ-kept-whole"), "\(Self.rules(text))")
    }

    @Test(arguments: [
        // No drug, toxin or treatment: a body kept safe from a night out or a season.
        "Big night out planned? Our milk thistle keeps your liver safe.",
        "Keep your skin safe this summer.",
        // Protective gear keeps a part safe; a safety statement of the product.
        "Earplugs keep your ears safe at loud concerts.",
        "Our paraben-free cream won't harm your skin.",
    ])
    func noHarmOrGearIsNone(_ text: String) {
        #expect(!Self.rules(text).contains("implied-organ-kept-whole"), "\(Self.rules(text))")
    }

    /// A part of the body protected from an injury or after one (`implied-organ-injury-kept-off`).
    @Test(arguments: [
        "After a knock on the rugby pitch, our omega-3 shots protect the brain from lasting harm.",
        "Our zinc gummies protect the knees from sprains on the netball court.",
    ])
    func aPartProtectedFromAnInjuryIsADiseaseClaim(_ text: String) {
        #expect(
            Self.rules(text).contains("implied-organ-injury-kept-off"), "\(Self.rules(text))")
    }

    @Test(arguments: [
        "Wear a helmet to protect your head from knocks.",
        "Protects your skin from the sun at the beach.",
    ])
    func gearOrNoInjuryIsNone(_ text: String) {
        #expect(
            !Self.rules(text).contains("implied-organ-injury-kept-off"), "\(Self.rules(text))")
    }

    @Test func theMessageNamesTheInjuryPrevented() {
        let message = Fixtures.message(
            "Through six rounds of chemo his kidneys stayed intact with our cordyceps.",
            "implied-organ-kept-whole")
        #expect(
            message
                == "disease claim: 'kidneys stayed intact' claims a part of the body comes through a drug, a toxin or a treatment unharmed (preventing the injury, a disease)"
        )
    }

    /// "From ever": a part or an animal kept from ever breaking down or going blind is kept from
    /// it (`implied-organ-kept-from-breaking`, `implied-organ-kept-from-becoming`); a phone's
    /// screen or a hedge kept so is a thing's.
    @Test(arguments: [
        (
            "Glucosamine for greyhounds that keeps the cartilage in their hocks from ever crumbling.",
            "implied-organ-kept-from-breaking"
        ),
        (
            "Our lutein chews keep your old collie from ever going blind.",
            "implied-organ-kept-from-becoming"
        ),
    ])
    func aPartKeptFromEverFailingIsADiseaseClaim(text: String, rule: String) {
        #expect(Self.rules(text).contains(rule), "\(Self.rules(text))")
    }

    @Test(arguments: [
        "Our case keeps the screen from ever cracking when you drop it.",
        "This feed keeps your hedge from ever going brown in a dry summer.",
    ])
    func aThingKeptFromEverFailingIsNone(_ text: String) {
        #expect(Self.rules(text).isEmpty, "\(Self.rules(text))")
    }

    /// A sense or its organ kept keen (`@sense-keen`: WordNet's perceptive and discerning) into a
    /// late age or for life (`implied-organ-kept-lifelong`); a knife or a mind kept sharp is no
    /// sense.
    @Test(arguments: [
        "Our bilberry drops keep your eyesight keen into your nineties.",
        "Keeps a retriever's ears sharp for life.",
    ])
    func aSenseKeptKeenIntoOldAgeIsADiseaseClaim(_ text: String) {
        #expect(Self.rules(text).contains("implied-organ-kept-lifelong"), "\(Self.rules(text))")
    }

    @Test(arguments: [
        "Keeps your chef's knives sharp for life.",
        "Keeps your mind sharp into your nineties with a daily crossword.",
    ])
    func aThingOrAMindKeptSharpIsNone(_ text: String) {
        #expect(Self.rules(text).isEmpty, "\(Self.rules(text))")
    }

    /// The committed classes are what the script derives (skipped where python3 or WordNet is
    /// missing).
    @Test func classesMatchRegeneration() throws {
        guard let run = try Fixtures.regenerationCheck(".ci/derive-organ-kept") else { return }
        #expect(run.status == 0, "\(run.errors)")
    }
}
