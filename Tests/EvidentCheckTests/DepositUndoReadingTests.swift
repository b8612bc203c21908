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
}
