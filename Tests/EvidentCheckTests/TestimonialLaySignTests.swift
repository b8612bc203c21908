import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Session 29, principle T: a testimonial arc with no condition word is an implied disease
/// claim (`RulePacks/testimonial-arcs.yaml`: `testimonial-arc-lay-sign`,
/// `testimonial-arc-conceived`; classes derived by `.ci/craft/derive-arc-states.py`). A span of
/// suffering told in a lay sign (the small hours, a life planned around the toilet, a bedroom
/// not left, a dark room, care in vain or counted, a herd's losses, a sound in one's own ear), or a child conceived after a year or
/// more of trying, with the product or time on it. Sentences written for this test (none from
/// an evaluation set), with ordinary stories of the same shape beside them.
struct TestimonialLaySignTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    /// Each lay sign with a span and the product: (copy, rule).
    @Test(arguments: [
        (
            "For five winters I lay awake until four every night; three weeks on the lemon balm tincture and I sleep till the alarm.",
            "testimonial-arc-lay-sign"
        ),
        (
            "I hadn't slept more than two hours a night for a year. The passionflower drops have me sleeping through.",
            "testimonial-arc-lay-sign"
        ),
        (
            "For three years I knew every toilet between home and the office; the psyllium capsules changed that.",
            "testimonial-arc-lay-sign"
        ),
        (
            "My sister hadn't left the house for eight months; on the rhodiola drops she's back at choir.",
            "testimonial-arc-lay-sign"
        ),
        (
            "Two days a month I'd be in a dark room with a bowl beside me; since the butterbur capsules, not one lost day.",
            "testimonial-arc-lay-sign"
        ),
        (
            "Three years in and out of the osteopath's with my shoulder; a month on the collagen powder and I'm back at the nets.",
            "testimonial-arc-lay-sign"
        ),
        (
            "We lost four lambs to the scour every spring; this year, with the probiotic paste, every lamb is thriving.",
            "testimonial-arc-lay-sign"
        ),
        (
            "For seven years a high whistle in my right ear kept me company; the zinc tablets have quietened it.",
            "testimonial-arc-lay-sign"
        ),
        (
            "I saw four different osteopaths about my knees over three years; a month of the rosehip powder did what they couldn't.",
            "testimonial-arc-lay-sign"
        ),
        (
            "For six years I planned every walk around the nearest toilet; the quinoa porridge changed that.",
            "testimonial-arc-lay-sign"
        ),
        (
            "After four years of trying and two failed rounds, I conceived in the second month on the maca blend.",
            "testimonial-arc-conceived"
        ),
    ])
    func readsTheArc(copy: String, rule: String) {
        #expect(Self.rules(copy).contains(rule), "\(copy): \(Self.rules(copy))")
    }

    /// The same shapes with no body's trouble, no span or no product: an early start for work,
    /// a fox, a cleaner's toilets, a pregnancy with no years of trying, a night before exams, a
    /// damp bedroom, a fridge's hum.
    @Test(arguments: [
        "For years I was up at four every morning to bake; since the new oven I start at six.",
        "We lost three hens to a fox every winter; since the new electric fence and the garlic tonic they're all safe.",
        "For two years I cleaned every toilet on the festival circuit; the new eco spray makes the job quicker.",
        "Two years after our wedding I fell pregnant, and the prenatal gummies kept me going.",
        "I used to lie awake the night before exams; the chamomile tea helps me drift off.",
        "For nine winters the back bedroom dripped; since the new damp course it's bone dry.",
        "For two years a hum in my left ear from the fridge kept me up; since the new fridge, silence.",
    ])
    func leavesOrdinaryStories(copy: String) {
        let found = Self.rules(copy)
        #expect(
            !found.contains("testimonial-arc-lay-sign")
                && !found.contains("testimonial-arc-conceived"), "\(copy): \(found)")
    }

    /// The rule's message names the story it read.
    @Test func messageNamesTheStory() {
        let message = Fixtures.message(
            "For five winters I lay awake until four every night; three weeks on the lemon balm tincture and I sleep till the alarm.",
            "testimonial-arc-lay-sign")
        #expect(
            message
                == "disease claim: the testimonial 'lay awake until four every night' tells of a life kept from its course for a long time by a body's trouble, beside the product (a disease treated)"
        )
        let conceived = Fixtures.message(
            "After four years of trying and two failed rounds, I conceived in the second month on the maca blend.",
            "testimonial-arc-conceived")
        #expect(
            conceived
                == "disease claim: the testimonial 'conceived' tells of a child conceived after a year or more of trying, beside the product (infertility treated)"
        )
    }
}
