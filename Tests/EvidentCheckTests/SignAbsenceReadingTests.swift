import EvidentModel
import Testing

@testable import EvidentCheck

/// Session 24's readings of a condition told only by its signs, which go (signs only): a sign
/// said to be absent beside the product (`implied-complaint-absent`: not a trace of, free of,
/// no more, zero, lost the; a sign by its noun, or by its adjective before a part of the body),
/// a sign named in a question and made to go in the answer (`implied-complaint-asked-gone`); a
/// body's waste told with a symptom term's adjective, cleared (`implied-waste-sign-gone`);
/// a dependence ended told as an absence of cravings (`testimonial-craving-absent`) or as its
/// use not done since by a person (`testimonial-dependence-use-ended`); and a
/// child's milestone reached late (`testimonial-milestone-late`: finally, at an age, after
/// being slow to it). Sentences written for this test (none from an evaluation set), with the
/// ordinary absences beside each reading: a road's bumps, crusty bread, weeds, rust, clouds,
/// cravings for biscuits, a tidy room, a husband who talks about work.
struct SignAbsenceReadingTests {
    static func rules(_ text: String) -> [String] {
        TestimonialArcReadingTests.rules(text)
    }

    static let readings: Set = [
        "implied-complaint-absent", "implied-complaint-asked-gone", "implied-waste-sign-gone",
        "testimonial-craving-absent", "testimonial-dependence-use-ended",
        "testimonial-milestone-late",
    ]

    @Test(arguments: [
        // a sign's adjectives before a part of an animal's body, counted as none
        (
            "implied-complaint-absent",
            "Not a single crusty, scabby patch on the pony's legs since the herbal lick."
        ),
        // a sign lost by its holder, a flock's story
        (
            "implied-complaint-absent",
            "Our hens lost the scaly, crusted legs within a month of the garlic tonic."
        ),
        // a sign stopped as a verb of ceasing before it
        (
            "implied-complaint-absent",
            "The sore on Grandad's shin stopped oozing a week into the manuka balm."
        ),
        // a body's waste told with a symptom term's adjective (rules X1 to X3), cleared
        (
            "implied-waste-sign-gone",
            "Our drops clear up dark, bloody droppings in hens within days."
        ),
        // the sign in a question, the product ending it in the answer
        (
            "implied-complaint-asked-gone",
            "Itchy, weeping welts on your shins? Be rid of them with our nettle tincture."
        ),
        (
            "implied-complaint-asked-gone",
            "Scabby, oozing ears on your spaniel? Our tea tree drops dry them up in days."
        ),
        (
            "testimonial-craving-absent",
            "Three weeks off the booze and not a single craving since the kudzu capsules."
        ),
        // the use not done since, by a person
        (
            "testimonial-dependence-use-ended",
            "My aunt hasn't had a drink in four months and credits the milk thistle capsules."
        ),
        // an age past the milestone, then "finally"
        (
            "testimonial-milestone-late",
            "At four our grandson finally strings words together since the fish oil drops."
        ),
        // slow to a milestone, then doing it
        (
            "testimonial-milestone-late",
            "Our slow-to-walk toddler was walking on her own two months into the cod liver oil."
        ),
    ])
    func readsItsForm(_ example: (rule: String, copy: String)) {
        #expect(
            Self.rules(example.copy).contains(example.rule),
            "\(example.copy): \(Self.rules(example.copy))")
    }

    /// Absences of things that are no sign, and milestones of no child's delay.
    @Test(arguments: [
        "Not a single bump in the road since the council resurfaced it, and the coffee van is back.",
        "No more crusty bread: our flour blend keeps every loaf soft.",
        "Free of weeds all summer, and the seaweed feed keeps the beds green.",
        "Not a trace of rust on the gate since the oil spray.",
        "Puffy clouds all morning? Our iced tea cools them down.",
        "No cravings for biscuits since the protein shakes.",
        "The old van hasn't smoked once since the new gasket and a bottle of the engine flush.",
        "Our son finally tidies his room since the reward chart and the smoothie packs.",
        "My husband finally talks to me about work since the new job, and the magnesium helps him sleep.",
        "Free of artificial colours, our gummies are made with real fruit.",
        "The kitchen tap stopped leaking since the new washer and a squirt of the silicone spray.",
        "The old boiler stopped leaking after the engineer came, and the descaler tablets help.",
        "The pigeon droppings on the patio cleared up after a week of the spikes and a bottle of the patio cleaner.",
    ])
    func leavesAlone(copy: String) {
        #expect(Self.readings.isDisjoint(with: Self.rules(copy)), "\(copy): \(Self.rules(copy))")
    }

    /// The messages name what was read.
    @Test func messagesNameTheReading() {
        #expect(
            Fixtures.message(
                "Our hens lost the scaly, crusted legs within a month of the garlic tonic.",
                "implied-complaint-absent")
                == "disease claim: 'lost the scaly, crusted' says the signs of a complaint are gone beside the product (treating the disease they are signs of)"
        )
        #expect(
            Fixtures.message(
                "At four our grandson finally strings words together since the fish oil drops.",
                "testimonial-milestone-late")
                == "disease claim: the testimonial 'finally strings words together' says a child reached a milestone late, beside the product (a developmental delay treated)"
        )
    }
}
