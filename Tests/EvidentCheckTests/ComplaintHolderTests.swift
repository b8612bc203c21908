import EvidentCheck
import Testing

/// A condition a thing has (an artifact or a plant, `@holder-noun`) is a figure or a thing's
/// fault, not an illness (`TaggedSentence.hasThingHolder`): the thing is its possessive, the
/// subject of "suffer from" or of "has". A person's, an animal's, a substance's or the
/// product's possessive keeps the condition.
struct ComplaintHolderTests {
    static func errors(_ text: String) -> [String] {
        Fixtures.check(text + "\n").filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        "The repair shop cured the old clock's chronic stutter with a new spring.",
        "The photo's red-eye and blemishes vanish with one tap in our editor.",
    ])
    func aThingsComplaintIsNoIllness(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    @Test(arguments: [
        "Elderberry's flu-fighting power keeps the whole family well.",
        "Our tea cures the dog's itch and eases its arthritis.",
        "Cures the stutter in your child's speech.",
        "The rose hip syrup cures my daughter's eczema.",
    ])
    func aBodysComplaintIsStillOne(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }
}
