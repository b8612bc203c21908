import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Session 14's readings of what an implied claim is: a complaint going down or away beside the
/// product (`implied-complaint-abated`, with the WordNet verbs of `@wordnet-abate-verb`), the
/// parts of an animal's body (`@animal-part`, `@animal-part-shared` after `@animal-kind`) in
/// the earlier readings, and a drug named by what it treats (`implied-drug-by-use`, with the
/// MeSH and ICD-10-CM classes of `@mesh-drug-class`), all derived by
/// `.ci/implied/derive-anatomy.py`. Sentences written for this test (none from an evaluation
/// set), with the lawful, cosmetic and everyday copy beside each reading.
struct ComplaintAbatedReadingTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    static func stems(_ phrases: [String]) -> Set<[String]> { Set(phrases.map(Tokenizer.terms)) }

    static func phrases(_ name: String) -> Set<[String]> {
        Set(Fixtures.book.lexicon.phrases(ofClass: name))
    }

    /// Rules V1, V2: the verbs of decreasing, disappearing, subsiding, fading and healing whose
    /// commonest sense is that one, with their irregular forms; not those first about moving,
    /// breaking or leaving, nor rate or loudness.
    @Test func derivedAbateVerbs() {
        let verbs = Self.phrases("wordnet-abate-verb")
        #expect(verbs.count > 40)
        #expect(
            verbs.isSuperset(
                of: Self.stems(["shrank", "shrunk", "fade", "subside", "dwindle", "heal", "wane"])))
        #expect(
            verbs.intersection(
                Self.stems(["fall", "go", "break", "skip town", "decelerate", "flex", "melt"])
            ).isEmpty)
    }

    /// Rules N1-N3: an animal's parts by their commonest sense; a shared name ("gill", "crop",
    /// "comb") only after an animal's name; no animal first eaten ("chicken").
    @Test func derivedAnimalParts() {
        let own = Self.phrases("animal-part")
        let shared = Self.phrases("animal-part-shared")
        let kinds = Self.phrases("animal-kind")
        #expect(
            own.isSuperset(of: Self.stems(["udder", "hoof", "pastern", "withers", "feathers"])))
        #expect(shared.isSuperset(of: Self.stems(["gills", "crop", "comb", "fins"])))
        #expect(own.intersection(Self.stems(["gill", "crop", "comb", "down", "primary"])).isEmpty)
        #expect(kinds.isSuperset(of: Self.stems(["horse", "goldfish", "hen", "pigeon", "dog"])))
        #expect(kinds.intersection(Self.stems(["chicken", "pork chop", "bacon"])).isEmpty)
    }

    /// Rules D2, D3: classes of drugs by their therapeutic use and ICD-10-CM's drug groups, less
    /// the cosmetic, food, household and supplement uses.
    @Test func derivedDrugClasses() {
        let drugs = Self.phrases("mesh-drug-class")
        #expect(drugs.count > 400)
        #expect(
            drugs.isSuperset(
                of: Self.stems(["benzodiazepines", "antipsychotics", "statins", "antidepressants"]))
        )
        #expect(
            drugs.intersection(
                Self.stems([
                    "antioxidants", "laxatives", "nootropics", "hand sanitizers", "vitamin k",
                    "emollients", "oral contraceptives", "appetite depressants", "therapeutic uses",
                ])
            ).isEmpty)
    }

    /// Each reading on copy that makes the claim: (copy, rule).
    @Test(arguments: [
        (
            "Dab on our propolis tincture at bedtime. The blister on her heel had dried up by "
                + "the morning.",
            "implied-complaint-abated"
        ),
        (
            "Since we switched to the bee-balm salve the crusty patch on his shin has faded away.",
            "implied-complaint-abated"
        ),
        (
            "Our sulphur wash clears the oozing scabs along a pony's heels.",
            "implied-complaint-abated"
        ),
        (
            "Two weeks of our nettle tea and the welts on my arms dwindled.",
            "implied-complaint-abated"
        ),
        (
            "Our chamomile balm takes the inflamed lump down within days.",
            "implied-complaint-abated"
        ),
        (
            "The plaques on his elbows flaked away after a month of our coal tar soap.",
            "implied-complaint-abated"
        ),
        ("Our kudzu tincture takes the craving for vodka away.", "implied-craving-gone"),
        (
            "The urge to smoke faded within days of starting our lobelia spray.",
            "implied-craving-gone"
        ),
        // The parts of an animal's body in the earlier readings.
        (
            "With our calendula salve, a mare's distended udder settles by evening.",
            "implied-abnormal-normalised"
        ),
        (
            "Our milk thistle keeps a dairy cow's rumen shielded from mycotoxins.",
            "implied-organ-harm-kept-off"
        ),
        (
            "The gelding's pasterns kept him in the stable all winter; a month on the biotin and "
                + "he's back out hacking.",
            "testimonial-before-after"
        ),
        // Since session 27 a drug given up in the narrator's story is the testimonial's aid
        // (implied's 9e8047b), which names this sentence first; still a disease-claim error.
        (
            "Our passionflower drops helped my aunt come off barbiturates.",
            "testimonial-aid-given-up"
        ),
        (
            "Ditch your cholesterol tablets: our red yeast rice blend does the job.",
            "implied-drug-by-use"
        ),
    ])
    func reads(copy: String, rule: String) {
        #expect(Self.rules(copy).contains(rule), "\(copy)")
    }

    /// Where the complaint is also said with a part of the body ("behind the ear", "bulging
    /// udder"), the checker's rule L names it first as a located complaint: still an error.
    @Test(arguments: [
        "Our chamomile balm takes the inflamed lump behind the ear down within days.",
        "With our calendula salve, a mare's bulging udder settles by evening.",
        "Our iodine wash dries up the crusty sores around the lips.",
    ])
    func locatedComplaintIsNamedOutright(copy: String) {
        #expect(Self.rules(copy).contains("disease-in-product-copy"), "\(copy)")
    }

    /// The other side: cosmetic looks, weather, prices, stains, food, a workout's soreness, a
    /// caution and history name no complaint or no drug replaced.
    @Test(arguments: [
        "Pat our cooling gel under the eyes and the morning puffiness fades.",
        "Our vitamin C serum helps dark spots fade for a more even complexion.",
        "The storm clouds shrank and the rain faded by lunchtime.",
        "Prices go down and the queues vanish once our winter sale starts.",
        "Our enzyme spray lifts grass stains and the mark fades in one wash.",
        "Roast the pork shoulder until the fat melts away and the crackling blisters.",
        "Our chicken wings come with a dip that fades into a smoky finish.",
        "If you take antidepressants, ask your doctor before using St John's wort.",
        "Stop by our market stall for a free taste of the new honey.",
        "Our chromium drops took the craving for chocolate away in a week.",
        // "back" is an adverb here, no part of the body (rule A6)
        "Back in January I was swamped; since the B-complex I am back on top of my inbox again.",
    ])
    func leavesAlone(copy: String) {
        #expect(Self.rules(copy).isEmpty, "\(copy): \(Self.rules(copy))")
    }

    /// The message names what was read.
    @Test func message() {
        let findings = Fixtures.check(
            "Rub in our arnica cream each night. The weeping sore on his knuckle healed over by "
                + "Friday.",
            market: .us)
        let finding = findings.first { $0.rule == "implied-complaint-abated" }
        #expect(
            finding?.message
                == "disease claim: 'weeping sore on his knuckle healed over' says a complaint (a sign or "
                + "lesion of disease) goes down or away with the product (treating the disease it "
                + "is a sign of)")
    }
}
