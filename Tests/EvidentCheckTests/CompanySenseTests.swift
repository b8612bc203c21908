import EvidentCheck
import Testing

/// Session 25's reading of a condition's word by the company it keeps (rule N10 of
/// `.ci/derive-senses`, `TaggedSentence+Company.swift`): a noun of a plant, money, a made thing
/// or the weather, and nothing of a body or its care, make the sentence that domain's. A part of
/// the body, the product, a substance, an animal, a relative or a condition named only as one
/// keeps the claim.
struct CompanySenseTests {
    static func errors(_ text: String) -> [String] {
        Fixtures.check(text + "\n").filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        "Wet rot in the rafters was cut away and the new joists treated against recurrence.",
        "Our lawn had snow mould disease all winter; a spring feed and it recovered.",
    ])
    func aConditionInTheCompanyOfAnotherDomainIsNoIllness(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    @Test(arguments: [
        "After pruning the orchard all day, my knee arthritis used to flare; the fish oil ended it.",
        "Dutch elm disease took our trees, but our elm-bark tincture ends gout for good.",
        "The engine of this formula: curcumin that ends gout for good.",
        "Our founder's arthritis cleared on our turmeric capsules, and the orchard thrives too.",
    ])
    func aBodyAProductOrANamedDiseaseKeepsTheClaim(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }
}
