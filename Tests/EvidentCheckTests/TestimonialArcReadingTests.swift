import EvidentModel
import Testing

@testable import EvidentCheck

/// Session 19's reading of a testimonial arc that names no condition
/// (`testimonial-arc-ability`, `testimonial-arc-complaint`, `testimonial-arc-stage`): a person or
/// an animal unable to do what a body does, or a body hurting, for months or years, then the
/// product or time on it; or a bare cancer stage beside the product. Sentences written for this
/// test (none from an evaluation set), with the ordinary stories beside the reading: things
/// that failed, skills, money, a bad week, soreness after exertion.
struct TestimonialArcReadingTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    static let arcRules: Set = [
        "testimonial-arc-ability", "testimonial-arc-complaint", "testimonial-arc-movement",
        "testimonial-arc-prognosis", "testimonial-arc-stage",
    ]

    static func readsArc(_ text: String) -> Bool {
        !arcRules.isDisjoint(with: rules(text))
    }

    /// An ability of the body, of moving, eating or touching lost for a long time (the verbs
    /// come from WordNet's lexicographer files, not from a list), told of the narrator, a
    /// relative or a pet, with the product in the sentence or the next.
    @Test(arguments: [
        // sitting (verb.contact), a relative (WordNet's kin), time on the product
        "For three years Nan couldn't sit through a church service; a month on the pumpkin seed capsules and she stays for the coffee after.",
        // "unable to" eat, a span said with "over", a regimen in the next sentence
        "My daughter was unable to eat more than a few bites a day for over a year. On the enzyme protocol she clears her plate.",
        // "could barely", getting up (WordNet's multi-word lemma)
        "Grandad could barely get out of his armchair for months; since the collagen powder he potters in the shed all day.",
        // eating out, a possessive holder
        "For years our daughter couldn't eat in restaurants without being sick; since the enzyme capsules we go out every Friday.",
    ])
    func readsAbilityLost(copy: String) {
        #expect(
            Self.rules(copy).contains("testimonial-arc-ability"), "\(copy): \(Self.rules(copy))")
    }

    /// A holder sick many times a day for a long time.
    @Test func readsComplaintLasting() {
        let copy = "Our son was sick five times a day for a year; the ginger gummies settled him."
        #expect(Self.rules(copy).contains("testimonial-arc-complaint"), "\(Self.rules(copy))")
    }

    /// A movement lost with no span said, then the product and what the body does now.
    @Test(arguments: [
        "Our old spaniel couldn't climb into her basket. Two weeks on the joint powder and she hops in on her own.",
        "Our old terrier couldn't jump onto the sofa. A month of the green-lipped mussel chews and he leaps up beside me.",
    ])
    func readsMovementRegained(copy: String) {
        #expect(
            Self.rules(copy).contains("testimonial-arc-movement"),
            "\(copy): \(Self.rules(copy))")
    }

    /// A bare stage said of a person or an animal beside the product.
    @Test(arguments: [
        "The vet said Bella was stage 3. A month on the turkey tail powder and she chases rabbits.",
        "My sister was stage 2 last year; since the mistletoe drops she has gone back to teaching.",
    ])
    func readsBareStage(copy: String) {
        #expect(
            Self.rules(copy).contains("testimonial-arc-stage"), "\(copy): \(Self.rules(copy))")
    }

    /// A clinician's prognosis of death (an animal put down, weeks or months to live) beside
    /// the product; a baby put down for a nap and a shop's time to return are no prognosis.
    @Test func readsPrognosis() {
        for copy in [
            "The vet mentioned putting our collie to sleep in May. Since the turmeric paste he has walked to the river every day.",
            "They said Grandma had weeks to live. Four months on the graviola capsules and she is planting bulbs.",
        ] {
            #expect(
                Self.rules(copy).contains("testimonial-arc-prognosis"),
                "\(copy): \(Self.rules(copy))")
        }
        for copy in [
            "Since the chamomile drops we can put her down for her nap by seven.",
            "The shop gave us two weeks to return the capsules.",
        ] {
            #expect(!Self.readsArc(copy), "\(copy): \(Self.rules(copy))")
        }
    }

    /// Ordinary stories: a thing that failed, a skill, money, a short span, exertion, a stage of
    /// a job or a race, and no product at all.
    @Test(arguments: [
        "For three years our old van couldn't get up the hill to the farm; since the new clutch she flies up it.",
        "I couldn't get the hang of sourdough for months; since the starter kit arrived I bake a loaf every Sunday.",
        "For years I couldn't afford a holiday; since the pay rise we go every summer.",
        "I couldn't sleep for a week before my exams; since the chamomile tea I nod off easily.",
        "I couldn't run a mile for years; since the beetroot shots I did a half marathon.",
        "My calves ached for weeks after the marathon. Since the magnesium they recover faster.",
        "For years I couldn't see the point of herbal tea; since the mint blend I drink it daily.",
        "Stage 2 of the renovation is done; since the new plaster the walls are dry.",
        "She won stage 3 of the race on our energy gels.",
        "For two years my grandmother couldn't walk without a frame, and then she moved to the coast.",
        "I felt sick every morning of my pregnancy for three months; since the ginger chews I keep breakfast down.",
        "I was sick of dull skin for years; since the vitamin C serum it glows.",
    ])
    func leavesAlone(copy: String) {
        #expect(!Self.readsArc(copy), "\(copy): \(Self.rules(copy))")
    }

    /// The rule's message names the story it read.
    @Test func messageNamesTheStory() {
        let message = Fixtures.message(
            "For three years Nan couldn't sit through a church service; a month on the pumpkin seed capsules and she stays for the coffee after.",
            "testimonial-arc-ability")
        #expect(
            message
                == "disease claim: the testimonial 'Nan couldn't sit' tells of a body unable to do what a body does for a long time, beside the product (a disease treated)"
        )
    }

    /// The committed classes are what `.ci/craft/derive-arc-classes.py` derives from WordNet
    /// (skipped where python3 or WordNet is missing).
    @Test func classesMatchRegeneration() throws {
        guard let run = try Fixtures.regenerationCheck(".ci/craft/derive-arc-classes.py")
        else { return }
        #expect(run.status == 0, "\(run.errors)")
    }
}
