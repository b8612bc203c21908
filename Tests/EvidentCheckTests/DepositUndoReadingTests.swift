import EvidentCheck
import EvidentModel
import Testing

/// Rule S4 (`.ci/vocab/derive-structures.py`, `deposit-mechanism-claim`): WordNet's verbs of
/// undoing a solid mass (dissolve, melt, break up, loosen, dislodge) with a deposit the body
/// holds claim the mechanism of a cure; the same verbs on a thing's deposit or in a recipe do
/// not.
struct DepositUndoReadingTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        "Gently loosens the deposits in your joints overnight.",
        "Our tea breaks up the gravel that collects in your kidneys.",
        "The tincture dislodges the stones lodged in your gallbladder.",
        "Crumbles the calcifications in your shoulder within weeks.",
    ])
    func massUndoneInTheBodyIsAClaim(_ copy: String) {
        #expect(Self.rules(copy).contains("deposit-mechanism-claim"), "\(copy)")
    }

    @Test(arguments: [
        "Loosens the limescale deposits in your kettle overnight.",
        "Melt the crystals in warm water before you drink it.",
        "Break up the sugar crystals with a fork before serving.",
    ])
    func thingsDepositIsNone(_ copy: String) {
        #expect(!Self.rules(copy).contains("deposit-mechanism-claim"), "\(copy)")
    }

    /// Rule S6: WordNet's nouns of matter gathered into a mass (clump, lump, sludge, residue,
    /// debris, tangle, buildup) are deposits the same verbs undo; rule S4 also reads liquefy.v.
    @Test(arguments: [
        "Sweeps the sticky clumps out from between your brain cells overnight.",
        "Liquefies the thick sludge that sits in your gallbladder.",
        "Loosens the clumps that collect in your brain cells.",
    ])
    func massInTheBodyIsADeposit(_ copy: String) {
        #expect(Self.rules(copy).contains("deposit-mechanism-claim"), "\(copy)")
    }

    /// Rule S5 (`deposit-cleansed-claim`): WordNet's verbs of making clean by removing matter
    /// (wash off, rinse, scour, scrub) on a deposit or a mass in an organ or a vessel; on the
    /// body's surface (hands, pores, paws) they are washing, a cosmetic's use.
    @Test(arguments: [
        "Our B-complex washes the sludge off the nerve cells in your spine.",
        "Rinses the gunk out of your arteries while you sleep.",
        "Rinses the residue from your kidneys every morning.",
    ])
    func massCleansedFromAnOrganIsAClaim(_ copy: String) {
        #expect(Self.rules(copy).contains("deposit-cleansed-claim"), "\(copy)")
    }

    @Test(arguments: [
        "Washes the dust off your hands.",
        "Our face wash rinses away the grime and residue from your pores.",
        "Scrub the clumps of mud off your dog's paws after a walk.",
        "Rinse the lumps out of the sauce before serving.",
    ])
    func massWashedFromASurfaceIsNone(_ copy: String) {
        let rules = Self.rules(copy)
        #expect(
            !rules.contains("deposit-cleansed-claim") && !rules.contains("deposit-mechanism-claim"),
            "\(copy): \(rules)")
    }
}
