/// The implied subject of label copy: a sentence that opens with a verb ("Quiets the ringing
/// in your ears", "Guards the filters in your kidneys") speaks of the product.
extension TaggedSentence {
    /// Tags `@opening-verb` on the first word when it is written as a verb of the third person
    /// singular: a word of four letters or more ending in a single `s` that the stemmer drops
    /// ("quiets", "guards"; not "less", "thus", "this", "always"), no stopword, not a hashtag,
    /// a piece of a name or a possessive, and no condition phrase of the vocabulary
    /// ("Diabetes …", "Shingles …"). A plural noun opening a sentence ("Dogs with …",
    /// "Studies show …") is tagged too; the rules read the tag only before what a verb takes
    /// (a determiner, "your", a particle, a condition), so the noun's sentences stay as they are.
    static func tagOpening(
        _ tokens: [Token], text: [Unicode.Scalar], conditionAtStart: Bool, lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let id = lexicon.openingVerb, let first = tokens.first, !conditionAtStart,
            !first.isHashtag, !first.isNamePiece, !first.isPossessive, !first.isCoinedName,
            first.end - first.start >= 4, first.end <= text.count,
            !lexicon.stopwords.contains(first.term)
        else { return }
        let written = text[first.start..<first.end].map { Character($0).lowercased() }.joined()
        // A gerund ("Walking", "Jogging"): a word of six letters or more ending in "ing" after
        // a vowel ("morning" too, a time; not "spring", "string").
        if let gerund = lexicon.openingGerund, written.count >= 6, written.hasSuffix("ing"),
            written.allSatisfy(\.isLetter), written.dropLast(3).contains(where: "aeiouy".contains)
        {
            tags[0].append((gerund, 1))
            present[gerund] = true
            return
        }
        guard written.hasSuffix("s"), !written.hasSuffix("ss"), !written.hasSuffix("us"),
            !written.hasSuffix("is"), !written.hasSuffix("ys"), written.allSatisfy(\.isLetter),
            first.term != written
        else { return }
        tags[0].append((id, 1))
        present[id] = true
    }
}
