import EvidentModel
import Testing

@testable import EvidentCheck

/// Session 22: a product told by its brand name (`@coined-name`: a camel-case word no dictionary
/// knows, filled by the checker) after a word of taking it (`@coined-turn`: on, since, with,
/// started) is a testimonial's turn, as "the capsules" is. Sentences written for this test (none
/// from an evaluation set), with brands that act in a story and known camel-case words beside
/// the reading.
struct CoinedNameTurnTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        // an ability barely kept for a year, then since a brand
        (
            "Nan could barely get out of her chair for a year; since TurmaFlex she gardens all afternoon.",
            "testimonial-arc-ability"
        ),
        // a condition told as a verb, then the flock started on a brand
        (
            "Our ewes prolapsed every lambing until the flock started on LambaMin; this year none did.",
            "testimonial-condition-verb"
        ),
        // a condition from birth, then since a brand
        (
            "Our spaniel was born with a spinal weakness; since PawSpring he chases the ball.",
            "testimonial-arc-from-birth"
        ),
    ])
    func readsBrandAsTurn(copy: String, rule: String) {
        #expect(Self.rules(copy).contains(rule), "\(copy)")
    }

    /// A brand that acts in the story, a brand after no word of taking it, a story with no
    /// before-state.
    @Test(arguments: [
        "For two years I couldn't walk far after the crash; WhatsApp kept me in touch with everyone.",
        "Our spaniel was born with a spinal weakness; MyVet booked his check-ups.",
        "A month on NordicTrail boots and my hikes are longer than ever.",
        // a camel-case spelling of a known word ("homework") is no coined name
        "For two years our son couldn't sit still at his desk; since HomeWork club he reads every evening.",
    ])
    func leavesOtherBrands(copy: String) {
        let arcs: Set = [
            "testimonial-arc-ability", "testimonial-arc-from-birth", "testimonial-arc-movement",
            "testimonial-condition-verb",
        ]
        #expect(arcs.isDisjoint(with: Self.rules(copy)), "\(copy)")
    }
}
