/// A germ named as a culture grown on purpose is an ingredient, not an infection: kefir's
/// "Streptococcus thermophilus cultures" and a sourdough's "Lactobacillus starter" are what
/// a food is made with, not a germ the product acts on.
extension TaggedSentence {
    /// Drops the condition a germ's name (a word that starts a `@microbe` or a `@germ-genus`,
    /// a germ WordNet knows only as one) is read as (a
    /// vocabulary phrase, a disease's ending: "Strepto-coccus") where a culture grown on purpose
    /// follows it (`isGrownCulture`); a disease's name before "culture" ("a candidiasis
    /// culture") stays one.
    static func dropGrownCultures(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        conditions: inout [(start: Int, end: Int, concept: Int)],
        tags: inout [[(classID: Int, end: Int)]]
    ) {
        guard let culture = lexicon.classID("culture-noun"),
            tags.contains(where: { $0.contains { $0.classID == culture } })
        else { return }
        let germs = Set(["microbe", "germ-genus"].compactMap(lexicon.classID))
        let read = Set(
            lexicon.suffixRules.map(\.classID) + lexicon.vocabularyLabels.values.flatMap { $0 })
        for word in tokens.indices where tags[word].contains(where: { germs.contains($0.classID) })
        {
            let before = tags
            tags[word].removeAll {
                read.contains($0.classID)
                    && isGrownCulture(
                        word, $0.end, tokens: tokens, text: text, tags: before, lexicon: lexicon)
            }
        }
        conditions.removeAll { condition in
            tags[condition.start].contains(where: { germs.contains($0.classID) })
                && isGrownCulture(
                    condition.start, condition.end, tokens: tokens, text: text, tags: tags,
                    lexicon: lexicon)
        }
    }

    /// Whether the phrase `start..<end` is followed, with only spaces between, by a `@culture-noun` (WordNet's culture.n.04, "the
    /// growing of microorganisms in a nutrient medium", and its kind starter.n.01), right after
    /// it or after one more word, the species of the germ's genus ("Streptococcus thermophilus
    /// cultures").
    static func isGrownCulture(
        _ start: Int, _ end: Int, tokens: [Token], text: [Unicode.Scalar],
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon
    ) -> Bool {
        guard let culture = lexicon.classID("culture-noun") else { return false }
        var word = end
        while word < tokens.count, word <= end + 1,
            gap(before: word, tokens: tokens, text: text).allSatisfy({ $0 == " " })
        {
            if tags[word].contains(where: { $0.classID == culture }) { return true }
            word += 1
        }
        return false
    }
}
