import EvidentModel
import Testing

@testable import EvidentCheck

/// Session 17's reading of a lab value's before and after told as two states of a story ("my FSH
/// was 38 … it's 9") and of a measure named by its abbreviation (`@measure-acronym`), for
/// `implied-lab-fold-change`. Sentences written for this test (none from an evaluation set).
struct LabStoryFoldTests {
    static let rules = StoryAcrossReadingTests.rules

    @Test(arguments: [
        // an abbreviation the table does not know, the after as "it's"
        "My GGT was 300 in June; after the milk thistle capsules it's 45.",
        // "was at", the after as "now" and "back under"
        "Her BNP was at 1,200 before the hawthorn drops and is now 300.",
        "Her cPLI was 800 in May; ten days on the enzyme powder and it's back under 200.",
    ])
    func reads(copy: String) {
        #expect(
            Self.rules(copy).contains("implied-lab-fold-change"), "\(copy): \(Self.rules(copy))")
    }

    /// Less than twice, an everyday abbreviation, a measure of no body, no product beside it.
    @Test(arguments: [
        "My FSH was 8 last spring; since the tea it is 9.",
        "The UK price was 20; with our capsules it is 9.",
        "My squat was 60 kg; since the creatine it is 130 kg.",
        "My GGT was 300 in June; after the operation it's 45.",
    ])
    func leavesAlone(copy: String) {
        #expect(
            !Self.rules(copy).contains("implied-lab-fold-change"), "\(copy): \(Self.rules(copy))")
    }

    /// A story's two states are tagged from "was" to the after value; an abbreviation is a
    /// measure, a word of one capital or an everyday abbreviation is not.
    @Test func tagsTheStoryAndTheAbbreviation() throws {
        let fold = try #require(Fixtures.book.lexicon.classID("fold-change"))
        let acronym = try #require(Fixtures.book.lexicon.classID("measure-acronym"))
        let tagged = LabFoldChangeTests.tagged
        #expect(tagged("My BNP was 900; now it is 150.", fold) == ["was 900 now it is 150"])
        #expect(
            tagged("It was at 40 and it's back under 15.", fold) == [
                "was at 40 and it back under 15"
            ])
        #expect(tagged("It was 40 and it is 30.", fold).isEmpty)
        #expect(tagged("My BNP and FeNO were 9 in the UK.", acronym) == ["bnp", "feno"])
    }

    /// The message is the fold-change reading's.
    @Test func message() {
        let finding = Fixtures.check(
            "My GGT was 300 in June; after the milk thistle capsules it's 45.", market: .us
        )
        .first { $0.rule == "implied-lab-fold-change" }
        #expect(
            finding?.message
                == "disease claim: 'GGT was 300 in June; after the milk thistle capsules it's 45' "
                + "says a lab value moved by half or more beside the product (a value that had to "
                + "move that far was abnormal, and stands for the disease it is a sign of)")
    }
}
