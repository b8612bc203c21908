import EvidentCheck
import Testing

/// A condition a thing has (an artifact or a plant, `@holder-noun`; a possession, a piece of
/// writing or software, a natural object, `@thing-holder`) is a figure or a thing's fault, not
/// an illness (`TaggedSentence.hasThingHolder`): the thing is its possessive, the subject of
/// "suffer from", "recover from" or "has", or the object of the condition written as a past
/// verb. A person's, an animal's, a substance's or the product's word keeps the condition, and
/// so does a thing named as its cause ("from") or as where the person was ("on the trail").
struct ComplaintHolderTests {
    static func errors(_ text: String) -> [String] {
        Fixtures.check(text + "\n").filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        "The repair shop cured the old clock's chronic stutter with a new spring.",
        "The photo's red-eye and blemishes vanish with one tap in our editor.",
        "The pension fund is still recovering from a bruising year on the bond markets.",
        "Tech shares are suffering from a nasty case of the jitters this week.",
        "A silly bug plagued the old firmware for months before the patch.",
        "The worm infected every laptop on the office network overnight.",
    ])
    func aThingsComplaintIsNoIllness(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    @Test(arguments: [
        "Elderberry's flu-fighting power keeps the whole family well.",
        "Our tea cures the dog's itch and eases its arthritis.",
        "Cures the stutter in your child's speech.",
        "The rose hip syrup cures my daughter's eczema.",
        "My husband is recovering from pneumonia thanks to these elderberry drops.",
        "Our herbal drops cure migraine headaches from screen glare.",
        "Our balm soothes eczema on the hands and arms in days.",
        "The cream cleared the infected cut on my son's knee.",
        "The sage gargle healed the ulcers on the roof of her mouth in two days.",
    ])
    func aBodysComplaintIsStillOne(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }
}
