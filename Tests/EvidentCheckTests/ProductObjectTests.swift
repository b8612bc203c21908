import EvidentCheck
import EvidentModel
import Testing

/// Principle C (rule U14, `TaggedSentence+ProductObjects.swift`): what a product cures,
/// reverses, erases or pulls out is a condition whatever its word, unless it is a thing of
/// another world. Principle M (`mechanism.yaml`, `drug-action-claim`): a product that blocks or
/// switches on a molecule of the body claims a drug's action.
struct ProductObjectTests {
    static func findings(_ text: String) -> [Finding] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }
    }

    @Test func objectOfAProductsCureIsACondition() {
        let found = Self.findings("This oil cures stretch marks.")
        #expect(found.map(\.rule) == ["disease-claim"])
        #expect(
            found.first?.message
                == "disease claim: the copy presents 'stretch marks' as a disease the product acts on"
        )
    }

    @Test(arguments: [
        // a shape or state no vocabulary names, after "that" on a label
        "Aquarium conditioner for axolotls that cures gill curl.",
        // a part of the body named with a noun before it
        "This firming gel banishes bingo wings.",
    ])
    func namedConditionIsRead(_ copy: String) {
        #expect(Self.findings(copy).map(\.rule).contains("disease-claim"), "\(copy)")
    }

    @Test(arguments: [
        // food, an artifact, a quarrel, a describing word, a part of the body named alone, the
        // hair's own state, the product's form read as a noun, a perceived smell
        "The smokehouse cures the bacon with brown sugar.",
        "The two-part resin cures overnight at room temperature.",
        "The injection cream cures rising damp in solid brick walls.",
        "This balm heals your dog's paws after winter walks.",
        "This leave-in spray banishes frizz on humid days.",
        "Cranberry extract supports a healthy urinary tract.",
        "This room spray banishes pet odours.",
    ])
    func thingOfAnotherWorldIsNot(_ copy: String) {
        #expect(!Self.findings(copy).map(\.rule).contains("disease-claim"), "\(copy)")
    }

    @Test func moleculeBlockedIsADrugAction() {
        let found = Self.findings("Berberine capsules switch on AMPK.")
        #expect(found.map(\.rule).contains("drug-action-claim"))
        #expect(
            found.first { $0.rule == "drug-action-claim" }?.message
                == "disease claim: 'switch on AMPK' says the product blocks or switches on a molecule of the body (an enzyme, hormone, receptor, gene or messenger), as a drug does"
        )
    }

    @Test(arguments: [
        // abbreviations coordinated before a noun modify it; no product; no act on a molecule
        "The cream blocks UVA and UVB rays.",
        "Exercise switches on the genes for muscle repair.",
        "Supports healthy enzyme activity.",
    ])
    func noDrugAction(_ copy: String) {
        #expect(!Self.findings(copy).map(\.rule).contains("drug-action-claim"), "\(copy)")
    }
}
