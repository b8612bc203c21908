import EvidentCheck
import EvidentModel
import Testing

/// A word that can name an illness, a drug or a germ counts as one only in a health context:
/// the same word in weather, sport, idioms, history or a person's name is no claim.
struct WordSenseTests {
    static func errors(_ text: String) -> [Finding] {
        Fixtures.check(text).filter { $0.severity == .error }
    }

    @Test(arguments: [
        "A cold front brings rain to the coast this weekend.",
        "She played a stroke of genius on the final hole.",
        "Our backstroke class meets on Thursdays.",
        "Moving house was a real headache.",
        "The shop opened in 1921, the year after the influenza pandemic.",
        "Dr. Alzheimer described the case in 1906.",
        "Free shipping when you add two bottles to your cart.",
        "Ms. Rivera founded the company in 2004.",
        // Rule F14c: "stroking" (a light touch) is the verb's action, never the condition,
        // even beside health words.
        "Gently stroking your baby's back supports calm, restful sleep.",
        // Rule F5b's "MS" counts only in capitals, and not among a person's degrees.
        "Formulated by Jane Doe, MS, RD, to support healthy digestion.",
    ])
    func everydaySenseIsNoClaim(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text).map(\.rule))")
    }

    @Test(arguments: [
        "Fights colds naturally.",
        "Helps prevent a second stroke.",
        "Cuts the risk of strokes in older adults.",
        "Relieves tension headaches in minutes.",
        "Slows the progression of Alzheimer's.",
        "Supports people living with Parkinson's.",
        "Slows the progression of MS, naturally.",
    ])
    func healthSenseIsAClaim(_ text: String) {
        #expect(Self.errors(text).contains { $0.category == .diseaseClaim })
    }

    /// What the finding recognised: a possessive eponym spans the name as written.
    @Test func eponymFindingSpansThePossessive() throws {
        let finding = try #require(Self.errors("Reverses Crohn's for good.").first)
        #expect(finding.text.contains("Crohn's"))
    }

    /// A particle that heads the words after it is a preposition, not the end of a condition
    /// phrase ("toes in winter" is not "toeing in"); before a preposition, a clause adverb or
    /// the end of the clause, it is.
    @Test(arguments: [
        "Warm socks for fingers and toes in the cold months.",
        "Our volunteers were passing out samples at the marathon.",
        "He was throwing up his arms in delight at the finish line.",
    ])
    func particleHeadingAPhraseIsAPreposition(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text).map(\.rule))")
    }

    @Test(arguments: [
        "I kept passing out in the shower until I tried these drops.",
        "My son stopped throwing up at night after a week of the ginger chews.",
    ])
    func particleEndingTheConditionCounts(_ text: String) {
        #expect(Self.errors(text).contains { $0.category == .diseaseClaim })
    }

    /// What a taste or smell is likened to is a flavour; a claim after the simile's clause
    /// still counts.
    @Test(arguments: [
        "The lozenges taste like a cherry cough syrup from childhood.",
        "Our lavender spray smells like a spa, not a hospital.",
        "Tastes like medicine? Not this one: it is pure mango.",
    ])
    func simileIsAFlavour(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text).map(\.rule))")
    }

    @Test func claimAfterASimileCounts() {
        let text = "Tastes like candy and relieves a cough in minutes."
        #expect(Self.errors(text).contains { $0.category == .diseaseClaim })
    }

    /// A phrasal verb of pruning is not the "cut" of cutting a risk.
    @Test(arguments: [
        "Cut back the weeping fig after the first frost.",
        "Cut them back hard in March and they bloom again.",
    ])
    func pruningIsNoTreatment(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text).map(\.rule))")
    }
}
