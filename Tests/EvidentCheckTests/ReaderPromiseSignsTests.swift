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
        "Never again squint at the bus timetable.",
        "No more stumbling over the edge of the rug.",
        "Never mishear your grandson's name again.",
        // instead of, a body part or a dependant's own event
        "Read the small print on the jar instead of your eyes watering.",
        "Your terrier sleeps by the fire instead of shivering and whimpering all night.",
        "Your granddad climbs into the tractor cab without his knees buckling.",
        // the urge; a support held; a halt at every place
        "Watch the whole match without the urge to scratch your arms.",
        "Walk down the pier steps without clinging to the rope.",
        "Your collie walks round the lake without lying down at every gate.",
        // a span of the hindrance
        "Play skittles with the lads again after months of hobbling.",
        "Drift off within minutes, even if you've lain awake for years.",
        // even with a body part said to be wrong
        "Carry the laundry basket upstairs, even with a knee that clicks.",
        // the reader's people
        "Your daughter swallows a whole apple slice without gagging.",
    ])
    func reads(copy: String) {
        let fired = Set(Self.rules(copy))
        #expect(!fired.isDisjoint(with: Self.promises), "\(copy): \(fired)")
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
    ])
    func leavesAlone(copy: String) {
        let fired = Set(Self.rules(copy))
        #expect(fired.isDisjoint(with: Self.promises), "\(copy): \(fired)")
    }
}
