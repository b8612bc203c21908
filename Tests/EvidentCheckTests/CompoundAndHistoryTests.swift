import EvidentCheck
import Testing

/// Session 31's readings of condition words that name no illness (hardening): a condition
/// opening a compound modifier (rule N15, `TaggedSentence.isCompoundModifier`), a dated past
/// event that is no before/after story (`@past-event` among the story rules' exceptions).
struct CompoundAndHistoryTests {
    @Test(arguments: [
        "Fleece gloves for fishmongers, to keep hands warm after cold-counter shifts.",
        "The plague-pit excavation behind the church opens to visitors in May.",
        "Colic-season foaling kits are back in stock at the saddlery.",
    ])
    func aConditionOpeningACompoundModifierIsNoClaim(_ text: String) {
        #expect(Fixtures.errorRules(text).isEmpty, "\(Fixtures.errorRules(text))")
    }

    @Test func aRemedysNounAfterTheHyphenKeepsTheCondition() {
        // a drop is a remedy's form: the cough is the one it acts on
        #expect(!Fixtures.errorRules("Our cough-drop tins hold a week of relief.").isEmpty)
    }

    @Test func theConditionStaysWhereTheProductActsOnIt() {
        #expect(
            Fixtures.errorRules("Our tincture cures a cold before the night shift.").contains(
                "disease-claim"))
    }

    @Test(arguments: [
        "The cholera hospital was closed in 1854 after the last patient was taken off the ward.",
        "The last case of rabies in Britain was recorded in 1902 after the muzzle order was taken off.",
    ])
    func aDatedPastEventIsNoStory(_ text: String) {
        #expect(Fixtures.errorRules(text).isEmpty, "\(Fixtures.errorRules(text))")
    }

    @Test func aNarratorsDatedStoryStaysOne() {
        let text =
            "In 2019 my knee gave out on the stairs; three months on the collagen shots and I'm back on the pitch."
        #expect(!Fixtures.errorRules(text).isEmpty)
    }
}
