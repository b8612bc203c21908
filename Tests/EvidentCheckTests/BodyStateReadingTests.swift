import EvidentModel
import Testing

@testable import EvidentCheck

/// Session 17's implied readings of a body's state: something said to injure a part of the body
/// (`implied-injury-agent`), a part called diseased (`implied-diseased-part`), an activity done
/// without the aid it needed (`implied-aid-unneeded`), a child's missing milestones reached
/// (`testimonial-child-milestone`). Sentences written for this test (none from an evaluation
/// set), with the lawful, cosmetic and everyday copy beside each reading.
struct BodyStateReadingTests {
    static let rules = StoryAcrossReadingTests.rules

    @Test(arguments: [
        (
            "Our drops dissolve the sticky proteins that eat away the nerves of your spine.",
            "implied-injury-agent"
        ),
        (
            "Our fish oil calms the enzymes that eat into the discs of your spine.",
            "implied-injury-agent"
        ),
        ("Our knee formula rebuilds eroded, crumbling cartilage.", "implied-diseased-part"),
        ("Our blend firms up porous hips in a season.", "implied-diseased-part"),
        (
            "See the birds on the feeder without your glasses again with our eye formula.",
            "implied-aid-unneeded"
        ),
        ("Our mushroom blend heals the growth, no surgeon needed.", "implied-aid-unneeded"),
        (
            "Our daughter had not spoken a word by four. "
                + "Six weeks on the fish oil and she says full sentences.",
            "testimonial-child-milestone"
        ),
    ])
    func reads(copy: String, rule: String) {
        #expect(Self.rules(copy).contains(rule), "\(copy): \(Self.rules(copy))")
    }

    /// The oxidative damage of cells (the EU register's wording), sun and hair damage (a
    /// cosmetic's), a muscle after the gym, a narrator who cannot read without glasses (the
    /// before of a story), a prescription not needed (how a product is sold), a child's normal
    /// first words.
    @Test(arguments: [
        "Vitamin E helps protect cells from free radicals that destroy them.",
        "Sun and salt water eat away at your hair's shine; our mask brings it back.",
        "Our whey shake rebuilds damaged muscle after a hard gym session.",
        "Repairs dry, damaged skin on hands and heels.",
        "I can't read the menu without my glasses, so we print our labels large.",
        "No prescription needed: order the capsules online today.",
        "My son said his first words at ten months, and he loves our puree pouches.",
    ])
    func leavesAlone(copy: String) {
        let fired = Self.rules(copy)
        for rule in [
            "implied-injury-agent", "implied-diseased-part", "implied-aid-unneeded",
            "testimonial-child-milestone",
        ] {
            #expect(!fired.contains(rule), "\(copy): \(fired)")
        }
    }

    /// The message says why a part in a diseased state makes the claim.
    @Test func message() {
        let finding = Fixtures.check("Our drops mend porous, chalky bones.", market: .us)
            .first { $0.rule == "implied-diseased-part" }
        #expect(
            finding?.message
                == "disease claim: 'porous, chalky bones' calls a part of the body diseased (porous, "
                + "clogged, worn down, blurred) in copy about the product: changing a part in that "
                + "state is treating a disease")
    }
}
