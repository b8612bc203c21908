import EvidentModel
import Testing

@testable import EvidentCheck

/// A food named only by its kind is that food: the claims name foods as classes ("certain
/// cheeses", "organ meats"), copy names a kind ("Wensleydale", "tripe"); `@kind-of-<concept>`
/// (food-kinds.yaml, derived from WordNet's hyponyms by `.ci/derive-food-kinds`) gives the
/// concept those names. Written for this test, not taken from an evaluation set.
struct FoodKindClaimTests {
    static let checker = Checker(book: Fixtures.book, assessments: ClaimMeaningTests.claims)

    static func named(_ text: String) -> String? {
        checker.explain(text)?.claimID.rawValue
    }

    @Test(arguments: [
        "Market stall: Limburger and Danish blue, both with some vitamin K2.",
        "The ploughman's lunch comes with Cheshire cheese, a little vitamin K2 on the side.",
    ])
    func aCheeseNamedByItsKindIsCheese(_ text: String) {
        #expect(Self.named(text) == "cheese-rich-in-k2", "\(text): \(Self.named(text) ?? "none")")
    }

    /// The derived names are a food's only: a word WordNet files first as an organ ("liver",
    /// "heart") is no kind of organ meat, so the organ's claims keep it.
    @Test func theKindsAreFoodsOnly() throws {
        let book = Fixtures.book
        let organMeats = book.lexicon.words(ofClass: "kind-of-organ-meat")
        #expect(!organMeats.isEmpty)
        for organ in ["liver", "heart", "brain", "tongu", "organ"] {
            #expect(!organMeats.contains(organ), "\(organ)")
        }
        #expect(book.lexicon.words(ofClass: "kind-of-cheese").contains("stilton"))
    }
}
