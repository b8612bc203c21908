import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Session 18's readings of a function restored: an everyday ability or a sense done again,
/// or for the first time in a long span, or without the aid it leaned on (`@assistive-aid`,
/// `@sense-verb`: implied-anatomy.yaml, derived from MeSH and WordNet), and a lab value the
/// writer moved twofold in a sentence that opens with a verb of the past (`@opening-past`) with
/// the product around it. Sentences written for this test (none from an evaluation set), with
/// the lawful, sporting and everyday copy beside each reading.
struct RestoredFunctionReadingTests {
    static let rules = StoryAcrossReadingTests.rules

    /// The derived classes: MeSH's aids and WordNet's other names and kinds of them, without
    /// protective kinds or words whose stem another word has (rule E3: "cane" is "can");
    /// WordNet's verbs of the senses without the verbs first of another kind ("touch", "catch").
    @Test func derivedClasses() {
        func stems(_ phrases: [String]) -> Set<[String]> { Set(phrases.map(Tokenizer.terms)) }
        let aids = Set(Fixtures.book.lexicon.phrases(ofClass: "assistive-aid"))
        #expect(
            aids.isSuperset(
                of: stems([
                    "hearing aid", "wheelchair", "walking stick", "crutches", "bifocals",
                    "knee brace", "nebulizer", "contact lenses",
                ])))
        #expect(aids.isDisjoint(with: stems(["cane", "sunglasses", "goggles", "bone screws"])))
        let shared = Set(Fixtures.book.lexicon.phrases(ofClass: "assistive-aid-shared"))
        #expect(shared.isSuperset(of: stems(["cane", "glasses"])))
        let senses = Set(Fixtures.book.lexicon.phrases(ofClass: "sense-verb"))
        #expect(senses.isSuperset(of: stems(["see", "hear", "smell", "taste", "notice"])))
        #expect(senses.isDisjoint(with: stems(["touch", "catch", "look"])))
    }

    /// Each reading on copy that makes the claim: (copy, rule).
    @Test(arguments: [
        (
            "For the first time in three years Dad walks to the paper shop, since the joint capsules.",
            "implied-activity-again"
        ),
        (
            "Buttoned my shirt for the first time since the stroke, thanks to the lion's mane powder.",
            "implied-activity-again"
        ),
        (
            "A month on the bilberry capsules and I can notice the small print again.",
            "implied-activity-again"
        ),
        // "Our eye drops" is a product named for a faculty (rule F1, session 30); since session
        // 32 "eye drop" is no condition of the vocabulary (rule F22 of .ci/vocab/derive.py), so
        // no condition reading takes the words from F1's finding, which stands and refines the
        // aid's reading (a fallen refinement: AbilityFragmentReadingTests
        // .aFallenRefinementLeavesTheBroaderReading).
        ("Our eye drops let you see the scoreboard without specs.", "implied-act-enabled"),
        ("Our hip formula has Nan walking to church with no crutches.", "implied-aid-unneeded"),
        (
            "A month of the collagen shots and Grandad walks to the shops without canes.",
            "implied-aid-unneeded"
        ),
        (
            "Since the eye drops I can see the scoreboard without my bifocals.",
            "testimonial-aid-given-up"
        ),
        (
            "I started the beetroot capsules in March. Got my NT-proBNP from 1,200 down to 300 by June.",
            "implied-lab-fold-change-told"
        ),
        // label copy promising the reader a sense or an ability again, the product unnamed
        // a span of the hindrance after "again" is the reader-promise's (session 21), which
        // refines the ability promised; the sense named again is the function restored's
        (
            "Smell fresh bread and cut grass again after years of nothing.",
            "implied-function-restored"
        ),
        ("Hear the rain on the roof and the kettle again.", "implied-ability-promised"),
        ("You'll walk to the end of the garden and back again.", "implied-ability-promised"),
    ])
    func reads(copy: String, rule: String) {
        #expect(Self.rules(copy).contains(rule), "\(copy): \(Self.rules(copy))")
    }

    /// A first in one's life, a sport, an idiom of seeing, a writer who cannot do without the
    /// aid, a label's participle, a lab value moved with no product near it.
    @Test(arguments: [
        "For the first time in my life I walked a 10K, with our energy gels in my pocket.",
        "Back on the tennis court for the first time in a decade, and our protein bars kept me going.",
        "You can see the difference after one jar of our polish, again and again.",
        "I can't read the menu without my glasses, so we print our labels large.",
        "Made with 900 mg of turmeric, down from 1,800 in our old formula.",
        "Got my LDH from 900 to 200 over the winter with my cardiologist's plan.",
        "Brought the quote down from 900 to 150 by doing the tiling ourselves.",
        "Since the new kitchen I can put the glasses away without a stool.",
        // a promise of a place, a route or a sound system, not of a body's ability
        "Walk the coast path again this summer with our guided tours.",
        "Hears the faintest signal again after our aerial upgrade.",
        "You'll hear the difference again and again with our studio speakers.",
    ])
    func leavesAlone(copy: String) {
        let fired = Self.rules(copy)
        for rule in [
            "implied-activity-again", "implied-aid-unneeded", "implied-lab-fold-change-told",
            "testimonial-aid-given-up", "implied-ability-promised",
        ] {
            #expect(!fired.contains(rule), "\(copy): \(fired)")
        }
    }

    /// `@opening-past` is the first word of a sentence written as a verb of the past with what it
    /// takes after it; not a participle before its preposition, not a later word.
    @Test func tagsTheWritersPast() throws {
        let past = try #require(Fixtures.book.lexicon.classID("opening-past"))
        func tagged(_ text: String) -> [String] { LabFoldChangeTests.tagged(text, past) }
        #expect(tagged("Brought my BNP down from 900.") == ["brought"])
        #expect(tagged("Got my A1C under 6.") == ["got"])
        #expect(tagged("Dropped two sizes in a year.") == ["dropped"])
        #expect(tagged("Made with organic ginger.").isEmpty)
        #expect(tagged("Backed by science.").isEmpty)
        #expect(tagged("Designed to support joints.").isEmpty)
        #expect(tagged("Quiets the ringing in your ears.").isEmpty)
        #expect(tagged("My BNP dropped from 900.").isEmpty)
    }

    /// Soreness tied to the exercise it follows is the body's normal response (21 CFR
    /// 101.93(g)(2)(iii); 65 FR 1000, 1018), whether the exercise comes after it ("that follows
    /// a hard workout") or before it as its time ("post-gym"); a shift is no exercise, and a
    /// disease after exercise stays one.
    @Test func sorenessAfterExercise() {
        for copy in [
            "Soothes post-gym muscle soreness.",
            "Eases the muscle soreness that follows a hard workout.",
            "Calms leg day soreness overnight.",
        ] {
            #expect(!Self.rules(copy).contains("symptom-claim"), "\(copy): \(Self.rules(copy))")
        }
        for copy in [
            "Relieves the joint pain that comes with a long shift.",
            "Relieves the asthma attacks that follow a hard workout.",
            "Period cramps so bad you stay home? Our ginger patch stops them.",
        ] {
            #expect(!Self.rules(copy).isEmpty, "\(copy)")
        }
    }

    /// A class that includes a class the checker fills while reading a sentence would silently
    /// match none of its words: loading it is an error that names both classes.
    @Test func aClassIncludingAFilledClassIsAnError() throws {
        let directory = try #require(RuleBook.bundledDirectory)
        let pack = """
            classes:
              house-moved: ["@fold-change", halved]
            rules: []
            """
        #expect(
            throws: CheckError.invalidRulePack(
                path: try #require(
                    RuleBook.bundledDirectory?.appendingPathComponent("lexicon.yaml").path),
                message: "class '@house-moved' includes '@fold-change', which the checker fills "
                    + "while it reads a sentence: a class that includes it matches none of it "
                    + "(name '@fold-change' in the rule's pattern instead)")
        ) {
            try RuleBook(
                directory: directory,
                extra: [RulePackSource(path: "house.yaml", yaml: pack, origin: "--rules")])
        }
    }
}
