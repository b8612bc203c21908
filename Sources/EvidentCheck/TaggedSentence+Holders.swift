/// The holder of a complaint: a condition belongs to a body, a person's or an animal's. When
/// the copy says that what has it is a thing (an artifact or a plant: `@holder-noun`, from
/// WordNet by `.ci/derive-holders`), the word is a figure or a thing's fault, not an illness
/// ("the grandfather clock's chronic stutter", "the old printer is suffering from a fever",
/// "the old router has a cough").
extension TaggedSentence {
    /// Whether the condition phrase starting at `start` is held by a thing, read in three
    /// frames:
    /// - a possessive before it, with at most three words between and no punctuation ("the
    ///   clock's chronic stutter");
    /// - the subject of "suffer from" before it ("the old printer is suffering from a fever");
    /// - the subject of "has", "have" or "had" with the condition as its object, at most two
    ///   words between ("the old router has a cough").
    /// The holder is the word right before the possessive's "'s" or before the verb (past an
    /// auxiliary: "is", "are", "was", "were", "been"), a thing's noun and not a substance, a
    /// product's word or a body's (`@substance`, `@product-topic`): "elderberry's flu-fighting
    /// power" is the product's claim.
    static func hasThingHolder(
        _ start: Int, tokens: [Token], text: [Unicode.Scalar],
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon
    ) -> Bool {
        guard start > 0 else { return false }
        guard let holder = lexicon.classID("holder-noun") else { return false }
        let excluded = [lexicon.classID("substance"), lexicon.classID("product-topic")]
            .compactMap { $0 }
        func isThing(_ index: Int) -> Bool {
            guard index >= 0 else { return false }
            return tags[index].contains(where: { $0.classID == holder && $0.end == index + 1 })
                && !tags[index].contains(where: { excluded.contains($0.classID) })
        }
        // Words between the holder and the condition, no punctuation but a hyphen.
        func joined(_ from: Int, _ to: Int) -> Bool {
            (from + 1...to).allSatisfy { index in
                gap(before: index, tokens: tokens, text: text).allSatisfy {
                    $0 == " " || $0 == "-"
                }
            }
        }
        // Stems: "were" is "wer", "have" is "hav".
        let auxiliaries: Set<String> = ["is", "are", "was", "wer", "been", "be", "has", "hav"]
        func subject(before verb: Int) -> Int {
            var index = verb - 1
            while index > 0, auxiliaries.contains(tokens[index].term) { index -= 1 }
            return index
        }
        var index = start - 1
        while index >= max(0, start - 4) {
            let term = tokens[index].term
            if tokens[index].isPossessive {
                return joined(index, start) && isThing(index)
            }
            if term == "from", index > 0, tokens[index - 1].term == "suffer",
                joined(index - 1, start)
            {
                return isThing(subject(before: index - 1))
            }
            if ["has", "hav", "had"].contains(term), start - index <= 3, joined(index, start) {
                return isThing(subject(before: index))
            }
            index -= 1
        }
        return false
    }
}
