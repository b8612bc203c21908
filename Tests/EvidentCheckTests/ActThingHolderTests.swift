import EvidentModel
import Testing

@testable import EvidentCheck

/// Whose act (session 25): an act of the body said of a thing is a figure. The act frames
/// (`implied-act-again`, `implied-act-back`, `implied-function-restored`,
/// `implied-activity-again`) read an act promised back as a body's; when its holder is an
/// artifact, a plant, an organisation, a place, a group or an event (`@act-thing`: holders.yaml's
/// things, plants and organisations and rule R16's `@place-group-noun`, all from WordNet), the
/// act is the thing's figure of speech, whatever the carrier: a modal, an adverb of the promise,
/// "again", or the thing given "its" act back. Sentences written for this test (none from an
/// evaluation set); beside them the same carriers said of a person, an animal or a part of the
/// body, which stay claims.
struct ActThingHolderTests {
    static func rules(_ text: String) -> Set<String> {
        Set(Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule))
    }

    @Test(arguments: [
        // a place, an artifact, a plant, an organisation, a group, an event
        "Rake out the thatch in April and your lawn will drink again.",
        "Lift the old mulch and your peonies can breathe again.",
        "With a new clutch the tractor will breathe again on the hills.",
        "Once the bypass opens the whole village can finally sleep again.",
        "With the overdraft cleared the bakery can breathe again.",
        "After the derby win the supporters' club can breathe again.",
        "Give your armchair its bounce back with our conditioner.",
        "Give your lawn its breath back with a hollow-tine fork.",
        // a thing in a state again: an ability needs a living holder (session 42)
        "The tiles round the shower are white again after one spray of our cleaner.",
        "The glass door of the shower is clear again after a wipe of our limescale gel.",
    ])
    func aThingsActIsAFigure(_ text: String) {
        #expect(Self.rules(text).isEmpty, "\(text): \(Self.rules(text))")
    }

    @Test(arguments: [
        "Your old spaniel will jump onto the sofa again.",
        "Give your dog its appetite back after the stomach bug.",
        "Since the capsules my wife can taste her coffee again.",
        "Your bladder will hold on again through the whole film.",
        "Since the glucosamine my old terrier walks to the park again.",
        "Since the turmeric capsules I can shower again without help.",
        // a name has no determiner: a pet's, though the word is a plant's
        "Daisy was chewing her cud again within a week of the herbal drench.",
    ])
    func aBodysActStaysAClaim(_ text: String) {
        #expect(!Self.rules(text).isEmpty, "\(text)")
    }
}
