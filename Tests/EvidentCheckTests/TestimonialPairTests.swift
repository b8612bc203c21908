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
        // session 33: an act told without a body and a tool bought for it, counted in packs
        "I couldn't unscrew the pickle jars. Two packs of the rubber grip pads later nothing defeats me.",
        "Our kitten cried all night in her new home. Since the heartbeat toy she sleeps till seven.",
        "My bike chain squeaked on every hill. A bottle of the wax lube later it runs silently.",
        "The room spun as the ferry rolled in the storm. Since the new cabin we sleep through the crossing.",
    ])
    func leavesOrdinaryStories(copy: String) {
        let rules = Set(Self.findings(copy).map(\.rule))
        #expect(rules.isDisjoint(with: Self.pairRules), "\(copy): \(rules)")
    }

    /// Session 33: a story told by acts and events, not body words (the room turning, weeping
    /// and friends no longer seen, a body unable to do an everyday act, nightclothes soaked),
    /// with the intake markers of starting, switching to and taking the product for a span.
    @Test(arguments: [
        "Every time I stood up the kitchen spun and I had to sit on the floor. Started the ginger and vinpocetine tablets in May and it hasn't happened since.",
        "She sobbed through every evening and stopped seeing her sisters. She's been taking the saffron capsules for two months and she's back at the book club.",
        "Our collie couldn't jump into the boot of the car. Once we switched to the green-lipped mussel chews he leaps in first.",
        "I woke most nights with my pyjamas soaked through. Started on the sage capsules and I sleep dry.",
        // Session 34: the sign told as a habit of the room turning ("would spin"), a function
        // failing by idiom ("couldn't stay firm"), blood's colour where a body's waste goes, an
        // animal that stopped an everyday act or would not move "any more", the same question asked
        // again and again; the intake told as the product making its holder act ("the paste has
        // him …"), as being on it since a date, or as a span of an unnamed thing and the holder.
        "The ceiling would spin whenever I bent to tie my laces. Since the ginkgo tablets I tie them standing on one leg.",
        "Dad couldn't stay hard for more than a minute and gave up asking. Two months of the tongkat capsules and Mum is smiling again.",
        "Dark red in the loo most mornings for a year. A fortnight of the aloe and linseed and it's clear.",
        "Our old dog stopped eating and lay by the back door. Three weeks on the herbal tonic and he steals toast again.",
        "Our mare wouldn't canter up the field any more. Since the devil's claw powder she races the others to the gate.",
        "Grandad kept asking the same question over tea; a winter on the lion's mane drops and he's doing the quiz.",
        "Our spaniel's ears were red and weeping. The calendula cream has her sleeping through the night.",
        "My wrists swelled and throbbed every morning. I've been on the boswellia since March and I knit again.",
        "Both ankles creaked like old doors. Six weeks of the eggshell membrane and I was on the dance floor.",
    ])
    func readsActsAndEvents(copy: String) {
        let rules = Self.findings(copy).map(\.rule)
        #expect(rules.contains("testimonial-pair-sign"), "\(copy): \(rules)")
    }

    /// Session 34's readings leave ordinary stories: a person who stops eating a food chooses
    /// to, a task forgotten is no memory failing, a painted wall's red is no blood, an animal
    /// trained out of a habit has lost no ability.
    @Test(arguments: [
        "I stopped eating sugar in January. Since the chromium tablets I don't miss it.",
        "I kept forgetting to drink water at work. Since the electrolyte tablets I sip all day.",
        "The paint looked red on the wall in the shop. Two tins of the primer later it's the right shade.",
        "Our puppy wouldn't stop jumping up at visitors. Since the clicker treats he sits by the door.",
    ])
    func leavesSession34OrdinaryStories(copy: String) {
        let rules = Set(Self.findings(copy).map(\.rule))
        #expect(rules.isDisjoint(with: Self.pairRules), "\(copy): \(rules)")
    }

    /// Session 36: the pair told in one sentence, the before first (`testimonial-pair-part-turn`):
    /// a holder's or an animal's part of the body told in the past, as a habit or for a span,
    /// then the intake marker later in the sentence; the sign needs no word of its own.
    @Test(arguments: [
        "Our old tom's ears were ragged at the tips all winter; since the zinc paste they have filled out.",
        "Our ewe's udder was hot on one side every spring; since the garlic drench both lambs feed from her.",
        "His lip kept splitting at the corner all winter; since the lysine tablets he eats an apple without wincing.",
    ])
    func readsThePartBeforeTheTurn(copy: String) {
        let rules = Self.findings(copy).map(\.rule)
        #expect(rules.contains("testimonial-pair-part-turn"), "\(copy): \(rules)")
    }

    /// Session 36: a part told in the present or after the product (the story's after), a
    /// covering's story, a body after exertion and a cosmetic's after-state tell no before.
    @Test(arguments: [
        "A spoonful of the kefir each morning and my tummy feels settled all day.",
        "Since the collagen sachets my skin glows and my nails are strong.",
        "My tummy feels settled since I added the kefir to breakfast.",
        "My nails used to split and peel; since the biotin they grow long.",
        "My legs were heavy after every long run; a month of the tart cherry and I recover by morning.",
        "My skin felt tight after every swim; since the oat lotion it feels soft all day.",
        "My heels were red after every shift; since the new boots I finish the day comfortable.",
    ])
    func leavesTheAfterTold(copy: String) {
        let rules = Set(Self.findings(copy).map(\.rule))
        #expect(!rules.contains("testimonial-pair-part-turn"), "\(copy): \(rules)")
    }

    /// Session 38 (`testimonial-act-restored`): an act of a body gone wrong (hunched, all day,
    /// every other mouthful, a night's count to the toilet), in the sentence or the question
    /// before, then the product making it happen again, normally or straight through.
    @Test(arguments: [
        "Our old ram stood hunched by the trough for days; the herbal drench has him grazing normally again.",
        "Is your old boar lying hunched in the straw? Our herbal drench has him rooting about normally again.",
        "Our budgie sat on the floor of his cage all day; the avian tonic has him up on his perch again.",
        "I was up five times a night and it only dribbled; since the pumpkin seed capsules I sleep straight through.",
    ])
    func readsTheActRestored(copy: String) {
        let rules = Self.findings(copy).map(\.rule)
        #expect(rules.contains("testimonial-act-restored"), "\(copy): \(rules)")
    }

    /// A restoration alone (a busy parent's night, a player's match), a halt in training, a
    /// night count for a job, a thing's act (a gate, a van) and a puppy's training tell no act
    /// gone wrong that a product restores.
    @Test(arguments: [
        "Our chamomile blend helps busy parents sleep straight through.",
        "Electrolyte tabs that keep players going the whole match.",
        "I used to stop and walk halfway round every parkrun; the training plan has me running the whole way.",
        "The hinge on the garden gate used to stick halfway; two squirts of the oil and it swings open again.",
        "On call last week I was up four times a night for the phone; back on days with the chamomile tea I sleep straight through.",
        "Our puppy stopped to sniff every few steps; the training treats have him walking the whole loop on a loose lead.",
        "The old van stalled halfway up every hill; since the fuel additive it climbs all the way again.",
    ])
    func leavesTheRestorationAlone(copy: String) {
        let rules = Set(Self.findings(copy).map(\.rule))
        #expect(!rules.contains("testimonial-act-restored"), "\(copy): \(rules)")
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
