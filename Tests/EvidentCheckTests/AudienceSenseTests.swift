import EvidentCheck
import EvidentModel
import Testing

/// Session 28's rule W (hardening): lawful words in the audience phrase. An occupation after
/// "for" is whom the copy addresses, not a clinician of a story (`TaggedSentence
/// .dropAudienceClinicians`); a condition's describing word alone before a thing's noun
/// describes the thing (`TaggedSentence.isDescribingWord`, rule N5). A clinician of the story,
/// a cold someone has and a remedy's noun keep the claim.
struct AudienceSenseTests {
    static func errors(_ text: String) -> [String] {
        Fixtures.check(text + "\n", market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        "Xylitol gum for school nurses, supporting a clean mouth after lunch.",
        "Chamomile and lemon balm to support restful sleep, for ambulance dispatchers and nurses coming off the night shift.",
        "Marigold lutein softgels for snooker referees in a cold hall, supporting macular pigment.",
        "Supports natural energy levels, for drivers on the cold-chain delivery routes.",
    ])
    func anAudienceIsNoClaim(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    @Test(arguments: [
        "The nurses couldn't believe it: six weeks on the capsules and my ulcer had healed.",
        "These zinc lozenges cut my cold short in two days.",
        "Our elderberry syrup is the cold remedy the whole family trusts.",
    ])
    func aClinicianOfTheStoryAndAnIllnessKeepTheClaim(_ text: String) {
        #expect(Self.errors(text).contains("disease-claim"), "\(Self.errors(text))")
    }
}
