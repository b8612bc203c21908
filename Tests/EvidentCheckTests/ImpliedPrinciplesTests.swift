import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Session 28's implied readings (`RulePacks/implied.yaml`), one principle per kind: a value
/// of the body measured in a test before and after the product, whatever the measure; a lab
/// value in its range "now"; a percept brought back by a product that is taken; a sound long
/// heard that fades; medical care that failed before the product; a task of sight in dim light
/// without a light; an internal organ or the brain protected from anything named; everyday
/// lapses of memory ended; continence kept; nights of a few hours. Sentences written for this
/// test (none from an evaluation set), with everyday copy of the same shape beside each reading.
struct ImpliedPrinciplesTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    /// Each reading on copy that makes the claim: (copy, rule).
    @Test(arguments: [
        (
            "The scan put my womb lining at 15 mm in spring; after the vitex drops it is down to "
                + "8 mm.",
            "implied-lab-tested"
        ),
        (
            "Choir WhatsApp: Jan's HbA1c is in the normal range now, after the bitter melon "
                + "juice.",
            "implied-lab-range-now"
        ),
        (
            "Our olfactory lozenges bring back the aroma of coffee and oranges.",
            "implied-percept-back"
        ),
        (
            "Since the zinc drops the whine I've heard since my army days has faded away.",
            "implied-sound-faded"
        ),
        (
            "After three failed rounds of IVF, the raspberry leaf tea did it: pregnant by spring.",
            "testimonial-care-failed"
        ),
        (
            "Bilberry capsules so you can read the bus timetable at dusk without a torch.",
            "implied-sight-dim"
        ),
        (
            "Our milk thistle shots protect your liver from the weekend's toxins.",
            "implied-organ-kept-from-harm"
        ),
        ("Ginkgo tablets so you remember why you went upstairs.", "implied-memory-lapse"),
        (
            "Pelvic tonic capsules: giggle at the panto and hop on the trampoline without leaking.",
            "implied-continence-kept"
        ),
        (
            "For years I got three hours a night; since the valerian tea I sleep till seven.",
            "testimonial-short-nights"
        ),
    ])
    func principleReads(_ copy: String, _ rule: String) {
        #expect(Self.rules(copy).contains(rule), "\(copy): \(Self.rules(copy))")
    }

    /// The session's readings, by rule id.
    static let principles: Set<String> = [
        "implied-lab-tested", "implied-lab-range-now", "implied-percept-back",
        "implied-sound-faded", "testimonial-care-failed", "implied-sight-dim",
        "implied-organ-kept-from-harm", "implied-memory-lapse", "implied-continence-kept",
        "testimonial-short-nights",
    ]

    /// The same shapes in everyday copy, which none of the session's readings takes: water
    /// measured, a value always in range, a scent sprayed, a boiler's noise, a courier that
    /// failed, a lamp, cells and oxidative stress, a tracker, a bottle, a newborn's nights.
    @Test(arguments: [
        "Iron in our borehole water went from 3 mg/L to 0.2 after the new filter.",
        "My cholesterol has always been in the normal range; I take the oat drink for the taste.",
        "Bring back the smell of summer with our linen spray.",
        "Since the new boiler, the clanking I've heard every night has stopped.",
        "The courier failed to deliver twice; the capsules arrived on Friday.",
        "Our reading lamp lets you read in bed without disturbing your partner.",
        "Helps protect cells from oxidative stress.",
        "Our tracker tag lets you remember where you left your keys.",
        "Our sports bottle lets you run without leaking.",
        "Our newborn sleeps three hours a night; since the blackout blinds we all get more.",
    ])
    func everydayCopyIsClean(_ copy: String) {
        #expect(Self.principles.isDisjoint(with: Self.rules(copy)), "\(copy): \(Self.rules(copy))")
    }

    /// The messages name the principle read.
    @Test func messages() {
        let message = Fixtures.message
        #expect(
            message(
                "Since the zinc drops the whine I've heard since my army days has faded away.",
                "implied-sound-faded")
                == "disease claim: 'I've heard since my army days has faded' says a sound the "
                + "narrator has long heard faded beside the product (a sound no one else hears is "
                + "a disease's)")
        #expect(
            message(
                "Our milk thistle shots protect your liver from the weekend's toxins.",
                "implied-organ-kept-from-harm")
                == "disease claim: 'protect your liver from the weekend's toxins' claims to "
                + "protect an internal organ or the brain from what harms it (an injured organ "
                + "is a disease)")
        #expect(
            message(
                "Choir WhatsApp: Jan's HbA1c is in the normal range now, after the bitter melon "
                    + "juice.", "implied-lab-range-now")
                == "disease claim: 'HbA1c is in the normal range now' says a lab value is in its "
                + "normal range now, beside the product (it was outside it before: the value "
                + "stands for the disease it is a sign of)")
    }
}
