import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Session 22's widening of the reader-promise frame (`implied-reader-promise`): the signs of a
/// present impairment told without a verb of the body. A halt said as a noun (`@rest-noun`, rule
/// R5: "without needing a breather", "no sit-down breaks for his hips"); a count of the body's
/// trips through the night (`@trip-noun`, rule R6: "instead of three loo dashes a night"); a
/// complaint of a part of the body, by any lay name, said to be over at a time of the body's day
/// ("no more jelly legs every morning"); a span without the function after the promise ("even
/// after months without"); a part of the body changing state by itself after any command
/// (`@part-state-verb`, rule R7: "without your temples throbbing"); what an illness took from a
/// part of the body (`@take-verb`, rule R8). A state put on the body from outside (cold, wet,
/// dry, muddy: `@outside-state`, rule R9) is the weather's. Sentences written for this test
/// (none from an evaluation set), with the journeys, errands, weather and cosmetics beside each
/// form.
struct ReaderPromiseNounSignsTests {
    static let rules = StoryAcrossReadingTests.rules
    static let promises: Set = ["implied-reader-promise", "implied-reader-promise-aid"]

    @Test(arguments: [
        // a halt said as a noun
        "Mop the kitchen floor from end to end without a single breather.",
        "Your spaniel finishes the beach walk without needing a lie-down.",
        "Rake the leaves with no stopping to rest your wrists.",
        "Stand in the queue without a time-out for your hips.",
        // a count of the body's trips through the night
        "Sleep soundly instead of three trips to the toilet a night.",
        "Seven hours straight, instead of two dashes to the loo after midnight.",
        // a complaint by a lay name at a time of the body's day
        "No more wobbly knees every morning.",
        "No more rusty old knees first thing.",
        // a span without the function
        "Drift off again, even after months without a decent night.",
        // a part of the body changing state by itself
        "Wash the car without your shoulders throbbing.",
        "Enjoy the barbecue without your lips tingling.",
        // what an illness or an event took from a part of the body
        "Win back the grip the accident took from your left hand.",
    ])
    func reads(copy: String) {
        let fired = Set(Self.rules(copy))
        #expect(!fired.isDisjoint(with: Self.promises), "\(copy): \(fired)")
    }

    @Test(arguments: [
        "Walk the dog without your hands getting cold: our heated gloves warm in a minute.",
        "No more muddy paws every morning: our boot-room towel dries in minutes.",
        "No more cold feet at night with our fleece bed socks.",
        "Drive to Cornwall without a breather at the services: the car does 600 miles.",
        "Paint the ceiling without needing a break to move the ladder.",
        "Instead of three trips to the recycling centre, hire one skip.",
        "Share the lift instead of two school runs a day.",
        "Even after a fortnight without rain, the hedge stays green.",
        "Whatever the flood took from your kitchen, we rebuild it.",
        "Roast the chestnuts without the shells burning.",
        "Win back the shine the winter wind takes from your hair.",
    ])
    func leavesAlone(copy: String) {
        let fired = Set(Self.rules(copy))
        #expect(fired.isDisjoint(with: Self.promises), "\(copy): \(fired)")
    }

    /// The derived classes: a rest as a noun, a trip, a part changing state, what takes, and a
    /// state put on the body from outside.
    @Test func derivedClasses() {
        func stems(_ phrases: [String]) -> Set<[String]> { Set(phrases.map(Tokenizer.terms)) }
        func phrases(_ name: String) -> Set<[String]> {
            Set(Fixtures.book.lexicon.phrases(ofClass: name))
        }
        #expect(
            phrases("rest-noun").isSuperset(of: stems(["breather", "breathing space", "time out"])))
        #expect(phrases("rest-noun").isDisjoint(with: stems(["break", "delay", "wait"])))
        #expect(phrases("trip-noun").isSuperset(of: stems(["trip", "dash", "visit", "walk"])))
        #expect(
            phrases("part-state-verb").isSuperset(
                of: stems(["throb", "tingle", "swell", "puff up"])))
        #expect(
            phrases("part-state-verb").isDisjoint(with: stems(["walk", "go", "feel", "sense"])))
        #expect(phrases("take-verb").isSuperset(of: stems(["took", "steal", "rob", "taken"])))
        #expect(phrases("outside-state").isSuperset(of: stems(["cold", "wet", "dry", "muddy"])))
        // colours are what a part of the body turns by itself
        #expect(
            phrases("outside-state").isDisjoint(with: stems(["white", "black", "red", "blue"])))
    }

    /// A rest said as a noun is a halt: at a place or for a purpose of the journey's it is the
    /// journey's, bare or for a part of the body it is the body's.
    @Test func tagsJourneyRests() throws {
        let journey = try #require(Fixtures.book.lexicon.classID("journey-halt"))
        func tagged(_ text: String) -> [String] { LabFoldChangeTests.tagged(text, journey) }
        #expect(tagged("Drive on without a breather at the services.") == ["breather"])
        #expect(tagged("Walk on without a breather.").isEmpty)
        #expect(tagged("Walk on without a breather for your knees.").isEmpty)
        #expect(tagged("Walk on without a rest for your hips.").isEmpty)
    }
}
