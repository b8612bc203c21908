/// Rule N10 of `.ci/derive-senses` (session 25): a condition's word read by the company it
/// keeps. The sentence's other nouns vote on what it speaks of: a plant, money, a made thing or
/// the weather (`@company-elsewhere-noun`: "juniper", "fund", "engine", "kettle", "joist") against
/// a body or its care (`@company-health`: a part of the body, a thing of medicine, an animal, a
/// drug, a substance, a clinician, a relative, the product, a sufferer or a patient) and a
/// condition named only
/// as one (a phrase the vocabulary does not mark ambiguous and WordNet files under no other
/// domain's sense: not `@company-shared-condition`, not `@disease-word`). Where another domain
/// votes and nothing of health does, the sentence speaks of that domain: its condition words
/// name the plant's, the machine's or the market's trouble ("the turf's fungal disease", "a
/// kettle's chronic furring", "the fund suffered a painful year"), not an illness.
extension TaggedSentence {
    /// Where the sentence's company votes for another domain than a body's, the first noun of
    /// that domain: the sentence has a word that can name an illness (a condition phrase or a
    /// word that says "a disease"), a noun of another domain outside every condition phrase, no
    /// word of health and no condition named only as one.
    static func speaksOfElsewhere(
        conditions: [(start: Int, end: Int, concept: Int)],
        ambiguous: [(start: Int, end: Int, kind: ConditionKind)],
        tags: [[(classID: Int, end: Int)]], present: [Bool], lexicon: Lexicon
    ) -> Int? {
        // A noun of another domain: WordNet's (`@company-elsewhere-noun`) or a word that makes
        // a plant the living thing spoken of (`@plant-domain`: "orchard", "pruning", "lawn").
        let domains = ["company-elsewhere-noun", "plant-domain"].compactMap(lexicon.classID)
        guard domains.contains(where: { present[$0] }),
            let health = lexicon.classID("company-health")
        else { return nil }
        func isDomain(_ index: Int) -> Bool {
            tags[index].contains { domains.contains($0.classID) }
        }
        // A word of health that is also the other domain's ("burn the prunings": a plant's
        // cuttings, spelt like the dried fruit) votes for the domain, not for health (session
        // 27).
        if present[health],
            tags.indices.contains(where: { index in
                !isDomain(index) && tags[index].contains { $0.classID == health }
            })
        {
            return nil
        }
        let shared = ["company-shared-condition", "disease-word"].compactMap(lexicon.classID)
        // Only a word that can name an illness is read by its company: a sentence that names
        // none is left to the readings of the body's acts and measures.
        guard !conditions.isEmpty || shared.contains(where: { present[$0] }) else { return nil }
        // A condition named only as one: not ambiguous, not of another domain's sense too.
        let named = conditions.contains { condition in
            !ambiguous.contains { $0.start == condition.start && $0.end == condition.end }
                && !tags[condition.start].contains { tag in
                    shared.contains(tag.classID) && tag.end == condition.end
                }
        }
        if named { return nil }
        // Not the sentence's first word: copy opens with its verb as often as with a noun
        // ("Triggers apoptosis …", "Shields …").
        return tags.indices.dropFirst().first { index in
            tags[index].contains { domains.contains($0.classID) }
                && !conditions.contains { $0.start <= index && index < $0.end }
        }
    }
}
