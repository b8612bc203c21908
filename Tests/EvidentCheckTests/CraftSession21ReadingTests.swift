import EvidentModel
import Testing

@testable import EvidentCheck

/// Session 21's readings of craft: a verbless promise of a body's state told with an age
/// (`implied-state-at-age`), a covering growing back where the skin used to show
/// (`implied-covering-regrown`), a clinician's naming after what it names
/// (`testimonial-clinician-named`) and a pain state recurring with a season
/// (`testimonial-arc-complaint`). Sentences written for this test (none from an evaluation
/// set), with the ordinary copy beside each reading.
struct CraftSession21ReadingTests {
    static func errors(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        // a state, its span and an aid not needed, after "still"
        ("implied-state-at-age", "Still rock hard all evening at 69, no pharmacy tablets."),
        // a joined state, its time, an age without a number
        ("implied-state-at-age", "Strong and raring to go whenever she is, whatever your age."),
        // continence after a label and a colon, an age by its decade
        (
            "implied-state-at-age",
            "Care-home newsletter: dry till morning in your eighties, no pads."
        ),
        // an age in a label before the state, after "still" and the colon
        (
            "implied-state-at-age",
            "Maureen, 74: still dry right through the night, no pads."
        ),
        // an age by a likeness to youth, the time it holds ("every single time", "on demand")
        ("implied-state-at-age", "Firm as a young man, every single time."),
        ("implied-state-at-age", "Rock solid on demand, whatever his age."),
        // an age by its decade's word
        ("implied-state-at-age", "Bone dry all night at eighty, without the pads."),
        // the place the skin showed through
        (
            "implied-covering-regrown",
            "New hair comes in along the crown where your scalp used to show through."
        ),
        // the look of the loss: a parting widening, a shiny scalp
        (
            "implied-covering-regrown",
            "My wide parting has closed up since the rosemary scalp drops."
        ),
        (
            "implied-covering-regrown",
            "Grandad's shiny crown has soft new hair coming through on the pumpkin seed capsules."
        ),
        // the place the covering was missing
        (
            "implied-covering-regrown",
            "Her eyelashes grew back where the outer corners had gone sparse, thanks to the serum."
        ),
        (
            "testimonial-clinician-named",
            "My elbow locked up at every darts night - oche arm, the GP called it. Since the turmeric capsules I throw all evening."
        ),
        (
            "testimonial-clinician-named",
            "Our terrier's back legs kept giving way - wobbly hocks, according to the vet. The herbal tonic had him jumping onto the sofa."
        ),
        (
            "testimonial-arc-complaint",
            "My knees were in agony each winter; since the turmeric capsules I'm fine."
        ),
        // lame, with a span, and a feed balancer as the product
        (
            "testimonial-arc-complaint",
            "Our old pony was lame in front for two winters; since the herbal balancer she is sound."
        ),
    ])
    func readsItsForm(_ example: (rule: String, copy: String)) {
        #expect(
            Self.errors(example.copy).contains(example.rule),
            "\(example.copy): \(Self.errors(example.copy))")
    }

    /// Ordinary copy: a state said of a thing or a body part's structure, a number that is no
    /// age, an activity at any age, a support verb, sport; a covering grown back after a cut
    /// or on a lawn; a verdict of health, a tradesman's naming; soreness after a race.
    @Test(arguments: [
        "Strong teeth at any age, no sugar needed.",
        "Firm plums at 160 degrees for an hour, no sugar needed.",
        "Rock solid at 3,000 feet, no wobble in the new cable car.",
        "Take up the ukulele at any age, no experience needed.",
        "Serves 4, 30 minutes: ready in no time, no oven needed.",
        "Strong on flavour at any age, no sugar needed.",
        "Helps maintain strong muscles at 70, whenever you train.",
        "Ready for the half marathon at 65, without a single rest day.",
        "His beard grew back where the razor had been, a week after the shave.",
        "Fleece comes back over the bare patches on a ewe's back within weeks of shearing.",
        "The clover filled back in where the paddling pool used to stand.",
        "Her coat was dull in March - normal moulting, the vet said. The fish oil capsules make it shine.",
        "The tap kept dripping - a worn washer, the plumber said. Since the new part it is quiet.",
        "My calves were in agony after the fell race; the magnesium bath flakes helped me recover.",
    ])
    func leavesAlone(copy: String) {
        #expect(
            !Self.errors(copy).contains(where: {
                $0.hasPrefix("implied-") || $0.hasPrefix("testimonial-")
            }),
            "\(copy): \(Self.errors(copy))")
    }

    /// The messages name what was read.
    @Test func messagesNameTheReading() {
        #expect(
            Fixtures.message(
                "Still rock hard all evening at 69, no pharmacy tablets.", "implied-state-at-age")
                == "disease claim: 'rock hard all evening at 69' promises a body's state at an age that takes it, when or without what it needs now (a failing function treated)"
        )
        #expect(
            Fixtures.message(
                "My elbow locked up at every darts night - oche arm, the GP called it. Since the turmeric capsules I throw all evening.",
                "testimonial-clinician-named")
                == "disease claim: the testimonial names 'oche arm' in a clinician's words, beside the product (a disease treated)"
        )
    }
}
