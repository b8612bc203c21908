import EvidentModel
import Testing

@testable import EvidentCheck

/// Session 23's frame for the act promised back (`implied-act-*`): copy that promises an act or
/// a faculty of the body back says the body cannot do it now, whatever the subject (the product
/// by its name, form or pronoun, the reader, a relative, a pet, a part of the body) and whatever
/// carries the sign (given back, again, let or helped, an aid given up, a reserve, a symptom
/// absent during the act, a sense reaching further). Sentences written for this test (none from
/// an evaluation set): each carrier with several subjects, and beside them what no illness
/// takes (a weekend, a holiday, a device doing the work, the weather, a machine).
struct ActPromisedReadingTests {
    static func rules(_ text: String) -> Set<String> {
        Set(Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule))
    }

    @Test(arguments: [
        // given back: the product, a relative, a pet, a part of the body
        "Aurevia gives you back your eyesight for the crossword.",
        "Your grandad's steady hand comes back in a month.",
        "Your collie's hearing comes back before the summer.",
        "Your voice gets its range back for the carol service.",
        // again, as before, as she used to
        "Your old terrier will leap up to the bed like he used to.",
        "Your knees will bend to the bottom step again.",
        // let, helped, kept at it
        "Lumivex lets you read the station clock from the platform bench.",
        "Help your grandad recognise his neighbours in the street.",
        "Keep your old mare walking out on the lane.",
        // an aid given up, or not needed for a basic act
        "Hand the stairlift back to the rental firm by summer.",
        "Your hips won't need the padded kneeler.",
        "Your nan won't need a hand from anyone to climb the stairs.",
        // a reserve regained
        "Your heart will carry you up the church tower.",
        "Bryvane leaves you breath to spare on the cliff path.",
        "Your spaniel will manage the whole coastal walk.",
        // a symptom absent during the act
        "Zentrova lets you ice the birthday cake without your thumbs stiffening.",
        "Your aunt will prune the roses without her wrists tingling.",
        // a sense reaching further
        "Your dog will hear you whistle from across the field.",
    ])
    func reads(copy: String) {
        let claims = Fixtures.check(copy, market: .us).filter {
            $0.severity == .error && $0.category == .diseaseClaim
        }
        #expect(!claims.isEmpty, "\(copy): \(Self.rules(copy))")
    }

    @Test(arguments: [
        "Get your evenings back with our ready meals.",
        "Bring back the smell of summer with our linen spray.",
        "Give your garden its colour back with our bulbs.",
        "Your legs will feel fresh again after a long ride.",
        "The kids will be swimming again after the holidays.",
        "Our new mower will cut the long grass again in minutes.",
        "Our binoculars let you see the puffins from the cliff path.",
        "Helps you unwind after a busy day.",
        "Leave the walking poles at home: the promenade is flat.",
        "Say goodbye to soggy sandwiches with our lunch box.",
        "You won't need a torch to see the path: the lamps are on all night.",
        "Our e-bike will carry you up the steepest hill.",
        "Walk the dog without your hands getting cold in our fleece gloves.",
        "Your kids will play in the garden without their knees getting muddy.",
        "Our speakers let you hear the band from the next room.",
        "The fountain's water is flowing again after the repair.",
    ])
    func leavesAlone(copy: String) {
        let fired = Self.rules(copy)
        #expect(!fired.contains { $0.hasPrefix("implied-act-") }, "\(copy): \(fired)")
    }

    /// A product told by its name alone opens the clause with its verb (`@opening-verb` on the
    /// verb after the name); a word the dictionary knows, or a name without a verb of the
    /// third person after it, does not.
    @Test func namedSubjectVerb() throws {
        let opening = try #require(Fixtures.book.lexicon.classID("opening-verb"))
        func tagged(_ text: String) -> [String] { LabFoldChangeTests.tagged(text, opening) }
        #expect(tagged("Aurevia sharpens the print on the page.") == ["sharpen"])
        #expect(tagged("Walking sharpens the mind.").isEmpty)
        #expect(tagged("Aurevia capsules, two a day.").isEmpty)
    }

    /// The faculties named as things one has (rule R10 of `.ci/implied/derive-anatomy.py`).
    @Test func facultyNouns() {
        let phrases = Set(Fixtures.book.lexicon.phrases(ofClass: "faculty-noun"))
        let wanted = ["eyesight", "sense of smell", "sense of balance", "voice", "breath"]
        #expect(phrases.isSuperset(of: Set(wanted.map(Tokenizer.terms))))
        #expect(phrases.isDisjoint(with: Set(["hold", "grip", "tenor"].map(Tokenizer.terms))))
    }
}
