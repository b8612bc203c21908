import EvidentCheck
import EvidentModel
import Foundation
import Testing

/// Rule U9 (`.ci/vocab/derive-cure-objects.py`, `TaggedSentence+Departures.swift`): a
/// condition said to leave a body or a herd's place, never to enter one, to stay out of one,
/// to be kept out of or removed from one, is a disease the product acts on: the promise is the
/// claim, though no verb of curing and no product need stand in the sentence. The subject may
/// be a condition of the vocabulary or a name it lacks (an unknown or capitalised unknown word,
/// an abbreviation, a germ WordNet knows only as one). Everyday things leaving or kept out of
/// everyday places stay quiet.
struct DepartureReadingTests {
    static func findings(_ text: String) -> [Finding] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }
    }

    @Test(arguments: [
        // A vocabulary condition leaving a body (no product, no verb of curing).
        ("Measles leaves your child's body in three days.", "Measles"),
        // "leaves" before a determiner is a verb, not a plant's part ("cramp bark").
        ("Shingles leaves the nerves within a week on our lysine balm.", "Shingles"),
        // Never entering a herd's place (a farm building, an animal group).
        ("Salmonella never gets into a barn that uses our oregano mist.", "Salmonella"),
        // Kept out of one, staying out of one.
        ("Keep ringworm out of the calf pens with our cider rinse.", "ringworm"),
        ("Scabies stays out of the kennel once our neem wash is in use.", "Scabies"),
        // Names the vocabulary lacks: a capitalised unknown word, an abbreviation alone, a
        // germ WordNet knows only as a germ, removed from an animal or a herd.
        ("Quorbella exits your horse's gut overnight.", "Quorbella"),
        ("Keep BVDX out of your herd with our seaweed lick.", "BVDX"),
        ("Eimeria flushed out of the broiler flock in a week.", "Eimeria"),
        ("Hexamita removed from your angelfish in five days.", "Hexamita"),
        // A germ's name headed by a germ class noun.
        ("Tarrow Creek virus leaves the flock within a week.", "Tarrow Creek virus"),
    ])
    func conditionLeavingABodyIsAClaim(_ copy: String, _ named: String) {
        let found = Self.findings(copy)
        #expect(Fixtures.presentsAsDisease(found, named), "\(copy): \(found.map(\.message))")
    }

    @Test(arguments: [
        // Everyday things leaving or kept out of everyday places.
        "The last ferry leaves the harbour at ten past six.",
        "Keep the dog out of the kitchen while the floor dries.",
        "Rust removed from the gate with one coat of our converter.",
        "Foxes never get into the orchard since we mended the fence.",
        // A condition that leaves a body in a state is a complaint, not a departure.
        "The sores left my lips cracked for a fortnight.",
        // A condition entering a body, not negated, is how it spreads.
        "Measles enters the body through the nose and throat.",
        // An unknown word leaving a place that is no body's or herd's.
        "Snaptrix leaves the app store on Friday.",
    ])
    func everydayDepartureIsNoClaim(_ copy: String) {
        let found = Self.findings(copy)
        #expect(!found.map(\.rule).contains("disease-claim"), "\(copy): \(found.map(\.message))")
    }

    @Test func derivedClassesAreCurrent() throws {
        guard let result = try Fixtures.regenerationCheck(".ci/vocab/derive-cure-objects.py")
        else { return }
        #expect(result.status == 0, "\(result.errors)")
    }
}

/// Rules K1 and K2 (`.ci/vocab/derive-drug-kinds.py`): a drug named by its kind in a patient's
/// words (WordNet's drugs: "water tablets", "muscle relaxants", "sleeping tablets") in a frame of
/// substituting the product for it, or a drug the reader is told to throw away (WordNet's verbs
/// of getting rid of a thing: ditch, dump, throw out, forget), puts the product in its place
/// (implied-drug-by-use for a kind, drug-comparison for a named drug).
struct DrugKindReadingTests {
    @Test(arguments: [
        "Say goodbye to water tablets: our nettle tea does the job.",
        "No more sleeping tablets with our lavender pillow mist.",
        "Dump the muscle relaxants and soak in our magnesium flakes.",
        "Ditch the warfarin and take our natto capsules instead.",
    ])
    func drugKindReplacedIsAComparison(_ copy: String) {
        let found = Fixtures.check(copy, market: .us)
        #expect(
            found.contains { $0.rule == "implied-drug-by-use" || $0.rule == "drug-comparison" },
            "\(copy): \(found.map(\.rule))")
    }

    @Test(arguments: [
        "Dump the garden waste at the recycling centre.",
        "Forget the umbrella: the forecast is sunny all week.",
        "Our fish oil is a great addition to a varied diet.",
    ])
    func everydayDiscardIsNoComparison(_ copy: String) {
        let found = Fixtures.check(copy, market: .us)
        #expect(
            !found.contains { $0.rule == "implied-drug-by-use" || $0.rule == "drug-comparison" },
            "\(copy): \(found.map(\.rule))")
    }

    /// Rule K3 reads MeSH from ../shared/vocab (skipped where it, python3 or WordNet is
    /// missing).
    @Test func derivedClassesAreCurrent() throws {
        guard
            FileManager.default.fileExists(
                atPath: Fixtures.shared.appendingPathComponent("vocab/mesh").path),
            let result = try Fixtures.regenerationCheck(".ci/vocab/derive-drug-kinds.py")
        else { return }
        #expect(result.status == 0, "\(result.errors)")
    }
}
