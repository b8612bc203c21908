import EvidentCheck
import EvidentModel
import Testing

/// Rule U13 (`.ci/vocab/derive-cure-objects.py`, `@fall-ill-verb`; `@future-negation` in the
/// lexicon): a negated future of a verb of falling ill before a condition promises the
/// condition will not come, the prevent frame of `disease-claim` and `symptom-claim`, whoever
/// the subject is. The lay phrasal verbs WordNet files only in other senses (pick up, go down
/// with, come home with) count, and so does bringing an illness home or back; after the frame
/// a word with an everyday sense ("cold") is the illness, and (rule L8b, session 34) so is one
/// that is the whole object of the frame, "have" and "get" too ("you'll never have a stroke").
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
        // the lay phrasal verbs of catching an illness, and an illness brought home
        "Add it to the drinker and the chicks won't pick up coccidiosis.",
        "Feed it all show season and your mare won't go down with strangles.",
        "Give the paste before boarding and your spaniel won't bring kennel cough home.",
        // the illness sense of a word with an everyday one ("cold") after the frame
        "A spoonful every morning and the twins won't catch a single cold all winter.",
        // rule L8b (session 34): the word with an everyday sense as the whole object of
        // "have" or "get" after the negated future is the illness, with no health word
        "A clove of black garlic with supper and you will never have a stroke.",
        "Keep sipping the bone broth and you won't get a cold this winter.",
    ])
    func negatedFutureOfFallingIll(_ copy: String) {
        #expect(!Self.rules(copy).isEmpty, "\(copy)")
    }

    @Test(arguments: [
        "You won't get lost on the way to the clinic.",
        "The parcel won't get to you before Friday.",
        "Our tomatoes will never develop blight under this cover.",
        "The kids won't pick up their toys unless you ask twice.",
        "The dog won't bring the ball back.",
        "You won't catch a cold draught through our triple glazing.",
        // rule L8b reads only the whole object, not a modifier nor a phrase of "of"
        "With our steel flask you'll never have a cold coffee again.",
        "Practise this serve and you will never have a stroke of bad luck at the net.",
    ])
    func noConditionNoPromise(_ copy: String) {
        #expect(Self.rules(copy).isEmpty, "\(copy): \(Self.rules(copy))")
    }
}
