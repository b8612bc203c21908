import EvidentCheck
import EvidentModel
import Testing

/// Rule U12 (`.ci/vocab/derive-cure-objects.py`, `TaggedSentence+CureObjects.swift`): what a
/// verb of making a bad state go away or of warding it off acts on in an animal is the
/// animal's condition, whatever its word; a hyphenated head is one word, a part of the
/// animal's body with a word before it names the condition by its part, and (session 30) so
/// does any noun with a noun before it ("feather plucking", "head tilt"). After a verb of
/// stopping (`@stop-verb`, WordNet's troponyms of prevent.v.02) or one of the lexicon's
/// treating verbs (`@treat-verb`) only those two forms are read.
/// What an animal does (a word in -ing), a part alone, its covering and a thing's place are
/// not conditions. A name in brackets after the phrase names it again (session 34: "kills
/// white spot (ich) on goldfish"): the placement after the bracket is the phrase's.
struct AnimalPlacedConditionTests {
    static func found(_ text: String) -> [(rule: String, text: String)] {
        Fixtures.check(text, market: .us).filter {
            $0.severity == .error && $0.category == .diseaseClaim
        }.map { ($0.rule, $0.text) }
    }

    @Test(arguments: [
        // a known word after a treating verb, placed in an animal (session 37: rule L10 reads
        // an animal's part before a vocabulary disease head as one name, "fin rot")
        ("Our tonic treats fin rot in goldfish.", "fin rot"),
        // a hyphenated head after a verb of warding off and one of stopping
        ("Our electrolyte paste prevents tying-up in racehorses.", "tying-up"),
        ("The magnesium mix stops tying-up in show horses for good.", "tying-up"),
        // a part of the body with a word before it
        ("The apple cider drops treat sour crop in laying hens.", "sour crop"),
        ("Our leg balm prevents scaly leg in bantams.", "scaly leg"),
        ("Our probiotic paste stops wet tail in hamsters.", "wet tail"),
        // the lexicon's treating verbs read the placed forms too
        ("Two drops in the drinker clear up sour crop in bantams.", "sour crop"),
        // a noun with a noun before it: a behaviour or a sign named by two nouns, though the
        // head alone is what an animal does or also an adverb ("at full tilt")
        ("Our aloe spray cures feather plucking in cockatoos.", "feather plucking"),
        ("Our tonic cures wing droop in homing pigeons.", "wing droop"),
        ("Our drops cure head tilt in rabbits.", "head tilt"),
        // a bracketed name after the phrase names it again; the placement after it counts
        // (session 34)
        ("Our tonic treats fin rot (columnaris) in goldfish.", "fin rot"),
    ])
    func conditionPlacedInAnAnimal(_ item: (String, String)) {
        let found = Self.found(item.0)
        #expect(found.contains { $0.text == item.1 }, "\(found)")
    }

    @Test(arguments: [
        // what an animal does, a happening, a part alone, its coat, a thing's place
        "The new collar stops barking in dogs within a week.",
        "Our spray stops accidents in puppies.",
        "Our conditioner treats dull coats in horses.",
        "The shade net stops the glare in hen houses.",
        "Our filter treats the water in fish tanks.",
        "Treat the paws in winter with our wax.",
        "Our shampoo soothes the coat in long-haired dogs.",
        // how much an animal does is no condition's name
        "Our citronella collar eliminates excessive barking in dogs.",
        // a bracket that does not close on a name is no second name
        "Our filter treats the water (and the gravel, rocks, and plants) in fish tanks.",
    ])
    func notAConditionOfTheAnimal(_ text: String) {
        #expect(Self.found(text).isEmpty, "\(Self.found(text))")
    }
}
