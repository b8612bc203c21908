import EvidentCheck
import Testing

/// Session 29's readings of condition words no product acts on (hardening): a story's plot
/// (rule N12 of `.ci/derive-senses`, `TaggedSentence.speaksOfStory`), a condition's own words
/// as no cue (`dropCuesInsideConditions`), a condition said of a thing (`dropFigures`) and the
/// body's natural course (`dropNaturalCourses`).
struct StoryAndFigureTests {
    static func errors(_ text: String) -> [String] {
        Fixtures.check(text + "\n").filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        "In the last chapter the governess realises the colonel's cocoa was laced with arsenic and his stroke was no accident.",
        "The thriller follows a nurse who uncovers a poisoning ring at a seaside care home.",
        "In the film the village doctor's cure for the plague turns out to be a fraud.",
    ])
    func aStorysPlotIsNoClaim(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    @Test func aProductOrTheReaderKeepsTheStorysCondition() {
        // a product named beside the story's words, or the reader addressed, is copy again
        #expect(
            Self.errors("Our turmeric capsules cured my arthritis, a story worthy of a film.")
                .contains("disease-claim"))
        #expect(
            Self.errors("Like the detective in the novel, you can beat arthritis with our tea.")
                .contains("disease-claim"))
    }

    @Test func aConditionsOwnWordIsNoCue() {
        #expect(Self.errors("The heart attack was no accident.").isEmpty)
        #expect(Self.errors("Prevents heart attacks in older dogs.").contains("disease-claim"))
    }

    @Test(arguments: [
        "The new manager says the club's losing habit is a disease he intends to cure.",
        "Procrastination is a chronic condition in our office, and the only known cure is a deadline.",
        "The pundit called the team's sloppy defending a cancer that has to be cut out.",
    ])
    func aConditionSaidOfAThingIsAFigure(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    @Test func aConditionSaidOfABodyOrTheProductStays() {
        #expect(
            Self.errors("Arthritis is a disease our turmeric capsules cure.").contains(
                "disease-claim"))
        #expect(
            Self.errors("Your dog's limp is a disease our chews cure in a week.").contains(
                "disease-claim"))
    }

    @Test func theBodysNaturalCourseIsNoDisease() {
        #expect(
            Self.errors(
                "Hay for house rabbits, to support healthy digestion and natural tooth wear."
            )
            .allSatisfy { $0 != "disease-claim" })
        #expect(
            Self.errors("A mineral lick to support ewes through late pregnancy.").allSatisfy {
                $0 != "disease-claim"
            })
        // "natural" before the product's noun calls the product natural
        #expect(
            Self.errors("Our natural arthritis remedy eases stiff joints.").contains {
                $0 == "disease-claim" || $0 == "disease-in-product-copy"
            })
    }
}
