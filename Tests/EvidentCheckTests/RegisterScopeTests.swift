import EvidentCheck
import EvidentModel
import Testing

/// The EU register reads a sentence's substance from the sentence itself or, when it names
/// none, from the sentences before it in the same paragraph: a finding on a sentence does not
/// depend on an unrelated earlier paragraph.
@Suite struct RegisterScopeTests {
    private static func register(_ text: String, format: TextFormat = .plain) -> [Finding] {
        Fixtures.check(text, market: .eu, format: format).filter {
            $0.category == .unauthorisedHealthClaim
        }
    }

    /// Alone, the sentence names no substance: its claim is about the product.
    static let productClaim =
        "unauthorised health claim: 'Supports healthy gums.' is not an authorised EU health claim for this product (no authorised wording of the EU register says it)"

    @Test func aLaterParagraphIsNotAboutAnEarlierParagraphsSubstance() {
        let second = "Supports healthy gums."
        #expect(Self.register(second).map(\.message) == [Self.productClaim])
        let document = "Each capsule provides vitamin B12 and ashwagandha root.\n\n" + second + "\n"
        #expect(Self.register(document).map(\.message) == [Self.productClaim])
        let spaced = "Each capsule provides vitamin B12 and ashwagandha root.\n  \n" + second + "\n"
        #expect(Self.register(spaced).map(\.message) == [Self.productClaim])
    }

    @Test func anHTMLParagraphIsAScopeToo() {
        let html =
            "<p>Each capsule provides vitamin B12 and ashwagandha root.</p><p>Supports healthy gums.</p>"
        #expect(Self.register(html, format: .html).map(\.message) == [Self.productClaim])
    }

    @Test func withinAParagraphTheSubjectCarriesOver() {
        let findings = Self.register(
            "Each capsule provides vitamin B12 and ashwagandha root. Supports healthy gums.\n")
        #expect(findings.map(\.rule) == ["unauthorised-health-claim"])
        #expect(
            findings.first?.message
                == "unauthorised health claim: 'Supports healthy gums.' is not an authorised EU health claim for 'vitamin B12' (no authorised wording of the EU register says it)"
        )
    }

    @Test func aSingleLineBreakDoesNotEndTheParagraph() {
        let findings = Self.register(
            "Each capsule provides vitamin B12 and ashwagandha root.\nSupports healthy gums.\n")
        #expect(findings.map(\.rule) == ["unauthorised-health-claim"])
    }
}
