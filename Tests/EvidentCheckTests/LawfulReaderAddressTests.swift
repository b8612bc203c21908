import EvidentModel
import Testing

@testable import EvidentCheck

/// The lawful neighbours of a reader-promise (written for this test, none taken from an
/// evaluation set): copy addressed to the reader — an imperative, "you'll" or verbless — that
/// names an everyday bodily action or a normal state with no sign that it is impaired now (no
/// "again", no "without" a crutch or a complaint, no span of suffering). A structure/function
/// or cosmetic promise, not a disease claim (21 CFR 101.93(f)): under `--market us` none of
/// them is an error, whatever frame reads the reader's promises.
@Suite struct LawfulReaderAddressTests {
    @Test(arguments: [
        "Wake up feeling rested after a proper night's sleep.",
        "Enjoy the afternoon walk with energy to spare.",
        "Keep up with the grandchildren on the weekend hike.",
        "Stay focused through back-to-back meetings.",
        "Recover faster after a long run.",
        "Sleep soundly through the night.",
        "Hear every note at the concert.",
        "Your skin, soft and glowing all winter.",
        "Strong nails that grow long.",
        "Move freely on the dance floor.",
        "You'll love how your hair shines after the first month.",
        "Climb the stairs to the office with a spring in your step.",
        "Get through a busy Saturday shift with steady energy.",
        "Bend down to weed the borders all afternoon.",
        "You'll sleep like a baby on the night before the wedding.",
        "Taste every spice in the curry.",
    ])
    func aPromiseOfANormalStateIsNoError(_ text: String) {
        let errors = Fixtures.check(text + "\n", market: .us).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(text): \(errors.map(\.rule))")
    }
}
