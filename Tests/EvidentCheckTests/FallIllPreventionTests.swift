import EvidentCheck
import EvidentModel
import Testing

/// Rule U13 (`.ci/vocab/derive-cure-objects.py`, `@fall-ill-verb`; `@future-negation` in the
/// lexicon): a negated future of a verb of falling ill before a condition promises the
/// condition will not come, the prevent frame of `disease-claim` and `symptom-claim`, whoever
/// the subject is.
struct FallIllPreventionTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter {
            $0.severity == .error && $0.category == .diseaseClaim
        }.map(\.rule)
    }

    @Test(arguments: [
        "Take it all winter and your puppy won't catch parvovirus.",
        "With the elderberry on board she won't come down with shingles this year.",
        "Your hens will never develop coccidiosis on our grower pellets.",
        "Started in your forties, you will not get osteoporosis.",
    ])
    func negatedFutureOfFallingIll(_ copy: String) {
        #expect(!Self.rules(copy).isEmpty, "\(copy)")
    }

    @Test(arguments: [
        "You won't get lost on the way to the clinic.",
        "The parcel won't get to you before Friday.",
        "Our tomatoes will never develop blight under this cover.",
    ])
    func noConditionNoPromise(_ copy: String) {
        #expect(Self.rules(copy).isEmpty, "\(copy): \(Self.rules(copy))")
    }
}
