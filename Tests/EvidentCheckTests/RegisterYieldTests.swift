import EvidentModel
import Testing

@testable import EvidentCheck

/// `unless-register: [authorised]`: a symptom, a condition or a marker that an authorised EU
/// wording itself names is that authorised claim when the check is for the EU alone; under
/// `--market all` the US reading of the same words stands (written for this test, not taken
/// from an evaluation set).
@Suite struct RegisterYieldTests {
    private static func rules(_ text: String, _ market: Market) -> [String] {
        Fixtures.check(text + "\n", market: market).filter { $0.severity == .error }.map(\.rule)
    }

    private static func authorised(_ text: String) -> Bool {
        Fixtures.check(text + "\n", market: .eu).contains {
            $0.rule == "eu-authorised-health-claim"
        }
    }

    /// The authorised wording in lay words: no disease claim under `--market eu`, the
    /// symptom or marker still read under `--market all` and `--market us`.
    @Test(arguments: [
        "Pantothenic acid, for a reduction in weariness and fatigue.",
        "Folate helps lessen weariness and tiredness.",
        "Taking hydroxypropyl methylcellulose with a meal helps to reduce the rise in blood glucose after that meal.",
    ])
    func anAuthorisedWordingIsNoDiseaseClaimInTheEU(_ text: String) {
        #expect(Self.authorised(text), "\(text)")
        #expect(Self.rules(text, .eu).isEmpty, "\(Self.rules(text, .eu))")
        #expect(!Self.rules(text, .us).isEmpty, "\(text)")
        #expect(!Self.rules(text, .all).isEmpty, "\(text)")
    }

    /// A symptom beside an authorised wording that does not name it is still a disease claim:
    /// the register does not find the sentence authorised.
    @Test func aSymptomTheWordingDoesNotNameStays() {
        let text = "Magnesium eases leg cramps at night and contributes to normal muscle function."
        #expect(!Self.authorised(text))
        #expect(Self.rules(text, .eu).contains("symptom-claim"), "\(Self.rules(text, .eu))")
    }

    /// The key reads from a pack and is listed among the rule keys.
    @Test func theKeyIsARuleKey() {
        #expect(Rule.keyNames.contains("unless-register"))
        let symptom = Fixtures.book.rules.first { $0.id == "symptom-claim" }
        #expect(symptom?.unlessRegister == [.authorised])
    }
}
