/// Hashtags that name a condition by its first word ("#BipolarFree", "#LymeWarrior").
extension TaggedSentence {
    /// Tags `@condition-disease` and `@condition-in-hashtag` on a piece of a hashtag that is
    /// followed, in the same hashtag, by a `hashtag-ending` ("free", "gone", "warrior", "sos")
    /// when the piece with one of the `elided-head` words ("disease", "disorder", "syndrome",
    /// "infection") is a disease of the vocabulary ("bipolar" + "disorder"): a hashtag drops
    /// the head a sentence would write.
    static func tagElidedConditions(
        _ tokens: [Token], vocabulary: ConditionVocabulary, lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let ending = lexicon.hashtagEnding, present[ending], !lexicon.elidedHeads.isEmpty,
            let disease = lexicon.vocabularyLabels["condition-disease"],
            let inHashtag = lexicon.vocabularyLabels["condition-in-hashtag"]
        else { return }
        for position in tokens.indices.dropLast()
        where tokens[position].isHashtag && tokens[position + 1].start == tokens[position].start
            && tags[position + 1].contains(where: { $0.classID == ending })
            && !tags[position].contains(where: { disease.contains($0.classID) })
        {
            let named = lexicon.elidedHeads.contains { head in
                guard let found = vocabulary.longestPhrase([tokens[position].term, head], at: 0),
                    found.end == 2
                else { return false }
                return found.values.contains { vocabulary.kind(at: Int($0)) == .disease }
            }
            guard named else { continue }
            for label in disease + inHashtag {
                tags[position].append((label, position + 1))
                present[label] = true
            }
        }
    }

    /// Whether a word outside a hashtag is written as a possessive without its apostrophe: it
    /// ends in "s" and, without it, has the same stem ("Parkinsons", "Cushings"; not
    /// "Parkinson").
    static func isBarePossessive(_ token: Token, in text: [Unicode.Scalar]) -> Bool {
        guard !token.isHashtag, !token.isPossessive, token.start + 1 < token.end,
            token.end <= text.count, text[token.end - 1] == "s" || text[token.end - 1] == "S"
        else { return false }
        var written = ""
        written.unicodeScalars.append(contentsOf: text[token.start..<(token.end - 1)])
        return Stemmer.stem(written.lowercased()) == token.term
    }

    /// Whether a hashtag piece is written as a possessive without its apostrophe (a hashtag
    /// cannot hold one): the hashtag's letters hold the piece's stem followed by "s"
    /// ("#parkinsons", "#CrohnsWarrior" for "parkinson"; not "#wilsonfamily").
    static func isHashtagPossessive(_ token: Token, in text: [Unicode.Scalar]) -> Bool {
        guard token.isHashtag, token.start < token.end, token.end <= text.count else {
            return false
        }
        var written = ""
        written.unicodeScalars.append(contentsOf: text[token.start..<token.end])
        return written.lowercased().contains(token.term + "s")
    }
}
