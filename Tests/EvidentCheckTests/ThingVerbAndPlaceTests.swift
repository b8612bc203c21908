import EvidentCheck
import Testing

/// Session 30's readings of condition words that name no illness (hardening): a condition's
/// word read as a thing's verb (rule N13 of `.ci/derive-senses`, `TaggedSentence.isThingVerb`),
/// a condition naming a place (rule N14, `TaggedSentence.namesPlace`), a plot told of a
/// mystery (rule N12's second senses), and the register's "normal metabolism of" and "normal
/// blood clotting" in lay words (`.ci/derive-eu-register`'s overlay).
struct ThingVerbAndPlaceTests {
    @Test(arguments: [
        "Steam the ash strip so it bends without splitting.",
        "Our thatcher shingles the porch roof in a single afternoon.",
        "Put the lid on the pan so it will boil sooner.",
        "Stroke the cat gently behind the ears until she purrs.",
        // (1b) a thing's noun as the verb's subject (session 32)
        "Our descaler tablets work overnight and the kettle boils in half the time.",
    ])
    func aConditionsWordReadAsAThingsVerbIsNoClaim(_ text: String) {
        #expect(Fixtures.errorRules(text).isEmpty, "\(Fixtures.errorRules(text))")
    }

    @Test func theConditionStaysWhereItIsANoun() {
        #expect(
            Fixtures.errorRules("Our drops ease the bends after a deep dive.").contains(
                "disease-claim"))
        #expect(
            Fixtures.errorRules("Our cream clears shingles in a week.").contains("disease-claim"))
        // the possessive before the compound names a clot, not the act of clotting
        #expect(
            Fixtures.errorRules("Our enzyme dissolves your blood clot in days.").contains(
                "disease-claim"))
    }

    /// Rule N13's exception (session 32): a verb that does the condition to a body
    /// (`@body-verb-condition`), its object a part of a body, is the condition done to the body,
    /// whoever does it ("the tackles" are players, "new boots" a thing).
    @Test(arguments: [
        "Rugby mums, give them our DHA chews before every match to stop the tackles bruising "
            + "their brains.",
        "Our arnica gel stops the tackles bruising their legs.",
    ])
    func aConditionsVerbDoneToAPartOfABodyIsTheCondition(_ text: String) {
        #expect(Fixtures.errorRules(text, market: .us) == ["symptom-claim"])
    }

    /// Its object a thing, the same verb stays a thing's.
    @Test(arguments: [
        "Bruise the mint leaves with a muddler before you pour the rum.",
        "Our fruit pickers never bruise the peaches, so every box arrives perfect.",
    ])
    func aConditionsVerbDoneToAThingIsNoClaim(_ text: String) {
        #expect(Fixtures.errorRules(text).isEmpty, "\(Fixtures.errorRules(text))")
    }

    @Test(arguments: [
        "Turn left at the old smallpox hospital and the café is on the right.",
        "The former tuberculosis sanatorium on the hill is now a hotel with forty rooms.",
    ])
    func aConditionNamingAPlaceIsNoClaim(_ text: String) {
        #expect(Fixtures.errorRules(text).isEmpty, "\(Fixtures.errorRules(text))")
    }

    @Test func aProductBesideThePlaceKeepsTheCondition() {
        // the tincture is the product: its fever is the one it acts on
        #expect(
            Fixtures.errorRules("Our tincture, made beside the old fever hospital, cures fever.")
                == ["disease-in-product-copy", "symptom-claim"])
    }

    @Test func aMysterysPlotIsNoClaim() {
        let text =
            "This cosy mystery has a retired vicar solving a poisoning at the harvest supper."
        #expect(Fixtures.errorRules(text).isEmpty, "\(Fixtures.errorRules(text))")
    }

    @Test(arguments: [
        "Vitamin A helps your body handle iron the way it normally should.",
        "Riboflavin tablets: riboflavin helps your body use iron normally.",
        "Vitamin K helps your blood clot normally.",
        "Calcium helps your blood clot the way it normally should.",
    ])
    func theRegistersWordingsInLayWordsAreAuthorised(_ text: String) {
        let errors = Fixtures.errorRules(text, market: .eu)
        #expect(errors.isEmpty, "\(errors)")
        #expect(
            Fixtures.check(text + "\n", market: .eu).contains {
                $0.rule == "eu-authorised-health-claim"
            })
    }
}
