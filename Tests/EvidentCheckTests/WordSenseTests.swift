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
    ])
    func everydaySenseIsNoClaim(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text).map(\.rule))")
    }

    @Test(arguments: [
        "Fights colds naturally.",
        "Helps prevent a second stroke.",
        "Relieves tension headaches in minutes.",
        "Slows the progression of Alzheimer's.",
        "Supports people living with Parkinson's.",
    ])
    func healthSenseIsAClaim(_ text: String) {
        #expect(Self.errors(text).contains { $0.category == .diseaseClaim })
    }

    /// What the finding recognised: a possessive eponym spans the name as written.
    @Test func eponymFindingSpansThePossessive() throws {
        let finding = try #require(Self.errors("Reverses Crohn's for good.").first)
        #expect(finding.text.contains("Crohn's"))
    }
}
