import EvidentModel
import Testing

@testable import EvidentCheck

/// Session 20's three readings of a story that names its condition without the condition's
/// noun: a condition told as a verb of a person, a part of a body or an animal
/// (`testimonial-condition-verb`), a span of suffering told as a gerund
/// (`testimonial-arc-span`), and a lost body covering growing back (`implied-covering-regrown`).
/// The classes come from WordNet (`.ci/craft/derive-arc-classes.py`). Sentences written for
/// this test (none from an evaluation set), with the ordinary stories beside each reading.
struct TestimonialVerbReadingTests {
    static func rules(_ text: String) -> [String] {
        TestimonialArcReadingTests.rules(text)
    }

    static let readings: Set = [
        "testimonial-condition-verb", "testimonial-arc-span", "implied-covering-regrown",
    ]

    static func reads(_ text: String) -> Bool {
        !readings.isDisjoint(with: rules(text))
    }

    /// Each reading on the forms it is for. A condition as the verb of a holder, an animal by
    /// its kind or a part of a body, with the product or time on it in the sentence or the
    /// next and no span needed (`testimonial-condition-verb`); a span of months or years of a
    /// bodily suffering told as a gerund, then the product (`testimonial-arc-span`); a body
    /// covering said to be bald, thin, receding or lost, then grown back, thickened or covered
    /// over, with the product or none, a promise to the reader (`implied-covering-regrown`).
    @Test(arguments: [
        // a relative, a verb derived from "convulsion" (rule C1)
        (
            "testimonial-condition-verb",
            "My nephew convulsed twice a month for years; since the hemp oil he has gone a whole term without one."
        ),
        // a part of the body (the heart), a progressive form
        (
            "testimonial-condition-verb",
            "My dad's heart kept fibrillating at night until he took the magnesium powder."
        ),
        // an animal by its kind
        (
            "testimonial-condition-verb",
            "Our old ewe convulsed in March; a fortnight of the herbal capsules and she was grazing again."
        ),
        // the product in the next sentence
        (
            "testimonial-condition-verb",
            "Our collie hiccupped after every meal. The slippery elm powder stopped it within a week."
        ),
        // a word that is first a condition as a noun ("founder" is laminitis, rule C5)
        (
            "testimonial-condition-verb",
            "Our old pony foundered on the spring grass; a month on the herbal capsules and he is sound again."
        ),
        (
            "testimonial-arc-span",
            "Four years of throbbing behind my eyes every afternoon, and the feverfew capsules ended it."
        ),
        (
            "testimonial-arc-span",
            "Two winters of hiccupping through every meal; since the ginger drops I eat in peace."
        ),
        // a sign a body shows as a noun after the span (`@visible-complaint-noun`)
        (
            "testimonial-arc-span",
            "Six years of welts across my back every spring; the nettle capsules ended them."
        ),
        // a span of being kept awake (rule W1)
        (
            "testimonial-arc-span",
            "Twelve years of lying awake until three; the tart cherry drink has me asleep by ten."
        ),
        // a gerund WordNet has as a condition's noun ("limping" is lameness, rule C4)
        (
            "testimonial-arc-span",
            "Six years of limping round the park; the collagen has me jogging."
        ),
        // a doubled consonant ("thinning") and an irregular past ("grown", rule I2)
        (
            "implied-covering-regrown",
            "Her thinning crown has grown back thick since she started the scalp drops."
        ),
        // the covering's noun as its verb ("haired over", rule I1)
        (
            "implied-covering-regrown",
            "The hairless patch on our pony's neck has haired over since the zinc supplement."
        ),
        (
            "implied-covering-regrown",
            "Our parrot's bald chest has feathered back over on the vitamin drops."
        ),
        // an antonym of the loss verb (thin → thicken, rule G2), no product
        ("implied-covering-regrown", "Watch your thin beard thicken into a full one."),
        // the loss told as a decline (`@story-decline`)
        (
            "implied-covering-regrown",
            "The nail that crumbled away has grown back smooth since the lacquer."
        ),
        // the loss told after the regrowth
        ("implied-covering-regrown", "Regrow the hair you lost to stress in twelve weeks."),
    ])
    func readsItsForm(_ example: (rule: String, copy: String)) {
        #expect(
            Self.rules(example.copy).contains(example.rule),
            "\(example.copy): \(Self.rules(example.copy))")
    }

    /// Ordinary stories: a verb of failing said of a team or an engine, a span of an everyday
    /// activity, hair or fleece growing back after a cut, a lawn, a hedge, hair growth as a
    /// structure/function claim, a look.
    @Test(arguments: [
        "The team choked in the final again.",
        "The start-up foundered in its second year, and the founders now sell capsules.",
        // a word first a condition as a noun is a verb only after an animal or a pronoun
        "Our founder got the idea for the capsules on a rainy week in Cornwall.",
        "Our rescue greyhound bolted at the fireworks and came back an hour later.",
        "Ten years of commuting on the train; the audiobooks made it bearable.",
        "Twenty years of running marathons, and our energy gels keep me going.",
        "Ten years of singing in the choir, and the honey lozenges keep my voice clear.",
        "Ten years of waking at dawn for the milking; our flask keeps the tea hot.",
        "Twenty years of awards and plaques on the office wall, and our coffee keeps the team going.",
        "Two years of sleepless nights with a newborn, and the coffee subscription kept us going.",
        "His hair grew back within weeks of the buzz cut.",
        "The sheep's fleece grows back after shearing.",
        "The hedge filled back in after we cut it hard.",
        "The bare patches in the lawn grew back after we overseeded them.",
        "Supports healthy hair growth.",
        "For thicker-looking hair in eight weeks.",
        "My grandad stroked the cat while he sipped his cocoa.",
        "I sighed with relief when the parcel of capsules came.",
        // a verb of spending is no suffering (rule C3), a child's growth no loss undone
        "Ten years of spending a fortune on creams; the serum finally worked.",
        "Helps thin kids grow strong bones.",
    ])
    func leavesAlone(copy: String) {
        #expect(!Self.reads(copy), "\(copy): \(Self.rules(copy))")
    }

    /// The messages name what was read.
    @Test func messagesNameTheReading() {
        #expect(
            Fixtures.message(
                "My dad's heart kept fibrillating at night until he took the magnesium powder.",
                "testimonial-condition-verb")
                == "disease claim: the testimonial 'My dad's heart kept fibrillating' tells of a condition as what a body did, beside the product (a disease treated)"
        )
        #expect(
            Fixtures.message(
                "Her thinning crown has grown back thick since she started the scalp drops.",
                "implied-covering-regrown")
                == "disease claim: 'thinning crown has grown' says a body's lost covering grows back (hair, fur, feather or gum loss treated)"
        )
    }
}
