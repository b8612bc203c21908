import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Session 30, principle T, the next members (`RulePacks/testimonial-arcs.yaml`): a sign of
/// illness told as a habit or over a span, then the product or time on it. The sign told by a
/// part of a body or an animal (`testimonial-arc-habit`), a complaint in a causal phrase
/// (`testimonial-arc-cause`), a retreat (`testimonial-arc-retreat`), a sign seen
/// (`testimonial-arc-seen`), others' report (`testimonial-arc-report`) and nights heard
/// through (`testimonial-arc-night-heard`). Sentences written for this test (none from an
/// evaluation set), with ordinary stories of the same shapes beside them.
struct TestimonialArcTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    /// Each way of telling the sign, with the product: (copy, rule).
    @Test(arguments: [
        (
            "Our old tabby used to cry out jumping onto the sofa; a month on the joint powder and she's up on the windowsill.",
            "testimonial-arc-habit"
        ),
        (
            "My knees creaked and clicked on every stair; a month on the rosehip and I skip down them.",
            "testimonial-arc-habit"
        ),
        (
            "I turned down every barbecue because of the flushes; two months on the sage tablets and I hosted one.",
            "testimonial-arc-cause"
        ),
        (
            "For months I hid under the bedclothes and stopped answering the phone; the rhodiola tincture got me back to work.",
            "testimonial-arc-retreat"
        ),
        (
            "For a year there was blood on my toothbrush every morning; the myrrh mouthwash sorted it.",
            "testimonial-arc-seen"
        ),
        (
            "After every walk my fingers went blue; since the cayenne capsules they stay pink.",
            "testimonial-arc-seen"
        ),
        (
            "His teachers said he couldn't sit still through a single story; since the omega-3 gummies he reads to the class.",
            "testimonial-arc-report"
        ),
        (
            "Every night I heard the church clock strike until the milkman came; the hops pillow spray has me asleep by ten.",
            "testimonial-arc-night-heard"
        ),
        (
            "For a year I heard every chime of the hall clock; since the magnesium I sleep till seven.",
            "testimonial-arc-night-heard"
        ),
    ])
    func readsTheArc(copy: String, rule: String) {
        #expect(Self.rules(copy).contains(rule), "\(copy): \(Self.rules(copy))")
    }

    /// The same shapes with no body's trouble or no product: a lazy Saturday, a gate, the rain,
    /// leaves, homework, a sermon, a kennel.
    @Test(arguments: [
        "Every Saturday I stay under the duvet with the papers; the new coffee machine makes it perfect.",
        "The old gate creaked and rattled every time the wind blew; since the new hinges it's silent.",
        "We cancelled the picnic because of the rain; since the new gazebo we eat outside.",
        "Every autumn the leaves went red and fell off; the new mulch keeps the beds tidy.",
        "The teacher said she never forgot her homework; since the new planner she's top of the class.",
        "I heard every word of the sermon; since the new pew cushions I stay awake.",
        "Our neighbour said the dog never barked; since the new kennel he sleeps outside.",
        "The farrier says her feet have never looked better since the biotin supplement.",
        // a product's range named in the maker's voice, no sufferer: no complaint's cause
        "Pair the cheeseboard with our Cold-Snap chutney and a glass of our elderflower tonic.",
    ])
    func leavesOrdinaryStories(copy: String) {
        #expect(Self.rules(copy).isEmpty, "\(copy): \(Self.rules(copy))")
    }

    /// The rules' messages name the story they read.
    @Test func messageNamesTheStory() {
        let habit = Fixtures.message(
            "Our old tabby used to cry out jumping onto the sofa; a month on the joint powder and she's up on the windowsill.",
            "testimonial-arc-habit")
        #expect(
            habit
                == "disease claim: the testimonial 'Our old tabby used to cry out' tells of a body's sign of illness as a habit, beside the product (a disease treated)"
        )
        let night = Fixtures.message(
            "For a year I heard every chime of the hall clock; since the magnesium I sleep till seven.",
            "testimonial-arc-night-heard")
        #expect(
            night
                == "disease claim: the testimonial 'heard every' tells of nights lain awake, beside the product (sleeplessness treated)"
        )
    }
}

/// Session 31, the next members: a part's habit told with its lead before the sign
/// (`testimonial-arc-habit-told`) and a part changing colour with a second colour or a sign
/// (`testimonial-arc-colour-sign`), on any part of a body, a person's or an animal's, and
/// beside a season on the product. Sentences written for this test, none from an evaluation
/// set, with ordinary stories of the same shapes.
extension TestimonialArcTests {
    @Test(arguments: [
        (
            "Our greyhound's ear tips went purplish and cracked every frosty morning; a winter on the fish oil and they stay soft and pink.",
            "testimonial-arc-colour-sign"
        ),
        (
            "Grandad's fingertips would go white, then mottled blue, in the greenhouse; a winter on the garlic capsules and he potters out there all January.",
            "testimonial-arc-colour-sign"
        ),
        (
            "Our cob's hind legs used to fill up and go hot in the stable; a season on the herbal leg mix and he comes out sound.",
            "testimonial-arc-habit-told"
        ),
        (
            "My elbow used to click and stiffen by the evening; three months on the cod liver oil and I bowl every Saturday.",
            "testimonial-arc-habit-told"
        ),
        (
            "Our labrador's hips would stiffen and grind on the stairs; a winter on the green-lipped mussel and he bounds up to bed.",
            "testimonial-arc-habit-told"
        ),
    ])
    func readsTheNextMembers(copy: String, rule: String) {
        #expect(Self.rules(copy).contains(rule), "\(copy): \(Self.rules(copy))")
    }

    /// A shed's paint, a blush, a grip and chapped lips are no illness.
    @Test(arguments: [
        "The paint on the shed would go white and crack every winter; since the new primer it stays smooth.",
        "My cheeks went crimson and I giggled through the speech; since the new foundation nobody notices.",
        "Her knuckles went white and her grip tightened on the rail; the new shoes give her more confidence.",
        "My lips used to crack and peel in the wind; the beeswax balm keeps them soft.",
    ])
    func leavesTheirOrdinaryStories(copy: String) {
        #expect(Self.rules(copy).isEmpty, "\(copy): \(Self.rules(copy))")
    }

    @Test func nextMembersMessagesNameTheStory() {
        #expect(
            Fixtures.message(
                "My elbow used to click and stiffen by the evening; three months on the cod liver oil and I bowl every Saturday.",
                "testimonial-arc-habit-told")
                == "disease claim: the testimonial 'elbow used to click and stiffen' tells of a body's sign of illness as a habit, beside the product (a disease treated)"
        )
    }
}
