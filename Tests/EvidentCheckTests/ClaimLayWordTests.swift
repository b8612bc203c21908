import EvidentCheck
import EvidentModel
import Testing

/// A patient's words for what a claim names: a medicine's dose form in any of its words ("water
/// tablet" for WordNet's "water pill"), and WordNet's lay lemmas of a microbe ("bugs"). Written
/// for this test, not taken from an evaluation set.
struct ClaimLayWordTests {
    static let claims = [
        ClaimMeaningTests.claim("k2-diuretic", "Vitamin K2 is a natural diuretic."),
        ClaimMeaningTests.claim(
            "k2-gut-bacteria", "Vitamin K2 is made by the bacteria of the gut.",
            keywords: ["gut bacteria"]),
    ]

    private static func named(_ text: String) -> [String] {
        Fixtures.check(text, assessments: claims).compactMap(\.claimID).map(\.rawValue)
    }

    @Test(arguments: [
        "Vitamin K2 works like a gentle water capsule.",
        "Menaquinone-7, the water tablets nature makes.",
    ])
    func aDoseFormInAnyWordNamesTheMedicine(_ text: String) {
        #expect(Self.named(text).first == "k2-diuretic", "\(text): \(Self.named(text))")
    }

    @Test func aMicrobesLayNameIsOne() {
        let text = "Friendly bugs deep in your bowel turn out vitamin K2 all day."
        #expect(Self.named(text).first == "k2-gut-bacteria", "\(Self.named(text))")
    }
}
