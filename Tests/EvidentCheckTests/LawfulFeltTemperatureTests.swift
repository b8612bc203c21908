import EvidentModel
import Testing

@testable import EvidentCheck

/// A temperature felt is no condition: after a verb of feeling a state or entering one
/// (`@feeling-verb`), a word of temperature (`@felt-temperature`, both derived from WordNet by
/// `.ci/derive-kept-states`) names the weather a person feels, an audience's ordinary sensation,
/// even where the vocabulary lists it as an illness ("cold") or a symptom ("chill")
/// (`TaggedSentence.dropFeltTemperatures`). Written for this test, not taken from an evaluation
/// set.
@Suite struct LawfulFeltTemperatureTests {
    private static func errors(_ text: String) -> [Finding] {
        Fixtures.check(text + "\n", market: .us).filter { $0.severity == .error }
    }

    @Test(arguments: [
        "Cinnamon cocoa that supports healthy circulation, for allotment keepers who feel the cold.",
        "For cyclists whose toes go cold on winter rides: supports normal blood flow.",
        "Anyone who feels the chill at the bus stop will like our ginger blend, which supports circulation.",
    ])
    func aTemperatureFeltIsNoCondition(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(text): \(Self.errors(text).map(\.message))")
    }

    /// An illness had, caught or felt coming as a count noun stays one.
    @Test(arguments: [
        "Whenever I feel a cold coming on, these zinc lozenges cure it overnight.",
        "Our elderberry syrup cures the common cold you caught at work.",
    ])
    func anIllnessStaysOne(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }
}
