import EvidentCheck
import EvidentModel
import Testing

/// Rule U (`.ci/vocab/derive-cure-objects.py`, `TaggedSentence+CureObjects.swift`): the object
/// of a verb that means to make healthy or to destroy completely is a condition though no
/// vocabulary names it: a word with a commonest sense of ill health after "cure" or "heal", or
/// a word nothing the checker knows after either kind of verb. Brands, ingredients, known
/// everyday words and cured meats are not. Rule U10: what a cure verb cures in a living body;
/// rule U11: a noun of ill health or of a change said of a part of the body.
struct CureObjectTests {
    static func errors(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule).sorted()
    }

    @Test(arguments: [
        // (b) unknown to WordNet and the vocabulary, after an eradicate verb and a cure verb.
        "Our propolis syrup wipes out nosema in a single season.",
        "This zinc footbath eradicates footrot from the whole flock.",
        "Our thiamine tablets cure stringhalt within a month.",
        // (a) a word whose commonest sense is ill health, after "heal".
        "Our comfrey balm heals cankers on the lips.",
        // Rule U4: a known word (or an abbreviation) placed in an animal or a part of the body.
        "Our salve cures sweeney in beef cattle.",
        "Our drench cures MCF in cattle.",
        // Rule U4: an animal with two modifiers before it.
        "Our softening oil cures boar impaction in older guinea pigs.",
        // Rule U4: any noun whose commonest WordNet sense is an animal (@living-body).
        "Our drench cures slobbers in foals.",
        // Rule U4: a germ of the vocabulary names its infection.
        "Our herbal drops cure giardia within a week.",
        // Rule U4: a Latin name's qualifier after its head.
        "Our fibre blend heals diverticulosis coli.",
        // Rule U10: what a cure verb cures in a living body, whatever other class its word
        // has (a body's function: "moult"); an animal the stemmer would not join to its
        // plural ("budgies"); a hyphenated head; the noun "cure" and "for"; a past tense
        // after its subject.
        "Our seed mix cures moult in budgies.",
        "Our vitamin drops cure feather-pecking in laying hens.",
        "Our mineral lick is a cure for wool slip in ewes.",
        "Our selenium drench cured splayleg in every piglet.",
        // Rule U10: a verb of mending, with the object placed in a living body.
        "Our propolis salve fixes bumblefoot in hens.",
        // Rule U10: a germ of the vocabulary as the subject of a resultative.
        "Haemonchus in the ewes gone within a week of our drench.",
        "Ostertagia in weaned lambs knocked out in a fortnight by our chicory pellets.",
        // Rule U11: a noun of ill health or of a change of shape, size or place, said of a
        // part of the body.
        "Our syrup fixes the displacement of the soft palate in racehorses.",
        "Our collagen drink reverses the curvature of the upper back.",
        "Our drops reverse sheltie eye anomaly.",
    ])
    func objectIsReadAsACondition(_ copy: String) {
        #expect(!Self.errors(copy).isEmpty, "\(copy)")
    }

    @Test(arguments: [
        // A brand is capitalised; a known word is no unknown condition.
        "The new update eliminates Snaptrix once and for all.",
        "Our sealant eliminates drafts around the window frame.",
        // "cure" also preserves meat: an unknown object needs a health word besides the verb.
        "Every winter the butcher cures guanciale in sea salt.",
        // A participle before its noun is an adjective.
        "Serve the cured bresaola with rocket and shaved parmesan.",
        // An ingredient is a substance the catalog knows.
        "Our chef cures the salmon with beetroot and dill.",
        // Words after "heal" with an everyday commonest sense stay everyday.
        "Time heals the rift between the two villages.",
        // Rule U4: no living body after the object; a brand stays a brand.
        "Our smokehouse cures ham in the old way.",
        "Every winter the butcher cures guanciale in sea salt and pepper.",
        "Our farm shop cures Wagyu in the cellar.",
        // Rule U10: a part of the body, a food or what a sense perceives is no condition; an
        // -ed form after a describing word is no past tense.
        "Our balm heals the skin on your dog's paws.",
        "Our smokehouse cured bacon in its own fat.",
        "Our shampoo cures the smell in your dog's coat.",
        "Serve the dry cured ham in thin slices.",
        // Rule U10: a verb of mending, its object a thing or placed nowhere in a body.
        "The farrier fixes loose shoes on your horse's hooves.",
        "Our handyman fixes squeaky hinges in an afternoon.",
        // Rule U11: a change of a thing, not of a part of the body.
        "The new bracket fixes the displacement of the caravan door.",
        "Our coolant reverses the narrowing of the radiator pipes.",
    ])
    func guardsHold(_ copy: String) {
        #expect(Self.errors(copy).isEmpty, "\(copy)")
    }
}
