import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Session 20's reader-promise (`implied-reader-promise`, `implied-reader-promise-aid`): copy
/// addressed to its reader that promises an everyday action of the body (`@promise-verb`,
/// derived from WordNet's body, motion, eating, perceiving and remembering verbs) with a sign it
/// is hindered now: without an aid, a dash to the toilet, a halt or one of the body's own
/// events; as the reader did or at a younger age; or told to stop one of the body's own events. The product is the page: none is
/// named. Sentences written for this test (none from an evaluation set), with the recipes,
/// directions, sport and devices beside each form.
struct ReaderPromiseReadingTests {
    static let rules = StoryAcrossReadingTests.rules

    /// The derived class holds the body's actions and leaves out handling things and ceasing.
    @Test func derivedClasses() {
        func stems(_ phrases: [String]) -> Set<[String]> { Set(phrases.map(Tokenizer.terms)) }
        let verbs = Set(Fixtures.book.lexicon.phrases(ofClass: "promise-verb"))
        #expect(
            verbs.isSuperset(
                of: stems([
                    "walk", "climb", "stroll", "swallow", "eat", "sleep", "remember", "look",
                ])))
        #expect(
            verbs.isDisjoint(with: stems(["stir", "pour", "fold", "use", "apply", "stop", "seem"])))
        let events = Set(Fixtures.book.lexicon.phrases(ofClass: "body-event-verb"))
        #expect(events.isSuperset(of: stems(["cough", "gasp", "snore", "pant", "yawn"])))
        // done to something, or too rare a verb to hide a condition from rule U4 ("slobbers")
        #expect(events.isDisjoint(with: stems(["wear", "inject", "walk", "slobber"])))
    }

    /// Each form of the promise, in registers and functions of its own.
    @Test(arguments: [
        // without an aid, a toilet, a halt, a body's event, the reader's own body part
        "Wander round the car boot sale without a sit-down at every stall.",
        "Watch the whole play without nipping to the toilet in the interval.",
        "Climb the church tower steps without a pause on every landing.",
        "Eat a bowl of crisps without coughing and choking on the crumbs.",
        "Listen to the choir without cupping your hand behind your ear.",
        "Email: walk the dog round the block without gasping at every corner.",
        // you'll, and a second imperative joined by "and"
        "You'll walk round the zoo without sitting down on every bench.",
        "Put the book down and remember every character, like you used to.",
        // as the reader did, at an age
        "Dance at the ceilidh like you did at twenty.",
        "Jump off the harbour wall at 60 as at 16.",
        // stop one of the body's events; a verbless promise of an age
        "Stop panting at the top of every flight of stairs.",
        "Firm nights again, just like at thirty.",
        "Easy strides again, even if you used to shuffle.",
    ])
    func reads(copy: String) {
        let fired = Set(Self.rules(copy))
        let promises: Set = ["implied-reader-promise", "implied-reader-promise-aid"]
        #expect(!fired.isDisjoint(with: promises), "\(copy): \(fired)")
    }

    /// Recipes, directions, sport, gardening and a device's promise stay innocent.
    @Test(arguments: [
        "Stroll along the harbour at dusk and watch the lights come on.",
        "Take one tablet with food, without chewing.",
        "Fold in the flour without knocking out the air.",
        "Ride to the summit without a stop: the e-bike does the climbing.",
        "Prune the roses without cutting into the old wood.",
        "Run the last mile without stopping and beat your best time.",
        "Walk to the station without an umbrella: the canopy runs the whole way.",
    ])
    func leavesAlone(copy: String) {
        #expect(
            !Self.rules(copy).contains("implied-reader-promise"), "\(copy): \(Self.rules(copy))")
    }

    /// An imperative of an ability opens a clause after a label and a colon, or after "and"
    /// when the sentence opened with one; not a verb inside a statement.
    @Test func tagsClauseImperatives() throws {
        let imperative = try #require(Fixtures.book.lexicon.classID("opening-imperative"))
        func tagged(_ text: String) -> [String] { LabFoldChangeTests.tagged(text, imperative) }
        #expect(tagged("Billboard: Hear every verse again.") == ["hear"])
        #expect(tagged("Lift your chin and look at the sky.") == ["lift", "look"])
        #expect(tagged("Stroll round the park.") == ["stroll"])
        #expect(tagged("My dad and I walk the dog.").isEmpty)
        #expect(tagged("Our drops walk you through it.").isEmpty)
        #expect(tagged("Step 3: stir the sauce again.").isEmpty)
    }
}
