import EvidentCheck
import EvidentModel
import Foundation
import Testing

/// Rule U15 (`.ci/vocab/derive-cure-objects.py`, `TaggedSentence+Infestations.swift`): a
/// product that kills, clears or keeps off an organism living on or in an animal, a herd's
/// place or a part of a body names that organism's disease, though no vocabulary names it: the
/// organism is a word nothing the checker knows, a genus, a germ class noun with a word before
/// it, an abbreviation of three capitals or more placed in an animal or a herd's place, or a
/// noun of ill health, shown to live on a body by where it is killed or cleared from,
/// by "rid <animal> of", or by a later "the parasite" (session 34: past a bracketed name of it,
/// "kills white spot (ich) on goldfish"). What is killed on a thing or a plant is a pest of
/// another world and stays quiet.
struct InfestationReadingTests {
    static func findings(_ text: String) -> [Finding] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }
    }

    @Test(arguments: [
        // A verb of killing with its particle, an unknown word placed in a herd's place.
        ("These oxalic strips kill off zorbamite in your colonies by autumn.", "zorbamite"),
        // A verb of removing, "from" an animal: a lowercase and a capitalised unknown word.
        ("Our neem wash clears quillworm from your goats.", "quillworm"),
        ("The seaweed feed clears Vortrella from your mussels.", "Vortrella"),
        // A short unknown word placed on an animal.
        ("Two drops of our salt tonic kill ick on your guppies.", "ick"),
        // A bracketed name after the organism names it again: the placement after it counts
        // (session 34).
        ("Two drops of our tonic kill pepper spot (velvet) on your guppies.", "spot"),
        // A noun of ill health removed from an animal.
        ("The cider tonic clears canker from your homing pigeons.", "canker"),
        // "rid <animal> of" the organism: a germ class noun with a word before it.
        ("Our garlic flakes rid your koi carp of skin flukes.", "skin flukes"),
        // Kept off an animal.
        ("Our citronella mist keeps zorbstrike off your ewes.", "zorbstrike"),
        // Placed nowhere, named by a later "the parasite".
        (
            "Our probiotic clears Quellaria in a season, long before the parasite reaches a farm.",
            "Quellaria"
        ),
        // A lowercase unknown word after a verb of killing, an animal elsewhere.
        ("Kills grey quorbadine in the trays and saves your silkworms.", "quorbadine"),
        // An abbreviation placed in an animal or a herd's place: a germ's initials.
        ("Our seaweed bath clears QSX from seed oysters.", "QSX"),
        ("The garlic mash clears ZBV from broiler flocks.", "ZBV"),
        // A genus placed in an animal WordNet files first as a person ("shrimp").
        ("Our salt dip clears Vorticella from cherry shrimp.", "Vorticella"),
    ])
    func organismOnABodyIsAClaim(_ copy: String, _ named: String) {
        let found = Self.findings(copy)
        #expect(Fixtures.presentsAsDisease(found, named), "\(copy): \(found.map(\.message))")
    }

    @Test(arguments: [
        // Pests of things and of plants.
        "Our borax bait kills silverfish in the bathroom.",
        "The soap spray clears greenfly from your roses.",
        "Our vinegar spray kills zorbweed in your patio cracks.",
        // A brand (capitalised, unknown) removed from a part of a body is a stain.
        "Our wipes remove Zorblix from your toddler's face in seconds.",
        // Everyday things removed from an animal.
        "Our brush clears shedding fur from your cat.",
        // A verb of stopping takes a behaviour, not an organism.
        "Our calming spray stops zoomies in puppies.",
        // Kept off a plant.
        "Copper tape keeps slugs off your hostas.",
        // An abbreviation removed from a thing, or with two capitals only.
        "Our wipes clear PVA from your brushes.",
        "Our resin clears PO4 from the aquarium.",
        // A bracketed name after a pest of a thing or a plant places it there.
        "Our borax bait kills silverfish (and earwigs) in the bathroom.",
        "Our spray kills greenfly (aphids) on your roses.",
    ])
    func pestOfAThingIsNoClaim(_ copy: String) {
        let found = Self.findings(copy)
        #expect(found.isEmpty, "\(copy): \(found.map(\.message))")
    }
}
