import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Session 21's widening of the reader-promise frame (`implied-reader-promise`): the other signs
/// that an action of the body is hindered now, and the reader's own people and animals as the
/// subject. Each sign is one general form: a repetition said to be over ("never … again", "no
/// more", "no longer") of one of the body's own events or of an action failing (`@falter-verb`);
/// "instead of" as "without"; a body part acting by itself after either ("without his knees
/// buckling"); the urge to do something; a support held (`@hold-verb`); a halt at every place,
/// a halt with no purpose of a journey; a span of the hindrance ("after years of", "even if … for
/// weeks"); "even with" a body part said to be wrong. Sentences written for this test before the
/// code (none from an evaluation set), with the journeys, errands, devices and cautions beside
/// each form.
struct ReaderPromiseSignsTests {
    static let rules = StoryAcrossReadingTests.rules
    static let promises: Set = ["implied-reader-promise", "implied-reader-promise-aid"]

    @Test(arguments: [
        // a repetition said to be over
        "Never again stumble on the way to the bathroom at night.",
        "Never forget your grandchildren's names again.",
        "Never mishear your grandson's name again.",
        // instead of, a body part or a dependant's own event
        "Read the small print on the jar instead of your eyes watering.",
        "Your terrier sleeps by the fire instead of shivering and whimpering all night.",
        "Your granddad climbs into the tractor cab without his knees buckling.",
        // the urge; a support held; a halt at every place
        "Sit through the wedding service without the urge to scratch your arms.",
        "Walk down the pier steps without clinging to the rope.",
        "Your collie walks round the lake without lying down at every gate.",
        // a span of the hindrance
        "Play skittles with the lads again after months of hobbling.",
        "Drift off within minutes, even if you've lain awake for years.",
        // even with a body part said to be wrong
        "Carry the laundry basket upstairs, even with a knee that clicks.",
        // the reader's people
        "Your daughter eats her crusts without choking.",
        // (11:27) a hurry to the toilet said over; a span counted; "even with" after "again"
        "No more racing to the toilet halfway through the school concert.",
        "Stroll to the shops every morning, even if you've not managed a step in months.",
        "Dig the vegetable patch all afternoon again, even with a hip that grinds.",
    ])
    func reads(copy: String) {
        let fired = Set(Self.rules(copy))
        #expect(!fired.isDisjoint(with: Self.promises), "\(copy): \(fired)")
    }

    /// The derived classes: holding on firmly, and an action failing.
    @Test func derivedClasses() {
        func stems(_ phrases: [String]) -> Set<[String]> { Set(phrases.map(Tokenizer.terms)) }
        let holding = Set(Fixtures.book.lexicon.phrases(ofClass: "hold-verb"))
        #expect(holding.isSuperset(of: stems(["clutch", "grip", "grasp", "cling to", "grab"])))
        #expect(holding.isDisjoint(with: stems(["hold", "hug", "carry"])))
        let failing = Set(Fixtures.book.lexicon.phrases(ofClass: "falter-verb"))
        #expect(failing.isSuperset(of: stems(["stumble", "limp", "forget", "mishear"])))
        // a journey, and a body's ordinary motions
        #expect(failing.isDisjoint(with: stems(["trip", "walk", "stroll", "remember"])))
    }

    /// The reader's people and animals as the subject: the verb after "Your <relative, animal
    /// or name>" is tagged as an imperative is; other things the reader owns are not.
    @Test func tagsDependantSubjects() throws {
        let imperative = try #require(Fixtures.book.lexicon.classID("opening-imperative"))
        func tagged(_ text: String) -> [String] { LabFoldChangeTests.tagged(text, imperative) }
        #expect(tagged("Your old greyhound hops into the boot.") == ["hop"])
        #expect(tagged("Email: your grandad climbs the stairs.") == ["climb the stair"])
        #expect(tagged("Your Westie trots round the park.") == ["trot"])
        #expect(tagged("Your parcel arrives tomorrow.").isEmpty)
        #expect(tagged("We know your dog walked far.").isEmpty)
    }

    /// A halt with the journey's purpose or place is the journey's; bare, at every place, for
    /// breath or to rest it is the body's.
    @Test func tagsJourneyHalts() throws {
        let journey = try #require(Fixtures.book.lexicon.classID("journey-halt"))
        func tagged(_ text: String) -> [String] { LabFoldChangeTests.tagged(text, journey) }
        #expect(tagged("Drive on without stopping for petrol.") == ["stopping"])
        #expect(tagged("Walk home without stopping at the pub.") == ["stopping"])
        #expect(tagged("Tow it without a stop to check the hitch.") == ["stop"])
        #expect(tagged("Walk on without stopping for breath.").isEmpty)
        #expect(tagged("Walk on without stopping at every bench.").isEmpty)
        #expect(tagged("Walk on without stopping to rest.").isEmpty)
        #expect(tagged("Walk on without stopping to lean on a wall.").isEmpty)
        #expect(tagged("Walk on without stopping.").isEmpty)
    }

    @Test(arguments: [
        "Never again miss the bin day: our app reminds you.",
        "No more queuing at the checkout with our scan-and-go app.",
        "Order online instead of queuing in the rain.",
        "Drive to Devon without stopping for petrol: our hybrid goes 700 miles.",
        "Walk home from work without stopping at the pub.",
        "Walk the cliff path and stop at every bench for the view.",
        "Your kitten climbs the curtains instead of using the scratching post.",
        "Your puppy stays in her crate all night with our calming crate cover.",
        "Climb the ladder without holding the rungs? Never: keep three points of contact.",
        "After years of drought the reservoir is full again.",
        "Your husband gets home without stopping for a pint.",
        "No more rushing to the bathroom to fix your lipstick: our matte formula lasts all day.",
        "Book now, even if you travel in six months.",
        "No more scrubbing the toilet bowl: our tablets clean it for you.",
    ])
    func leavesAlone(copy: String) {
        let fired = Set(Self.rules(copy))
        #expect(fired.isDisjoint(with: Self.promises), "\(copy): \(fired)")
    }
}
