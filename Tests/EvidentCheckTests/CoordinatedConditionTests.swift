import EvidentModel
import Testing

@testable import EvidentCheck

/// A word coordinated before a condition's head names its own condition with that head
/// ("heart and artery disease" names heart disease too). Sentences written for this test.
struct CoordinatedConditionTests {
    static func errors(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.text)
    }

    @Test(arguments: [
        ("Protects against heart and artery disease.", ["heart", "artery disease"]),
        (
            "Our tea protects against kidney, liver and heart disease.",
            ["kidney, liver", "heart disease"]
        ),
        ("Shields you from breast or prostate cancer.", ["breast", "prostate cancer"]),
        // the pieces of a camel-case name share its offsets: no text lies between them
        ("Meet our HeartAndLung Disease Defense capsules.", ["HeartAndLung"]),
    ])
    func coordinatedWordsNameTheirCondition(_ text: String, _ expected: [String]) {
        #expect(Self.errors(text) == expected)
    }

    /// A word that with the head names no disease, or a head that ends no condition, stays a
    /// word: health of two organs is structure/function.
    @Test(arguments: [
        "Supports heart and brain health.", "Good for bone and joint health.",
        "Salt and pepper to taste.", "Made with love and care for the whole family.",
    ])
    func otherCoordinationsNameNothing(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(text): \(Self.errors(text))")
    }
}
