import EvidentCheck
import Testing

/// A condition English writes with a small letter (`@common-condition`, from WordNet), written
/// with a capital alone inside a sentence, is a name (a pet's, a song's, a shop mascot's), not
/// the illness (`TaggedSentence.isWrittenAsName`); so is a condition inside a name of several
/// capitalised words that a work's noun comes before or a thing's noun after
/// (`TaggedSentence.isWrittenInTitle`), or whose last word is a thing's or an organisation's
/// noun. Its capital at the start of a sentence or
/// after a colon, beside another capitalised word (a product's name of several words), and a
/// condition English writes with a capital itself (a place's, a person's, a germ's genus)
/// still name the condition.
struct ConditionNameTests {
    static func errors(_ text: String) -> [String] {
        Fixtures.check(text + "\n").filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        "Our bakery's tortoise, Mumps, naps by the oven all afternoon.",
        "The band closed the night with Fever, their loudest song yet.",
        "Our shop dog is called Scabies and she greets every customer at the door.",
    ])
    func aCapitalisedConditionAloneIsAName(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    @Test(arguments: [
        // A place's or an organisation's thing after the name, a work's noun before it.
        "Turn left at the Lupus Trust shop and your parcel is waiting at the counter.",
        "Leave your bike by the Asthma Society shed at the back of the car park.",
        "You can hear the band play Scarlet Fever Blues at the festival on Saturday.",
        "Your favourite book Diabetes Diaries is back in stock.",
        // The name's last word is an organisation's noun (`@organisation-noun`), and a word of
        // the name names no disease by its ending ("Fibrosis").
        "Sign up for the Meningitis Foundation walk this spring.",
        "We ran the Cystic Fibrosis Trust 10k for our neighbour's son.",
    ])
    func aConditionInsideAnotherThingsNameIsAName(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    @Test(arguments: [
        "Another word for fever is pyrexia, from the Greek for fire.",
        "Our crossword setter hid the word gout in nine down.",
    ])
    func aConditionMentionedAsAWordIsAWord(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    @Test(arguments: [
        // A span of time, not a word; the illness beside a mentioned word.
        "Long term arthritis relief in one daily capsule.",
        "Our capsules give long-term arthritis relief.",
        "The word cure is banned on our labels, so we say the tea soothes arthritis pain.",
    ])
    func aConditionBesideAWordIsStillOne(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        // The same words with a small letter, at the start of the sentence, after a colon.
        "Our bakery's elderberry syrup fights mumps and flu.",
        "Mumps and flu are no match for our elderberry syrup.",
        "Our feverfew drops: Migraine relief in minutes.",
        // Beside another capitalised word: a name of several words, as a product's.
        "SugarStop Diabetes Defense tea treats diabetes without insulin.",
        "Our Arthritis Relief Balm soothes stiff knees.",
        "Try the Arthritis Relief bottle today.",
        // Written with a capital by English: a place's name, a genus.
        "Our tincture clears Lyme from the joints for good.",
        "Black walnut hull kills Giardia in the gut.",
    ])
    func theConditionIsStillACondition(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }
}
