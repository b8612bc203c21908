import EvidentCheck
import EvidentModel
import Testing

/// A germ named before a culture grown on purpose (WordNet's culture.n.04 and starter.n.01,
/// `@culture-noun`) is a food's ingredient, not an infection the product acts on; the germ
/// named alone, and a disease's name before "culture", stay what they were.
struct GrownCultureTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .all).filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        "Our skyr is cultured with Streptococcus thermophilus starters from Iceland.",
        "Every jar holds Streptococcus cultures and whole milk, nothing else.",
    ])
    func germAsACultureIsNoDisease(_ copy: String) {
        #expect(!Self.rules(copy).contains("disease-claim"), "\(copy)")
    }

    @Test(arguments: [
        "Our gargle wipes out Streptococcus in your throat.",
        "Our drops clear candidiasis cultures for good.",
    ])
    func germOrDiseaseWithoutACultureStays(_ copy: String) {
        #expect(Self.rules(copy).contains("disease-claim"), "\(copy)")
    }
}
