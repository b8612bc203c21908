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
