import EvidentModel
import Testing

@testable import EvidentCheck

/// Everyday uses of a condition's or a drug's word read by their grammar (session 23,
/// `TaggedSentence+Described.swift`, `TaggedSentence+Works.swift`): a describing word in a
/// string before a time, the weather, a food or a thing (rule N5 of `.ci/derive-senses`), a
/// condition given to someone as the thing of "give", and a drug or a condition in the title of
/// a work, a band or a team (rule N6), and a condition likened to a colour (rule N7). Written
/// for this test, not taken from an evaluation set.
@Suite struct EverydayGrammarTests {
    private static func errors(_ text: String, market: Market = .all) -> [Finding] {
        Fixtures.check(text + "\n", market: market).filter { $0.severity == .error }
    }

    @Test(arguments: [
        "Our ginger tea supports healthy circulation through the cold, wet evenings.",
        "Magnesium supports normal muscle function on cold and blustery afternoons.",
        "Zinc supports normal immune function through the cold, grey and damp months.",
        "Our lip balm keeps lips soft against a cold wind on the ski slopes.",
    ])
    func aDescribingWordInAStringNamesNoIllness(_ text: String) {
        #expect(
            !Self.errors(text, market: .us).contains { $0.rule == "disease-claim" },
            "\(text): \(Self.errors(text, market: .us).map(\.message))")
    }

    /// The illness stays one alone before a noun, before a condition or a sign in the string,
    /// and before a part of the body.
    @Test(arguments: [
        "Our zinc lozenges cut a cold short in two days.",
        "Our elderberry syrup cures a cold, flu and winter sniffles.",
        "Our elderberry syrup cures a cold and sore throat by the weekend.",
    ])
    func theIllnessStaysOne(_ text: String) {
        #expect(!Self.errors(text, market: .us).isEmpty, "\(text)")
    }

    /// A condition joined to a colour's word by a hyphen names the colour; before a part of
    /// the body it stays the condition, the colour its sign.
    @Test func aConditionLikenedToAColourNamesTheColour() {
        let text = "Our sleep spray comes in a jaundice-yellow bottle."
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text).map(\.message))")
        #expect(!Self.errors("Our cream calms eczema-red skin by morning.", market: .us).isEmpty)
    }

    @Test(arguments: [
        "The plumber's invoice nearly gave my accountant a heart attack.",
        "The pharmacy queue alone was enough to give my husband a migraine.",
        "Watching the penalty shoot-out is enough to give anyone a heart attack.",
    ])
    func aConditionGivenIsCaused(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(text): \(Self.errors(text).map(\.message))")
    }

    /// A condition joined to a word after it by a hyphen makes a new phrase: the product's
    /// claim ("a seizure-free summer") is read as before.
    @Test func aConditionWithAHyphenIsNotGiven() {
        let text = "Our hemp drops gave my son a seizure-free summer."
        #expect(!Self.errors(text, market: .us).isEmpty)
    }

    @Test(arguments: [
        "Tonight's film club: Ativan, the 2019 documentary about a Glasgow pharmacy.",
        "The reading group has picked Xanax Dreams, a short story collection from Cork.",
        "Tickets for the band Tamiflu Riot go on sale at nine.",
    ])
    func aDrugInATitleNamesTheWork(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(text): \(Self.errors(text).map(\.message))")
    }

    /// A drug the copy compares the product with stays one, named alone or with an
    /// apposition that is no work.
    @Test(arguments: [
        "Our magnesium stops the racing and fluttering that doctors call Valium withdrawal.",
        "All the calm of Ativan, the natural way.",
        "Works like Ozempic, the weight-loss drug everyone is talking about.",
    ])
    func aDrugComparedStaysOne(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }
}
