import EvidentModel
import Testing

@testable import EvidentCheck

/// A health claim is about a body, a person's or an animal's. When copy writes an aspect of
/// health (a germ, the weight, the health, the energy) as a thing's (an artifact or a plant named
/// as its possessor or its place: `RulePacks/holders.yaml`, derived from WordNet by
/// `.ci/derive-holders`), it claims nothing about a body: neither the EU register's reading nor
/// the germ-killing and drug-class rules fire. Sentences written for this test (none from an
/// evaluation set), each with the body's side beside it.
struct HealthAspectHolderTests {
    private static func errors(_ text: String, market: Market = .all) -> [String] {
        Fixtures.check(text + "\n", market: market).filter { $0.severity == .error }.map(\.rule)
    }

    /// The derived class: artifacts and plants, not what may be a body's ("wall", "vessel",
    /// "coat", nor "coating", which is "coat" to the stemmer), what a body takes in ("iron") or
    /// what is taken or put on a body to act on it ("tablet", "cream").
    @Test func derivedClass() {
        let nouns = Set(Fixtures.book.lexicon.phrases(ofClass: "holder-noun"))
        #expect(nouns.count > 4_000)
        for word in ["boat", "bench", "door", "kettle", "handle", "leaf", "leaves", "oven"] {
            #expect(nouns.contains(Tokenizer.terms(word)), "\(word)")
        }
        // A person sense WordNet's tagged texts never use, beside a commoner thing's, makes no
        // person ("chair" as the chairperson, "shower" as one who shows); one they use ("fan",
        // "commuter") or a person's proper name that is a kind of person too ("john") does.
        for word in ["chair", "shower", "dishwasher"] {
            #expect(nouns.contains(Tokenizer.terms(word)), "\(word)")
        }
        for word in [
            "wall", "vessel", "coat", "coating", "iron", "tablet", "capsule", "cream", "hand",
            "skin", "gut", "fan", "commuter", "john",
        ] {
            #expect(!nouns.contains(Tokenizer.terms(word)), "\(word)")
        }
    }

    @Test(arguments: [
        "Magnesium frames cut the weight of the boat by a third.",
        "Potassium feed supports the health of your tomato leaves.",
        "Copper wiring keeps the energy of the heater steady.",
        "Zinc paint protects the strength of the gate.",
        "Our antibacterial spray kills 99.9% of germs on the kitchen floor and the oven door.",
        "Antimicrobial wipes destroy bacteria on bathroom tiles.",
        "Bicarbonate lifts the grime off the shower head.",
        "White vinegar leaves the chair legs gleaming.",
    ])
    func anAspectOfAThingIsNoClaim(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(text)")
    }

    /// The same aspects as a body's: the reader's, a dog's, a part of the body.
    @Test(arguments: [
        ("Kills 99.9% of germs on your hands.", "symptom-claim"),
        ("Antibacterial gel kills bacteria on your skin.", "drug-class-claim"),
        ("Antibacterial gel kills bacteria on your skin.", "symptom-claim"),
        ("Magnesium supports the health of your dog's joints.", "unauthorised-health-claim"),
        ("Vitamin C supports the energy of your immune cells.", "unauthorised-health-claim"),
        ("Collagen keeps John's knees supple.", "unauthorised-health-claim"),
    ])
    func anAspectOfABodyStaysAClaim(_ text: String, _ rule: String) {
        #expect(Self.errors(text).contains(rule), "\(text)")
    }
}
