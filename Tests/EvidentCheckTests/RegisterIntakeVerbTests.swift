import EvidentModel
import Testing

@testable import EvidentCheck

/// How a label tells the reader to eat a food ("eat 30 g a day") names no aspect of health: the
/// register's wordings say "after eating" and "when eaten" of when the effect comes, and
/// `.ci/derive-eu-register` reads the forms of the verbs of taking food in as qualifiers (rule
/// I1). A label line beside an authorised wording is label text.
@Suite struct RegisterIntakeVerbTests {
    @Test func aLabelLineThatSaysHowToEatIsNoClaim() {
        #expect(Fixtures.errorRules("Pitted prune halves, eat a handful.", market: .eu).isEmpty)
        #expect(
            Fixtures.errorRules(
                "Pitted prune halves, 500 g, eat 100 g a day. Dried plums contribute to normal "
                    + "bowel function.", market: .eu
            ).isEmpty)
    }

    @Test func aWordingSaidAfterEatingStaysAuthorised() {
        #expect(
            Fixtures.errorRules(
                "Activated charcoal contributes to reducing excessive flatulence after eating.",
                market: .eu
            ).isEmpty)
    }
}
