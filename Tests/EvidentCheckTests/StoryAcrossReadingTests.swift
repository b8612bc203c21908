import EvidentModel
import Testing

@testable import EvidentCheck

/// Session 15's reading of a before/after testimonial told in two sentences
/// (`testimonial-story-across`): the first sentence tells of an illness (a condition or sign, a
/// lesion, medical care, an activity lost, a part of the body declining, a symptom that lasted
/// years), the next names the product or time on it and says the state reversed. Sentences
/// written for this test (none from an evaluation set), with the lawful, cosmetic, workout and
/// everyday stories beside the reading.
struct StoryAcrossReadingTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    /// Each kind of "before" the reading takes, with the "after" in the next sentence.
    @Test(arguments: [
        // a sign a body shows, then healed
        "My heel was cracked open and weeping all summer. Since the calendula balm it has healed.",
        // a lesion, then gone
        "The dermatologist found three plaques on my shins. Six weeks of the tar soap and they are gone.",
        // medical care in the before, then back to an activity
        "My physio had me on crutches for months. Since the collagen shots I am back on the tennis court.",
        // a part of an animal's body declining, then grown back
        "Our parrot was losing his tail feathers and his beak was flaking. Since the aloe mist they have grown back.",
        // an activity of daily living lost, then again
        "Mum couldn't climb the stairs without stopping. A month of the beetroot tonic and she climbs them again.",
        // a symptom that lasted for years, then ended
        "My jaw had clicked and ached for years. The magnesium balm put an end to it.",
    ])
    func reads(copy: String) {
        #expect(
            Self.rules(copy).contains("testimonial-story-across"), "\(copy): \(Self.rules(copy))")
    }

    /// Stories of energy, a workout, a cosmetic feel, a stain or a company's product name no
    /// illness, or end in a cosmetic state.
    @Test(arguments: [
        "I used to drag through the afternoon. Since the B12 I have energy again.",
        "My lips were cracked and sore all winter. Since the beeswax balm they are smooth again.",
        "My calves ached after long runs. Since the magnesium they recover faster.",
        "Our oxygen powder lifts red wine stains and the mark fades from the carpet.",
        "My hair looked dull and flat. Since the argan serum it is glossy again.",
        "We used to run out of stock every winter. Since the new supplier our shelves are full again.",
    ])
    func leavesAlone(copy: String) {
        #expect(
            !Self.rules(copy).contains("testimonial-story-across"), "\(copy): \(Self.rules(copy))")
    }

    /// The two sentences must share a paragraph: a blank line ends the story.
    @Test func paragraphEndsTheStory() {
        let before = "My knee was swollen and hot for weeks."
        let after = "Since the turmeric capsules I am back on the trails."
        #expect(Self.rules(before + " " + after).contains("testimonial-story-across"))
        let apart = Self.rules(before + "\n\n" + after)
        #expect(!apart.contains("testimonial-story-across"), "\(apart)")
    }

    /// An activity of daily living done "again" beside the product (`implied-activity-again`):
    /// the ability had been lost. A device's features and a food's temptations are not.
    @Test func activityAgain() {
        #expect(
            Self.rules("Our comfrey balm loosens the stiff fingers so your hand lies flat again.")
                .contains("implied-activity-again"))
        #expect(
            Self.rules("Our olive drops soften the plug of wax so your boy can hear again.")
                .contains("implied-activity-again"))
        for lawful in [
            "Our new app lets you hear your favourite podcasts again offline.",
            "Walk past the bakery again without a second look, with our protein bars.",
            "Hear the birds again on our guided forest walks.",
        ] {
            #expect(!Self.rules(lawful).contains("implied-activity-again"), "\(lawful)")
        }
    }

    /// One finding per sentence: where the story's "after" sentence also reads as a
    /// testimonial of a clinician's verdict (`disease-testimonial`,
    /// `testimonial-clinician-turn`), the story is the sentence's finding and the reading of
    /// part of it is dropped (before session 16 each sentence below had two errors).
    @Test(arguments: [
        "My elbows were raw and weeping all winter. Since the calendula balm they have healed and my GP cannot believe it.",
        "My shins were covered in scaly plaques for years. Since the tar soap they have cleared and my dermatologist is amazed.",
    ])
    func oneFindingPerSentence(copy: String) {
        let findings = Fixtures.check(copy, market: .us).filter { $0.severity == .error }
        let turn = copy.distance(from: copy.startIndex, to: copy.firstIndex(of: ".")!) + 2
        let after = findings.filter { $0.column > turn }
        #expect(after.map(\.rule) == ["testimonial-story-across"], "\(copy): \(findings)")
    }

    /// The message names the sentence that turned the story round.
    @Test func message() {
        let findings = Fixtures.check(
            "My scalp was covered in weeping sores. Since the neem wash they have healed.",
            market: .us)
        let finding = findings.first { $0.rule == "testimonial-story-across" }
        #expect(
            finding?.message
                == "disease claim: the testimonial 'Since the neem wash they have healed' says the "
                + "product turned round the illness the sentence before tells of (a disease treated)"
        )
    }
}
