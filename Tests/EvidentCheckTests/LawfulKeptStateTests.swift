import EvidentModel
import Testing

@testable import EvidentCheck

/// A structure/function claim keeps a normal quality of a part of the body: the unmarked pole
/// of a quality ("flexible", "elastic", "mobile", `@unmarked-quality` from WordNet by
/// `.ci/derive-kept-states`) with the part, right after a verb of such a claim, is the healthy
/// state, even where the vocabulary lists the words as a lay name of a condition ("flexible
/// joints", HPO joint hypermobility; "elastic skin", Ehlers-Danlos syndrome)
/// (`TaggedSentence.dropKeptStates`). Written for this test, not taken from an evaluation set.
@Suite struct LawfulKeptStateTests {
    private static func errors(_ text: String) -> [Finding] {
        Fixtures.check(text + "\n", market: .us).filter { $0.severity == .error }
    }

    @Test(arguments: [
        "Marine collagen gummies to support elastic skin for sailors.",
        "Turmeric and boswellia softgels help maintain flexible joints for yoga teachers.",
        "Supports your healthy, flexible joints on the climbing wall.",
    ])
    func aQualityKeptIsNoCondition(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(text): \(Self.errors(text).map(\.message))")
    }

    /// The verb keeps every item of the list it governs (session 25): the quality as a later
    /// item, after "and", "or" or a comma, the list aimed at a group or not.
    @Test(arguments: [
        "Hyaluronic acid softgels for salsa teachers, supporting mobility and flexible joints.",
        "Glucosamine chews for agility collies, helping maintain comfortable, flexible joints.",
        "Supports: cartilage, joint comfort and flexible joints.",
        "Promotes healthy tendons, supple ligaments or flexible joints on the fell.",
    ])
    func aLaterItemOfTheListIsKept(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(text): \(Self.errors(text).map(\.message))")
    }

    /// "For" before the quality says the state the product is for, as the verb does; a quality
    /// written as a past participle befell the part, and a product for it treats it.
    @Test(arguments: [
        "Rosehip and collagen sachets for flexible joints on long canal walks.",
        "Mineral sun lotion for fair skin on the ski slopes.",
        "Biotin gummies for strong nails and flexible joints.",
    ])
    func theStateAProductIsForIsKept(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(text): \(Self.errors(text).map(\.message))")
    }

    @Test(arguments: [
        "Calcium chews for broken bones in older cats.",
        "Our ginger gel for frozen shoulder.",
    ])
    func aStateThatBefellThePartStaysACondition(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }

    /// A list ends where another phrase or predicate opens: a preposition, a verb of treating,
    /// a stop; there the words name the condition again.
    @Test(arguments: [
        "Our capsules support the knees of dancers with flexible joints and ease their pain.",
        "Supports cartilage. Flexible joints and elastic skin point to Ehlers-Danlos syndrome, which our capsules cure.",
    ])
    func aListEndsAtAnotherPhrase(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }

    /// The same words as what a product acts on, and a quality English marks as lacking, stay
    /// conditions.
    @Test(arguments: [
        "Our capsules cure Ehlers-Danlos syndrome and its elastic skin.",
        "Supports relief of stiff joints caused by arthritis.",
    ])
    func aConditionStaysOne(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }

    /// A type of hair or skin (`@covering-type`, session 26: a quality on a scale whose other
    /// pole the vocabulary also names for the same covering) after "for" is the type a product
    /// is for, not an impairment.
    @Test(arguments: [
        "Night cream for dry skin.",
        "Detangling spray for curly hair after swimming.",
        "Lash serum for long eyelashes.",
    ])
    func aTypeOfHairOrSkinIsWhatAProductIsFor(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(text): \(Self.errors(text).map(\.message))")
    }

    /// The same words after a verb of treating stay the condition.
    @Test func aTypeTreatedStaysACondition() {
        let found = Self.errors("Our balm cures dry skin in a week.")
        #expect(found.map(\.rule) == ["symptom-claim"])
        #expect(
            found.first?.message
                == "disease claim: 'cures dry skin' claims to treat or relieve a symptom of disease"
        )
    }

    /// "Normal" right after a verb of a structure/function claim is the state kept, not a lab
    /// value's after (session 26).
    @Test func aNormalStateKeptIsNoValueMoved() {
        let text =
            "Beta-sitosterol tablets for golfers in their seventies, to maintain normal urinary flow."
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text).map(\.message))")
    }
}
