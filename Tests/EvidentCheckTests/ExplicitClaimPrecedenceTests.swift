import EvidentCheck
import EvidentModel
import Testing

/// Session 28's principle G (`TaggedSentence+Precedence.swift`): a guard never silences an
/// explicit claim. A domain vote settles words with more than one sense; a verb of treatment
/// governing a disease named in every sense is the claim whatever else the sentence speaks of,
/// "has" before such a verb is the perfect's (no thing holds the disease), a caution's words
/// after a modal of ability are a promised result, and a disease is never the target of a
/// structure/function claim.
struct ExplicitClaimPrecedenceTests {
    static func findings(_ text: String) -> [Finding] {
        Fixtures.check(text + "\n")
    }

    static func errors(_ text: String) -> [String] {
        findings(text).filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        // a word of another domain (`@other-domain`) beside a cure of a disease
        "The shungite pendant from our shop cures asthma, even near wifi routers.",
        "Plug the frequency generator into any USB port next to your router and it cures migraines.",
        // "has" is the perfect's auxiliary, not a thing holding the disease
        "The okra tonic from the stall has reversed their type 2 diabetes.",
        "The tonic from the market van has cured my gout.",
        // a caution's words after a modal of ability are the promised result
        "Salt-cave inhaler pipe that cures asthma in children, so they can stop using their preventer.",
    ])
    func anExplicitClaimIsNotSilenced(_ text: String) {
        #expect(Self.errors(text).contains("disease-claim"), "\(Self.errors(text))")
    }

    @Test(arguments: [
        // a symptom's verb of another domain keeps the vote ("stop the bleeding")
        "Stop the bleeding in your budget with our free spreadsheet.",
        // no verb of treatment governs the disease
        "The antivirus cures the virus on your laptop.",
        // a negated verb claims nothing
        "Our router does not cure asthma, whatever the forums say about wifi.",
        // a caution stays a caution
        "Do not use this spray if you have asthma; stop using it if irritation occurs.",
    ])
    func otherDomainsAndCautionsStillHold(_ text: String) {
        #expect(!Self.errors(text).contains("disease-claim"), "\(Self.errors(text))")
    }

    @Test func aDiseaseIsNeverAStructureFunctionClaim() {
        let found = Self.findings("The goalkeeper is recovering from asthma.")
        #expect(!found.contains { $0.rule == "us-dshea-disclaimer" }, "\(found.map(\.message))")
        let kept = Self.findings("Vitamin K2 supports healthy bones.")
        #expect(
            kept.contains {
                $0.rule == "us-dshea-disclaimer"
                    && $0.message.hasPrefix(
                        "missing disclosure: the structure/function claim 'supports healthy'")
            }, "\(kept.map(\.message))")
    }
}
