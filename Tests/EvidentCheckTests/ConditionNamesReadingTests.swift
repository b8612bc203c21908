import EvidentCheck
import EvidentModel
import Testing

/// Rule U5 (`.ci/vocab/derive-cure-objects.py`, `TaggedSentence+ConditionNames.swift`): lay
/// names of conditions are built of ordinary words around a part of the body ("jumper's knee",
/// "turf toe", "hoof rot"); as the object of a verb that cures, mends or wards off, such a phrase
/// names a condition. An owner's part, a description of a part and a thing's part do not.
/// Rule G5 (`.ci/vocab/derive.py`): a virus named after a place or a person is named by that
/// name alone after a treating or guarding verb; rule G7: so is a Latin name MeSH files only
/// among the organisms that cause disease ("Haemonchus"). Rule F18: a condition WordNet knows
/// in one sense only is one in a health context; a plant's disease is not; rule F19 widens it to
/// injuries, infections and pathological states, and rule H reads the HPO's own names of a
/// condition's form.
struct ConditionNamesReadingTests {
    static func errors(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule).sorted()
    }

    @Test(arguments: [
        // (a) a classifying genitive (no determiner before it) before a part of the body.
        "Our arnica gel fixes gamer's thumb in a week.",
        "The wrap mends surfer's shoulder so you can paddle out again.",
        // (a) a noun modifier that is no part, animal, thing or description.
        "Our collagen sachets heal turf toe before the next match.",
        "Give your players our formula and they will never get tennis toe.",
        // (b) a part of the body and a noun after it, after a cure verb.
        "Our zinc spray heals hoof rot.",
        // (c) a describing word before a part, placed in an animal.
        "Our drops cure cloudy eye in goldfish.",
        // (c) a part an animal shares with things, placed in an animal; past a coordinated
        // part.
        "Our beeswax balm heals frostbitten combs and wattles on your cockerels.",
        "Our shell balm heals a cracked shell on your tortoise.",
        // (c) after a verb of mending too.
        "Our cuttlebone paste mends a cracked beak in your budgie.",
        // (c) an animal the sentence names as a noun of its own holds the part.
        "Hoof balm for horses that cures contracted heels in a single shoeing cycle.",
        // (a) after a cure verb an artifact modifier names a kind too.
        "Our copper bolus cures bottle jaw in goats.",
        // Rule F18: a condition WordNet knows in one sense only, in a health context.
        "Try a fennel tea for catarrh.",
        // Rule G5: a virus's own name after a guarding or curing verb.
        "Protects the whole family from Lassa.",
        "The herbal drench cures Borna in horses.",
        // Rule G6: a germ's Latin genus alone.
        "Our wormer clears Trichinella from your pigs.",
        // Rule G7: a Latin name MeSH files only among the organisms that cause disease.
        "Our thyme bolus kills Haemonchus in your goats.",
        "Our oregano oil wipes out Brachyspira before weaning.",
        "The clove drench knocks out Nematodirus for good.",
        // Rule F19: an injury WordNet knows in one sense only, in a health context.
        "Our clove oil treats a gumboil in days.",
        // Rule H: an HPO term name of one Greek or Latin word.
        "Our calcium and zinc nail drops cure leukonychia within one growth cycle.",
    ])
    func nameIsReadAsACondition(_ copy: String) {
        #expect(!Self.errors(copy).isEmpty, "\(copy)")
    }

    @Test(arguments: [
        // An owner's part: a possessive after a determiner, a name, an animal.
        "Our balm soothes and heals your dog's paws after winter walks.",
        "The vet fixed Max's paw with three stitches.",
        "Our salve heals horse legs after a long ride.",
        // A description of a part: an adjective or a noun of time.
        "Our serum repairs winter skin overnight.",
        "Repairs damaged hair and split ends.",
        // A thing's part.
        "The carpenter fixes clock hands and piano keys.",
        // (c) a part shared with things, held by no animal; an animal's name that modifies
        // another noun ("horse chestnut") holds no part.
        "The resin mends a cracked shell on your boat in an afternoon.",
        "Our horse chestnut cream heals cracked heels after a long summer.",
        "Felt pads prevent chair legs from scratching the floor.",
        // Rule F18: a plant's disease is a garden's; an everyday plural is no condition.
        "Spray the roses every fortnight to keep black spot and mildew away.",
        "The mould spray removes black spots from shower grout.",
        // A place name with no guarding or curing verb.
        "The Marburg choir sings the St John Passion on Sunday.",
        // Rule G7: a germ named with no verb acting on it; a culture a product contains.
        "The soil lab counted Nematodirus eggs on the top field in May.",
        "Our kefir is made with live Lactobacillus cultures.",
    ])
    func guardsHold(_ copy: String) {
        #expect(Self.errors(copy).isEmpty, "\(copy)")
    }
}
