/// A verbless promise of a body's state told with an age ("Still firm for the whole evening at
/// 68", "Strong and ready whenever the moment comes, at any age"): copy that opens with a
/// bodily readiness or state, said of nobody but its reader, and ties it to an age promises
/// what the years took away.
extension TaggedSentence {
    /// Tags `@state-promise` from the opening state to the end of the age: a phrase of
    /// `@vigour-state` (testimonial-arcs.yaml) that opens the sentence, or follows an opening
    /// `@state-opener` ("Still", "Stay") or a label of one to four words and a colon; not said
    /// of a noun after it (only a punctuation mark or a `@state-continuation` word follows:
    /// "firm for …", "strong and ready …"; not "strong bones", "firm pears"); then, later in the
    /// sentence, an age: "at" and a whole number of years from 18 to 110 that ends its phrase
    /// (a punctuation mark, the sentence's end or a `@state-continuation` word follows: "at
    /// 68, …", "at 71 as at 31"; not "at 180 degrees", "at 4,000 feet"), or an `@age-phrase`
    /// ("at any age", "in your seventies").
    static func tagStatePromise(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let marker = lexicon.classID("state-promise"),
            let state = lexicon.classID("vigour-state"), present[state],
            let continuation = lexicon.classID("state-continuation")
        else { return }
        let opener = lexicon.classID("state-opener")
        let agePhrase = lexicon.classID("age-phrase")
        func has(_ index: Int, _ id: Int?) -> Int? {
            guard let id, index < tokens.count else { return nil }
            return tags[index].filter { $0.classID == id }.map(\.end).max()
        }
        func punctuated(_ index: Int) -> Bool {
            index >= tokens.count
                || gap(before: index, tokens: tokens, text: text).contains(where: {
                    (scalar: Unicode.Scalar) in !scalar.properties.isWhitespace && scalar != "-"
                })
        }
        // Where the state opens the sentence or its first clause.
        var opening: (start: Int, end: Int)?
        for index in 0..<min(tokens.count, 6) {
            let opens =
                index == 0
                || (index == 1 && has(0, opener) == 1 && !punctuated(1))
                || (index <= 4 && gap(before: index, tokens: tokens, text: text).contains(":"))
            guard opens, let end = has(index, state) else { continue }
            opening = (index, end)
            break
        }
        guard let opening,
            punctuated(opening.end) || has(opening.end, continuation) != nil
        else { return }
        // The age, after the state.
        var age: Int?
        var index = opening.end
        while index < tokens.count, age == nil {
            if let end = has(index, agePhrase) {
                age = end
            } else if tokens[index].term == "at", index + 1 < tokens.count,
                isYears(tokens[index + 1], text: text),
                punctuated(index + 2) || has(index + 2, continuation) != nil
            {
                age = index + 2
            }
            index += 1
        }
        guard let age else { return }
        tags[opening.start].append((marker, age))
        present[marker] = true
    }

    /// Whether a word is a whole number written in digits from 18 to 110: a grown person's
    /// age in years.
    private static func isYears(_ token: Token, text: [Unicode.Scalar]) -> Bool {
        guard token.end <= text.count, token.end - token.start <= 3 else { return false }
        let written = text[token.start..<token.end]
        guard written.allSatisfy({ $0.properties.numericType == .decimal }),
            let value = Int(String(String.UnicodeScalarView(written)))
        else { return false }
        return (18...110).contains(value)
    }
}
