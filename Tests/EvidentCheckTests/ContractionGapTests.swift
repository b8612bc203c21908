import EvidentCheck
import EvidentModel
import Testing

/// Rule R asks whether punctuation separates two words; a contraction's `n't` token overlaps
/// the word before it ("don't" → do, not), so the gap between them is empty, not a reversed
/// range. A sentence with a contraction after a vocabulary word is read (it crashed the
/// release binary of bf429d9 with "Range requires lowerBound <= upperBound"), reads as its
/// spelled-out form does, and gives the findings pinned here: a comparison of two empty lists
/// alone could fail only by crashing.
struct ContractionGapTests {
    static func findings(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).map { "\($0.severity) \($0.rule)" }.sorted()
    }

    @Test(arguments: [
        // No claim: a part of the body or an artifact that does not swell or crack.
        ("The joints don't swell.", "The joints do not swell.", [String]()),
        ("Our tyres don't crack in the frost.", "Our tyres do not crack in the frost.", []),
        // The contraction beside a claim: the claim is still read, and the artifact adds none.
        (
            "Our tyres don't crack in the frost, and our capsules cure arthritis.",
            "Our tyres do not crack in the frost, and our capsules cure arthritis.",
            ["error disease-claim"]
        ),
        (
            "Since the drops my migraines don't come back.",
            "Since the drops my migraines do not come back.",
            // the story is the sentence's testimonial (implied's refines-within, session 16);
            // the named disease is read on its own
            ["error disease-reference", "error testimonial-story-across"]
        ),
        (
            "Thanks to our tea my gout doesn't flare up any more.",
            "Thanks to our tea my gout does not flare up any more.", ["error disease-claim"]
        ),
        // The words of a simile run to the end of its clause across the contraction (the
        // release binary of 139d37a trapped here, in `dropSimiles`).
        ("It tastes like it doesn't hurt at all.", "It tastes like it does not hurt at all.", []),
    ])
    func contractionReadsAsItsFullForm(
        _ contracted: String, _ spelled: String, _ expected: [String]
    ) {
        #expect(Self.findings(contracted) == expected, "\(contracted)")
        #expect(Self.findings(spelled) == expected, "\(spelled)")
    }
}
