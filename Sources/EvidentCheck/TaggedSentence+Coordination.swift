/// Conditions that share a head with a coordinated one ("heart and artery disease", "breast or
/// prostate cancer", "kidney, liver and heart disease"): the first words name their own
/// condition with the shared head ("heart disease", "breast cancer").
extension TaggedSentence {
    /// How many words a coordinated condition may have before its head ("heart and coronary
    /// artery disease").
    static let coordinationReach = 4

    /// The conditions named by a word coordinated before a condition's head (`heads`: where each
    /// condition of the vocabulary found in the sentence ends, and every `elided-head` word such
    /// as "disease"): the word, followed by "and", "or" or a comma and then by the other
    /// condition's words (spaces and commas between), names with that head a disease of the
    /// vocabulary in its plain sense ("heart" + "disease"). Returns (word's position, concept
    /// indices), leftmost first, for words that name no condition themselves (`taken`).
    static func coordinatedConditions(
        _ terms: [String], tokens: [Token], text: [Unicode.Scalar], heads: [Int],
        taken: (Int) -> Bool, vocabulary: ConditionVocabulary
    ) -> [(position: Int, concepts: [Int])] {
        // The text between a word and the one before it (none between the pieces of one
        // camel-case name or hashtag, which share its offsets).
        func gap(before index: Int) -> ArraySlice<Unicode.Scalar> {
            Self.gap(before: index, tokens: tokens, text: text)
        }
        func spaces(before index: Int) -> Bool { gap(before: index).allSatisfy { $0 == " " } }
        func listed(before index: Int) -> Bool {
            let between = gap(before: index)
            return between.contains(",") && between.allSatisfy { $0 == " " || $0 == "," }
        }
        var found: [Int: [Int]] = [:]
        for end in heads where end >= 3 {
            let head = terms[end - 1]
            // The link before the other condition's first word: "and"/"or", or a comma.
            var link = end - 2
            while link >= max(1, end - 1 - coordinationReach) {
                let isWord = ["and", "or"].contains(terms[link])
                if isWord || listed(before: link + 1) { break }
                guard spaces(before: link) else { link = -1; break }
                link -= 1
            }
            guard link >= 1 else { continue }
            let joined = ["and", "or"].contains(terms[link])
            guard (link + 1..<end).allSatisfy({ spaces(before: $0) }) else { continue }
            // The words before the link, back through a comma list ("kidney, liver and heart").
            var word = joined ? link - 1 : link
            if joined, !spaces(before: link) { continue }
            while word >= 0, !taken(word) {
                guard let phrase = vocabulary.longestPhrase([terms[word], head], at: 0),
                    phrase.end == 2
                else { break }
                let concepts = phrase.values.map { Int($0) }.filter {
                    vocabulary.kind(at: $0) == .disease && vocabulary.sense(at: $0) == .plain
                }
                guard !concepts.isEmpty else { break }
                found[word] = concepts
                guard word >= 1, listed(before: word) else { break }
                word -= 1
            }
        }
        return found.keys.sorted().map { ($0, found[$0] ?? []) }
    }
}
