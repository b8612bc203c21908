import EvidentCheck
import EvidentModel
import Testing

/// Reg 1924/2006 Art 10(1): a health claim is prohibited unless authorised. Under `--market eu`
/// a sentence that claims an effect on a body function about the product is an unauthorised
/// health claim whether or not it names a substance Evident knows: naming none, the claim is
/// about "this product" (no authorised wording is about a product alone); naming one the register
/// and `substances.yaml` do not know, it is still a claim about the product.
@Suite struct EUProductClaimTests {
    private static func unauthorised(_ text: String) -> [Finding] {
        Fixtures.check(text + "\n", market: .eu).filter { $0.rule == "unauthorised-health-claim" }
    }

    /// Claims of an effect on a body function, the product unnamed or named by words Evident
    /// has no substance for (written for this test, not taken from an evaluation set).
    @Test(arguments: [
        "Keeps your joints limber on long hikes.",
        "Supports healthy digestion after heavy meals.",
        "These gummies help your muscles recover faster.",
        "Sea moss gel supports your immune system all winter.",
        "Our mushroom blend supports focus during long workdays.",
        "Jiaogulan tea helps maintain normal blood pressure.",
        // a function or state of a person's body with its holder (`@eu-body-function`)
        "Ecdysterone boosts your testosterone before the weekend.",
        "Laxogenin raises his testosterone in a month.",
        "Ecdysterone raises your free testosterone by the weekend.",
        // a long subject phrase: what its verb acts on follows the verb
        "Nettle tea from the meadow behind our little village cafe keeps older joints supple.",
    ])
    func aHealthClaimNamingNoKnownSubstanceIsUnauthorised(_ text: String) {
        let found = Self.unauthorised(text)
        #expect(found.count == 1, "\(text)")
        #expect(
            found.first?.message
                == "unauthorised health claim: '\(text)' is not an authorised EU health claim for this product (no authorised wording of the EU register says it)"
        )
    }

    /// A substance the copy names is named in the message, quoted.
    @Test func aKnownSubstanceIsNamed() {
        let text = "Ashwagandha keeps your joints flexible."
        #expect(
            Self.unauthorised(text).map(\.message) == [
                "unauthorised health claim: '\(text)' is not an authorised EU health claim for 'Ashwagandha' (no authorised wording of the EU register says it)"
            ])
    }

    /// Everyday sentences that use a body word in another sense, or speak of no effect on a
    /// body, are no health claim.
    @Test(arguments: [
        "This song keeps the mood light at any party.",
        "Our new kettle heats water in under a minute.",
        "The update fixes a memory problem in the settings screen.",
        "A sweet treat for anyone with a sweet tooth.",
        "Shake well and pour over ice.",
        "Free shipping keeps our customers happy.",
        "Store in a cool, dry place away from sunlight.",
        // a state of mind cured in a figure, by a person
        "Our quizmaster will cure your boredom on wet Sunday afternoons.",
    ])
    func anEverydaySentenceIsNoHealthClaim(_ text: String) {
        #expect(Self.unauthorised(text).isEmpty, "\(text)")
    }

    /// An authorised wording stays authorised, and outside the EU the reading does not apply.
    @Test func lawfulAndOtherMarketsStayClean() {
        #expect(
            Self.unauthorised("Vitamin C contributes to the normal function of the immune system.")
                .isEmpty)
        #expect(
            Fixtures.check("Keeps your knees limber on long hikes.\n", market: .us).filter {
                $0.rule == "unauthorised-health-claim"
            }.isEmpty)
    }
}
