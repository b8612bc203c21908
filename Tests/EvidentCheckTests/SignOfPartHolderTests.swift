import EvidentModel
import Testing

@testable import EvidentCheck

/// A sign "of" a part of the body is the body's: a thing's word before the part modifies it
/// ("lower", also a berth; "dental", also a consonant), and a condition the vocabulary names over
/// the sign and its site ("abrasion of lower leg", ICD-10-CM) reads its site as its own, not as a
/// thing holding the sign (`TaggedSentence.hasThingHolder`, `dropThingHeldSigns`; session 26:
/// 55 vocabulary terms lost in "Say goodbye to your <term>"). A thing after "of" still holds its
/// sign ("the swelling of the kitchen door"). Written for this test, not taken from an
/// evaluation set.
@Suite struct SignOfPartHolderTests {
    private static func errors(_ text: String) -> [Finding] {
        Fixtures.check(text + "\n", market: .us).filter { $0.severity == .error }
    }

    @Test(arguments: [
        "Say goodbye to your abrasion of lower leg with our herbal tea.",
        "Say goodbye to your swelling of lower eyelid with our herbal tea.",
        "Say goodbye to your fracture of lower end of radius with our herbal tea.",
        "Say goodbye to your disorders of globe with our herbal tea.",
    ])
    func aConditionOfThePartIsRead(_ text: String) {
        let found = Self.errors(text)
        #expect(
            found.contains { $0.rule == "disease-claim" || $0.rule == "symptom-claim" }, "\(text)")
    }

    @Test func theSiteAfterASignIsTheBodys() {
        let found = Self.errors("Say goodbye to your pain of lower leg with our herbal tea.")
        #expect(found.map(\.rule) == ["symptom-claim"])
        #expect(
            found.first?.message
                == "disease claim: 'Say goodbye to your pain' claims to treat or relieve a symptom of disease"
        )
    }

    @Test(arguments: [
        "The swelling of the kitchen door has gone down since the heating came on.",
        "The swelling of the old oak door eased after a dry week.",
    ])
    func aThingAfterOfStillHoldsItsSign(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(text): \(Self.errors(text).map(\.message))")
    }
}
