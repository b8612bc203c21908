import EvidentModel
import Testing

@testable import EvidentCheck

/// Session 22's reading of a covering spreading back over a place of the head
/// (`implied-covering-place-filled`): a gap, a bare patch or the skin showing at the hairline,
/// the parting, the crown or the temples (WordNet's places of a head's hair) fills in, grows
/// over or disappears, with no word of the hair or its loss. Sentences written for this test
/// (none from an evaluation set), with the gardens, buildings, hair colour and concealers
/// beside the reading.
struct CoveringPlaceReadingTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        // a gap along a possessed hairline, grown over
        "Four months on the biotin gummies and the gaps along his hairline have grown over.",
        // a bare patch at the crown, vanished
        "The bare patch at my crown vanished after a winter on the scalp tonic.",
        // the place itself, possessed, filled back in
        "Since the rosemary drops my temples have filled back in.",
    ])
    func readsPlaceCovered(copy: String) {
        #expect(Self.rules(copy).contains("implied-covering-place-filled"), "\(copy)")
    }

    /// A covering's loss told by a word of WordNet's (thinned), then a covering's return ("filled
    /// back out"): `implied-covering-regrown`, widened to the returns of a place.
    @Test func readsLossThenReturn() {
        let copy =
            "Her brows had thinned at the ends; since the castor oil drops they have filled back out."
        #expect(Self.rules(copy).contains("implied-covering-regrown"), "\(copy)")
    }

    /// A gap of a garden or a building, a place named as no body's, colour and concealers that
    /// hide a bare place (WordNet's dye, cosmetic, hairpiece; fibres and "instantly" from the
    /// overlay), a haircut growing out.
    @Test(arguments: [
        "The gap in the hedge by the temple ruins has filled in nicely.",
        "The new lawn seed filled in the bare patches by the shed within three weeks.",
        "Polls show the gap at the top has closed up since March.",
        "Our root colour fills in the grey at your parting in under an hour.",
        "Hair fibres fill in thin spots at the crown instantly.",
        "The patch at the crown filled in once his buzz cut grew out.",
        "The crown of the old oak has filled in after the storm.",
    ])
    func leavesOtherCoverings(copy: String) {
        let fired = Self.rules(copy)
        #expect(!fired.contains("implied-covering-place-filled"), "\(copy)")
        #expect(!fired.contains("implied-covering-regrown"), "\(copy)")
    }

    /// The message names the place read.
    @Test func messageNamesThePlace() {
        let message = Fixtures.message(
            "Since the rosemary drops my temples have filled back in.",
            "implied-covering-place-filled")
        #expect(
            message
                == "disease claim: 'my temples have filled back in' says a bare place of the scalp is covered again (hair loss treated)"
        )
    }
}
