import EvidentCheck
import Testing

/// Session 27's readings of condition words outside a body (hardening): a name on a bill (rule
/// N11 of `.ci/derive-senses`, `TaggedSentence.nameOnBill`), a thing a condition's participle
/// describes (`TaggedSentence.isThingDescribed`), and rule N10's vote read by the EU rules
/// (`@company-elsewhere`) with a word of health that is also the other domain's.
struct BillNameTests {
    static func errors(_ text: String) -> [String] {
        Fixtures.check(text + "\n").filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        "Main stage, Saturday: Tennis Elbows play their farewell set, with support from Scurvy Dogs.",
        "Tickets for the Slipped Discs reunion tour sold out in an hour.",
        "The Shin Splints reunite at the Town Hall for one night only, supported by The Chilblains.",
        "Tonight at the Old Fire Station: Septic Tonsils, supported by The Chilblains.",
        // a name's own "The" after a colon, its condition one word (session 28)
        "Friday at the Anchor: The Shingles, with support from Gout Brass Band; doors at nine.",
        "On the main stage: The Rickets, with support from the Brass Monkeys.",
    ])
    func aConditionInAnActsNameOnABillIsNoIllness(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    @Test(arguments: [
        ("The Common Cold is no match for our zinc lozenges.", "disease-claim"),
        (
            "Beat Chronic Fatigue with our ginseng tonic, as heard on the festival stage.",
            "symptom-claim"
        ),
    ])
    func aProductOrASubstanceKeepsTheCapitalisedCondition(_ text: String, _ rule: String) {
        #expect(Self.errors(text).contains(rule), "\(Self.errors(text))")
    }

    @Test func aConditionsParticipleBeforeAThingDescribesTheThing() {
        #expect(Self.errors("The new lens cures a nearsighted camera in seconds.").isEmpty)
        #expect(
            Self.errors("Our eye drops cure nearsighted children in a month.").contains(
                "disease-claim"))
    }

    @Test func aGardenSentenceIsNoEUHealthClaim() {
        #expect(
            Self.errors("Cut out the cankered wood in dry weather and burn the prunings.").isEmpty)
        #expect(Self.errors("Prune juice ends constipation in a day.").contains("symptom-claim"))
    }
}
