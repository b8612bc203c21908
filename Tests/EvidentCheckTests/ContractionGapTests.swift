import EvidentCheck
import EvidentModel
import Testing

/// Rule R asks whether punctuation separates two words; a contraction's `n't` token overlaps
/// the word before it ("don't" → do, not), so the gap between them is empty, not a reversed
/// range. A sentence with a contraction after a vocabulary word is read (it crashed the
/// release binary of bf429d9 with "Range requires lowerBound <= upperBound"), and reads as
/// its spelled-out form does.
struct ContractionGapTests {
    static func findings(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).map { "\($0.severity) \($0.rule)" }.sorted()
    }

    @Test(arguments: [
        ("The joints don't swell.", "The joints do not swell."),
        ("Since the tea my ankles don't swell.", "Since the tea my ankles do not swell."),
        ("Our tyres don't crack in the frost.", "Our tyres do not crack in the frost."),
    ])
    func contractionReadsAsItsFullForm(_ contracted: String, _ spelled: String) {
        #expect(Self.findings(contracted) == Self.findings(spelled), "\(contracted)")
    }
}
