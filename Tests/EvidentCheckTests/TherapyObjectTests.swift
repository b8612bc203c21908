import EvidentCheck
import EvidentModel
import Testing

/// Rules U6 and U7 (`.ci/vocab/derive-cure-objects.py`, `TaggedSentence+CureObjects.swift`):
/// what a verb of making a bad state go away (`@therapy-verb`: cure, treat, get rid of,
/// reverse, overcome, beat, drive out, end …) acts on, or what a protecting verb guards from,
/// is a condition in health copy when it is a word nothing the checker knows, an abbreviation
/// that ends the noun phrase, or a name headed by a germ class noun (`@germ-head`: virus,
/// mite, fluke …). Rule U8 reads the same phrase as the subject of a resultative participle
/// of those verbs or of "gone" ("… gone in ten days"). Known everyday objects, things' germs
/// and copy with no health word stay quiet.
struct TherapyObjectTests {
    static func findings(_ text: String) -> [Finding] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }
    }

    @Test(arguments: [
        // Rule U7: a germ's name the vocabulary lacks, headed by a germ class noun.
        (
            "Our elderberry drops protect the whole family from Tarrow Creek virus.",
            "Tarrow Creek virus"
        ),
        ("Our garlic powder guards your layers against red poultry mite.", "red poultry mite"),
        // Rule U6: an abbreviation ending the object of a therapy verb.
        ("Our capsules reverse QXRD within a season.", "QXRD"),
        ("Our gummies help you overcome PMDD.", "PMDD"),
        // Rule U8: the subject of a resultative participle or of "gone", placed in an animal
        // or written as a germ's name.
        ("Quorbella in cats gone for good with our herbal paste.", "Quorbella"),
        ("Tarrow Creek virus cured in ten days by our drops.", "Tarrow Creek virus"),
        ("QXRD reversed without surgery, thanks to our capsules.", "QXRD"),
        // Rule U6: a word nothing the checker knows, after "get rid of".
        ("Our herbal tincture gets rid of sneffles for good.", "sneffles"),
    ])
    func objectIsReadAsACondition(_ copy: String, _ named: String) {
        let found = Self.findings(copy)
        #expect(found.map(\.rule).contains("disease-claim"), "\(copy)")
        #expect(
            found.contains {
                $0.message == "disease claim: the copy presents '\(named)' as a disease the "
                    + "product acts on"
            }, "\(copy): \(found.map(\.message))")
    }

    @Test(arguments: [
        // Known everyday objects of the same verbs.
        "The new bypass beats the traffic on the ring road.",
        "Reverse the car slowly into the bay.",
        // An abbreviation that does not end its noun phrase modifies the head.
        "Our capsules beat the DMV queue every time.",
        "Free UK delivery on all capsules.",
        // A thing's germ: the modifier is an artifact.
        "Our drops protect your laptop from computer virus.",
        // No health word besides the verb: an unknown object or an abbreviation is not a
        // condition.
        "The update gets rid of sneffles in the menu bar.",
        "The ruling reversed QXRD in the last round.",
        // Rule U8: a capitalised unknown subject placed in no living body is a name.
        "Snaptrix gone from the app store, our drops still in stock.",
        "The old barn doors reversed in the wind.",
    ])
    func guardsHold(_ copy: String) {
        #expect(Self.findings(copy).isEmpty, "\(copy): \(Self.findings(copy).map(\.message))")
    }
}
