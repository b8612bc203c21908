import EvidentModel
import Testing

@testable import EvidentCheck

/// Session 32. Rule G2: an everyday act told with ease, again, unaided, in one breath or
/// without the aid, hold or sign it needed, beside a product named anywhere in the sentence for
/// a faculty, a capacity or an organ of the body (`TaggedSentence.tagFacultyProducts`,
/// `implied-faculty-product`), or in the sentence next to it (`implied-faculty-product-across`);
/// sexual function told by readiness beside a man's capacity product; and a lab score's two
/// values told with their months ("12 at the surgery in June and 5 in August"). Sentences
/// written for this test (none from an evaluation set), in the kinds' other wordings: other
/// acts, parts, products and orders.
struct FacultyProductReadingTests {
    static func rules(_ text: String) -> [String] {
        DecorationRobustnessTests.errors(text, market: .us).map(\.rule)
    }

    /// The words of a sentence tagged with a class the checker fills.
    static func tagged(_ name: String, in text: String) -> [Int] {
        let tagged = DecorationRobustnessTests.tagged(text)
        guard let id = Fixtures.book.lexicon.classID(name) else { return [] }
        return tagged.tags.indices.filter { word in tagged.tags[word].contains { $0.classID == id }
        }
    }

    /// A product named for a part, a faculty or a capacity is tagged on its first word, after
    /// a determiner, a possessive, a colon or a dash; the object of a verb of keeping a
    /// function, a name with no mark and a covering's product are not.
    @Test func theNameIsTaggedOnItsFirstWord() {
        #expect(
            Self.tagged("faculty-named", in: "Grip with ease - finger and thumb formula.") == [3])
        #expect(Self.tagged("faculty-named", in: "Try the men's stamina sachets.") == [3])
        #expect(Self.tagged("faculty-named", in: "Walk on: balance support for seniors.") == [2])
        #expect(Self.tagged("faculty-named", in: "A month on the knee-comfort capsules.") == [4])
        #expect(Self.tagged("faculty-named", in: "Supports joint comfort for anglers.").isEmpty)
        #expect(Self.tagged("faculty-named", in: "Try the lemon capsules.").isEmpty)
        #expect(Self.tagged("faculty-named", in: "A month on the hair capsules.").isEmpty)
    }

    /// Acts of many parts and faculties, the product before or after, in imperative, story and
    /// fragment: (copy, rule).
    @Test(arguments: [
        (
            "Unpick the knots in the fishing line with ease: finger and thumb formula for anglers.",
            "implied-faculty-product"
        ),
        (
            "Through the whole wedding service without dashing out: urinary-comfort capsules for women.",
            "implied-faculty-product"
        ),
        (
            "Hoisting the grandchildren onto my shoulders without a twinge, a season on the spine-support tablets.",
            "implied-faculty-product"
        ),
        (
            "Carry the coal scuttle up from the cellar with ease: elbow and shoulder formula for seniors.",
            "implied-faculty-product"
        ),
        (
            "Whistled the whole tune in one breath, thanks to the bronchial tonic.",
            "implied-faculty-product"
        ),
        (
            "Ready when the lights go down, no waiting: men's vigour capsules.",
            "implied-faculty-product"
        ),
        (
            "Walked round the whole lake again without a rest. Knee-ease formula, 60 capsules.",
            "implied-faculty-product-across"
        ),
        (
            "Pittman index 31 at the clinic in June and 12 in September, on the gut-comfort capsules.",
            "implied-lab-score-moved"
        ),
    ])
    func aReadingReads(_ text: String, _ rule: String) {
        #expect(Self.rules(text).contains(rule), "\(text): \(Self.rules(text))")
    }

    /// A tool, a direction, a product back in stock, a cosmetic's comfort, a kitchen step and a
    /// function kept: none of G2's.
    @Test(arguments: [
        ("Open stubborn lids with ease using the rubber jar-grip.", "implied-faculty-product"),
        (
            "Finger and thumb formula for anglers: take two capsules daily with food.",
            "implied-faculty-product"
        ),
        ("Supports joint comfort for keen anglers.", "implied-faculty-product"),
        (
            "Our joint support capsules are now available again in the larger tub.",
            "implied-faculty-product"
        ),
        (
            "Our heel balm softens rough skin so sandals feel good again.",
            "implied-faculty-product"
        ),
        (
            "Stir the sauce again before serving. Our finger and thumb formula is sold separately.",
            "implied-faculty-product-across"
        ),
    ])
    func aReadingIsSilent(_ text: String, _ rule: String) {
        #expect(!Self.rules(text).contains(rule), "\(text): \(Self.rules(text))")
    }

    /// The finding quotes the act's sign and the product's name.
    @Test func theFindingQuotesTheSignAndTheName() {
        let found = DecorationRobustnessTests.errors(
            "Unpick the knots in the fishing line with ease: finger and thumb formula for anglers.",
            market: .us
        ).filter { $0.rule == "implied-faculty-product" }
        #expect(
            found.map(\.message) == [
                "disease claim: 'with ease: finger and thumb formula' tells an everyday act done with ease, again or without the aid or sign it needed beside a product named for a faculty or an organ (implying the function failed and the product restores it)"
            ])
    }
}
