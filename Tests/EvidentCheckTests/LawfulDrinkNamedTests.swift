import EvidentModel
import Testing

@testable import EvidentCheck

/// A condition word WordNet also files as a food ("shakes", a milkshake) names the drink when a
/// food or a substance is among its compound's modifiers or follows "with" (rule N3 of the
/// sense gate, `TaggedSentence.isFoodNamed`; widened in session 26); "the shakes" alone stay
/// the tremor. Written for this test, not taken from an evaluation set.
@Suite struct LawfulDrinkNamedTests {
    private static func errors(_ text: String) -> [Finding] {
        Fixtures.check(text + "\n", market: .us).filter { $0.severity == .error }
    }

    @Test(arguments: [
        "Whey recovery shakes after five-a-side.",
        "Chocolate and oat recovery shakes for the under-16s.",
        "Recovery shakes with magnesium for rugby players.",
    ])
    func aShakeOfFoodIsADrink(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(text): \(Self.errors(text).map(\.message))")
    }

    @Test func theShakesStayATremor() {
        let found = Self.errors("Our magnesium stops the shakes for good.")
        #expect(found.map(\.rule) == ["symptom-claim"])
        #expect(
            found.first?.message
                == "disease claim: 'stops the shakes' claims to treat or relieve a symptom of disease"
        )
    }
}
