import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Session 32, the pair shape (`RulePacks/testimonial-arcs.yaml`): a story of a body, then an
/// intake marker naming the product ("since the X", "a month on the X", "two bottles of the X
/// later", "one tub of the X"). A part of a body with a sign, a colour or a complaint, in the
/// sentence of the marker or the one before, is `testimonial-pair-sign`; any part of a
/// holder's or an animal's body in the sentence before one that opens the product's turn is
/// `testimonial-pair-across`. Sentences written for this test (none from an evaluation set),
/// with ordinary stories of the same shapes beside them.
struct TestimonialPairTests {
    static let pairRules: Set = ["testimonial-pair-sign", "testimonial-pair-across"]

    static func findings(_ text: String) -> [Finding] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }
    }

    /// Each way of telling the pair: (copy, rule).
    @Test(arguments: [
        (
            "Our old pony's heels cracked and oozed. Since the calendula balm he trots down the lane.",
            "testimonial-pair-sign"
        ),
        (
            "Our lurcher's paws were red between the pads. A month on the salmon and kelp chews and she lies still by the fire.",
            "testimonial-pair-sign"
        ),
        (
            "Our old ewe kept lying down with her knees tucked under. A fortnight of the copper bolus and she's grazing on all four feet.",
            "testimonial-pair-across"
        ),
        (
            "Thick crusts on both of my eyelids every morning. One tub of the manuka ointment and I open my eyes without bathing them.",
            "testimonial-pair-across"
        ),
    ])
    func readsThePair(copy: String, rule: String) {
        let rules = Self.findings(copy).map(\.rule)
        #expect(rules.contains(rule), "\(copy): \(rules)")
    }

    /// A story with no body, a body after exertion, a cosmetic's after-state, a product that is
    /// not taken (a boot, a fuel filter) and a well-being story tell no disease by the pair.
    @Test(arguments: [
        "The old tractor coughed and spluttered up every hill. Since the new fuel filter she pulls without a murmur.",
        "Our lawn was patchy after the dry summer. Three weeks on the seaweed feed and it's green to the edges.",
        "My legs ached after every long run. A month of the tart cherry and I recover by the next morning.",
        "My skin felt tight after every swim. Since the oat lotion it feels soft all day.",
        "My heels were red and sore after every shift. Since the new boots I finish the day comfortable.",
        "Afternoons at work used to drag. Since the green tea I stay sharp until five.",
        "Since I started the spirulina smoothie before work, I don't flag at three o'clock any more.",
    ])
    func leavesOrdinaryStories(copy: String) {
        let rules = Set(Self.findings(copy).map(\.rule))
        #expect(rules.isDisjoint(with: Self.pairRules), "\(copy): \(rules)")
    }

    /// The message says what was read: the story's words, then the product taken.
    @Test func messageNamesTheStory() throws {
        let copy =
            "Our old ewe kept lying down with her knees tucked under. A fortnight of the copper bolus and she's grazing on all four feet."
        let finding = try #require(
            Self.findings(copy).first { $0.rule == "testimonial-pair-across" })
        #expect(
            finding.message
                == "disease claim: the testimonial 'her knees' tells of a body, then of the product taken in the next sentence (a disease treated)"
        )
    }
}
