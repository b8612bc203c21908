import EvidentCheck
import Testing

/// A sentence of a game (`@game-domain`: "players", "the next level", "the game") that names no
/// product and no substance tells of the game's fiction: its illnesses, poisons and cures are
/// pieces of the game, not a body's. A product or a substance in it, or a "game changer" (an
/// idiom), keeps the condition.
struct GameFictionTests {
    static func errors(_ text: String) -> [String] {
        Fixtures.check(text + "\n").filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        "In this co-op board game the players work together to cure the plague in every city.",
        "Drink the green potion to cure your poisoned ranger before the next level.",
        "Whoever cures all three diseases first wins the game.",
    ])
    func aGamesIllnessIsFiction(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    @Test(arguments: [
        "These capsules were a game changer for my arthritis.",
        "Our players never get cramps since they switched to our magnesium drink.",
        "Game changer: the herbal drops cured my eczema in a week.",
    ])
    func aProductsClaimInAGameSentenceStays(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }
}
