import EvidentModel
import Testing

@testable import EvidentCheck

/// The object of a verb of the register's nouns of action ("absorb" of "absorption") is the
/// relationship's own target, which an authorised wording must say too: it is no circumstance
/// of the claim (`Checker.objectsOfRelationshipVerbs`).
@Suite struct RegisterRelationshipObjectTests {
    private static func rules(_ text: String) -> [String] {
        Fixtures.check(text + "\n", market: .eu).map(\.rule)
    }

    @Test func whatIsAbsorbedMustBeWhatTheWordingAbsorbs() {
        // "Vitamin C increases iron absorption": moisture is not iron.
        #expect(
            Self.rules("Vitamin C helps your skin absorb moisture.").contains(
                "unauthorised-health-claim"))
        #expect(
            Self.rules("Vitamin C helps your body absorb iron.").contains(
                "eu-authorised-health-claim"))
        #expect(
            !Self.rules("Vitamin C helps your body absorb iron.").contains(
                "unauthorised-health-claim"))
    }

    @Test func anObjectTheWordingNamesKeepsTheClaimAuthorised() {
        // "produce" (of "production") takes "hormones" past "its": the wording's own target.
        let rules = Self.rules("Iodine helps your thyroid produce its hormones normally.")
        #expect(rules.contains("eu-authorised-health-claim"))
        #expect(!rules.contains("unauthorised-health-claim"))
    }
}
