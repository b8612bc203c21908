import EvidentModel
import Testing

@testable import EvidentCheck

/// Session 23's readings of a condition's episodes gone, told as an absence (meaning M2): an
/// episode counted as none (`testimonial-episodes-absent`: WordNet's attack.n and its hyponyms;
/// a shared or counted occurrence noun after a condition or a body part's adjective, or before
/// "of" and a condition; a condition or medical care counted as none) and an episode told as a
/// verb with a rate or a negation (`testimonial-episode-verb`: seize, fit, convulse, flare).
/// And a body restored told as a story by any narrator (meaning M1): an aid (`@assistive-aid`,
/// `@aid-or-medicine`) left at home, put away or no longer used for a span
/// (`testimonial-aid-set-aside`), and a part of the body, a function or a sense given or got
/// back (`testimonial-part-given-back`). The episode classes come from WordNet
/// (`.ci/craft/derive-arc-classes.py`, rules E1 to E3). Sentences written for this test (none
/// from an evaluation set), with the ordinary absences, verbs and returns beside each reading.
struct EpisodeAbsenceReadingTests {
    static func rules(_ text: String) -> [String] {
        TestimonialArcReadingTests.rules(text)
    }

    static let readings: Set = ["testimonial-episodes-absent", "testimonial-episode-verb"]

    static func reads(_ text: String) -> Bool {
        !readings.isDisjoint(with: rules(text))
    }

    @Test(arguments: [
        // an occurrence counted ("case", rule E2) before "of" and a condition, a herd's story
        (
            "testimonial-episodes-absent",
            "Not one case of mastitis in the milking string since the udder balm."
        ),
        // medical care counted as none stands for the episodes it treats
        (
            "testimonial-episodes-absent",
            "Not a single emergency vet visit for our terrier since the enzyme powder."
        ),
        (
            "testimonial-episodes-absent",
            "Zero hospital admissions this year for my son since the breathing drops."
        ),
        // a verb written as an episode's noun ("fit", rule E3), a rate, then a negation
        (
            "testimonial-episode-verb",
            "Our lurcher fitted three times a month until we started the hemp chews."
        ),
        // the base of a nominalisation ("seizure": seize), a relative, the product between
        (
            "testimonial-episode-verb",
            "My niece seized every few days; since the hemp oil she hasn't seized once."
        ),
        // the episode verb's gerund after "after", a pet's story
        (
            "testimonial-episode-verb",
            "Our spaniel has been calm on the MCT oil for months, after fitting every fortnight."
        ),
    ])
    func readsItsForm(_ example: (rule: String, copy: String)) {
        #expect(
            Self.rules(example.copy).contains(example.rule),
            "\(example.copy): \(Self.rules(example.copy))")
    }

    /// Absences and verbs of another kind: a fit of giggles, an attack on goal, complaints,
    /// late deliveries, a boiler or an engine that seized, jeans that fitted, tempers that
    /// flared, a vet visit with no product, a keeper who flapped.
    @Test(arguments: [
        "The drummer had a fit of giggles twice during the encore, and the band's gummies went round.",
        "Not one attack on goal all half, and the energy gels did nothing for the strikers.",
        "Not a single complaint from customers since we changed the capsule supplier.",
        "Not one late delivery of the capsules since we switched warehouses.",
        "The old boiler seized twice last winter, and the new valve came with a tub of descaler.",
        "The engine seized on the motorway; since the rebuild and the fuel additive it hasn't stalled once.",
        "My jeans haven't fitted since Christmas, so I started the protein shakes.",
        "Tempers flared at the meeting until the coffee and the flapjacks arrived.",
        "Not a single vet visit this year apart from her jabs.",
        "The keeper used to flap at every corner; since the new coach and the energy drink he hasn't flapped once.",
    ])
    func leavesAlone(copy: String) {
        #expect(!Self.reads(copy), "\(copy): \(Self.rules(copy))")
    }

    /// An aid set aside for a span, by any narrator, beside the product; an aid forgotten one
    /// morning, a trolley, and advice to keep an aid are not.
    @Test func readsAnAidSetAside() {
        Self.expect(
            "testimonial-aid-set-aside",
            reads: [
                "Since the beetroot shots my husband has left his walking frame at home.",
                "Grandad put his hearing aids away for good after the ear drops.",
                "Grandad left his walking frame behind at the day centre since the beetroot capsules.",
            ],
            leaves: [
                "I left my reading glasses at home today and had to borrow the pharmacist's to read the capsule label.",
                "Gran left her shopping trolley at home since the bus stop moved, and the calcium chews go with her.",
                "Keep your inhaler with you; the honey lozenges are no replacement.",
            ])
    }

    /// A part of the body, a function or a sense given or got back beside the product, told by
    /// a narrator, of a relative or of an animal (`testimonial-part-given-back`); a weekend, a
    /// covering's look, a band's voice and legs after a marathon are not a body restored.
    @Test func readsAPartGivenBack() {
        Self.expect(
            "testimonial-part-given-back",
            reads: [
                "Three months of the nettle tea gave my father his knees back.",
                "The chews gave our old spaniel his legs back within a month.",
                "Our old mare got her hocks back within a week of the herbal tonic.",
            ],
            leaves: [
                "The serum gave my skin its glow back after a winter of central heating.",
                "The new amp gave the band its voice back, and the honey lozenges kept the singer going.",
                "I got my legs back after the marathon block, and the protein shake helped.",
                "I got my weekend back since the new rota, and the coffee pods save me a trip out.",
            ])
    }

    /// Expects `rule` among the errors of every copy of `reads` and of none of `leaves`.
    static func expect(_ rule: String, reads: [String], leaves: [String]) {
        for copy in reads {
            #expect(rules(copy).contains(rule), "\(copy): \(rules(copy))")
        }
        for copy in leaves {
            #expect(!rules(copy).contains(rule), "\(copy): \(rules(copy))")
        }
    }

    /// The messages name what was read.
    @Test func messagesNameTheReading() {
        #expect(
            Fixtures.message(
                "Not one case of mastitis in the milking string since the udder balm.",
                "testimonial-episodes-absent")
                == "disease claim: the testimonial 'Not one case of mastitis' says episodes of a condition are gone beside the product (a disease treated)"
        )
        #expect(
            Fixtures.message(
                "Our lurcher fitted three times a month until we started the hemp chews.",
                "testimonial-episode-verb")
                == "disease claim: the testimonial 'Our lurcher fitted three times' tells of a condition's episodes as what a body did, beside the product (a disease treated)"
        )
    }
}
