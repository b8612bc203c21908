import EvidentCheck
import EvidentModel
import Testing

/// Rule S1 (`TaggedSentence+ConditionSlots.swift`, `@condition-slot` in
/// `testimonial-arcs.yaml`): after a sufferer's verb ("suffering from", "struggling with") or the
/// words of a riddance ("no more", "say goodbye to", "cleared up"), a lay name built on a part of
/// the body, a word of ill health or a word nothing the checker knows is the condition the copy
/// speaks of. A look, a description of a part, an animal's likeness and a word with no health
/// word beside it are not. Rule S2 (session 27): what a body is diagnosed with, or its keeper
/// is told it has, is a condition whatever its name; a machine's diagnosis is not.
struct ConditionSlotReadingTests {
    static func errors(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule).sorted()
    }

    @Test(arguments: [
        // (a) a noun or a classifying genitive naming a kind of a part, after either slot.
        "Suffering from tulip fingers? Try our aloe balm.",
        "Struggling with text neck? Our magnesium spray sorts it out.",
        "No more quarry knee with our arnica gel.",
        "The balm cleared up his tulip fingers in a week.",
        "Say goodbye to housemaid's knee with our comfrey wrap.",
        // (b) a word of ill health, or a word nothing knows, with a health word or a sufferer.
        "Say goodbye to windburn on your cheeks with our sea buckthorn balm.",
        "Suffering from snarfles? Try our elderflower drops.",
        "No more snarfles in your calves with our garlic drench.",
        // Rule S2: what a body is diagnosed with, or its keeper told it has, whatever its name.
        "Our pup was diagnosed with swimmer syndrome at three weeks; the drops cured it.",
        "The vet diagnosed her with hopplegait and our balancer had her sound in a month.",
    ])
    func slotNamesACondition(_ copy: String) {
        #expect(!Self.errors(copy).isEmpty, "\(copy)")
    }

    @Test(arguments: [
        // A cosmetic's part, an animal's likeness, a description of a part.
        "Say goodbye to helmet hair with our texturising spray.",
        "Say goodbye to panda eyes with our creamy concealer.",
        "No more tired legs after a long shift in our cushioned clogs.",
        "No more sticky fingers on the fridge door with our wipes.",
        // A thing's part; an owner's part.
        "Say goodbye to chair legs that scratch the floor with our felt pads.",
        // An unknown word or a word of ill health with no health word and no sufferer.
        "No more doomscrolling before bed with our reading lamp.",
        // A describing word before a thing's part; a machine diagnosed.
        "Say goodbye to rickety table legs with our adjustable glides.",
        "The engine was diagnosed with a sticky valve; our additive cured it in a week.",
    ])
    func guardsHold(_ copy: String) {
        #expect(Self.errors(copy).isEmpty, "\(copy)")
    }
}
