/// A verbless promise of a body's state told with an age ("Still firm for the whole evening at
/// 68", "Strong and ready whenever the moment comes, at any age"): copy that opens with a
/// bodily readiness or state, said of nobody but its reader, and ties it to an age promises
/// what the years took away.
extension TaggedSentence {
    /// Tags `@state-promise` over the opening state and the age: a phrase of `@vigour-state`
    /// (testimonial-arcs.yaml) that opens the sentence or a clause after a label and a colon,
    /// or follows an opening `@state-opener` there ("Still", "Stay"); not said of a noun after
    /// it (only a punctuation mark or a `@state-continuation` word follows: "firm for …",
    /// "strong and ready …"; not "strong bones", "firm pears"); and, anywhere else in the
    /// sentence, an age: "at" and a whole number of years from 18 to 110 or a decade's word
    /// (`@age-decade`) that ends its phrase (a punctuation mark, the sentence's end or a
    /// `@state-continuation` word follows: "at 68, …", "at 71 as at 31", "at seventy"; not "at
    /// 180 degrees", "at 4,000 feet"), an `@age-phrase` ("at any age", "in your seventies"), or
    /// a number of years set off by commas or a comma and a colon before the state, as a
    /// label gives it ("Ron, 71: still firm …").
    static func tagStatePromise(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon, openers: [Int] = [],
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let marker = lexicon.classID("state-promise"),
            let state = lexicon.classID("vigour-state"), present[state],
            let continuation = lexicon.classID("state-continuation")
        else { return }
        let opener = lexicon.classID("state-opener")
        let agePhrase = lexicon.classID("age-phrase")
        let decade = lexicon.classID("age-decade")
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
        func colon(_ index: Int) -> Bool {
            index > 0 && index < tokens.count
                && gap(before: index, tokens: tokens, text: text).contains(":")
        }
        // Where the state opens the sentence or its first clause: at the start, after a label
        // and a colon or after an opener and a comma (`openers`: "Honestly, firm …"), or after
        // a `@state-opener` there.
        var opening: (start: Int, end: Int)?
        for index in 0..<min(tokens.count, 8) {
            let clauseStart = index == 0 || openers.contains(index) || (index <= 6 && colon(index))
            let opened =
                index > 0 && has(index - 1, opener) == index && !punctuated(index)
                && (index - 1 == 0 || openers.contains(index - 1)
                    || (index <= 7 && colon(index - 1)))
            guard clauseStart || opened, let end = has(index, state) else { continue }
            opening = (index, end)
            break
        }
        guard let opening,
            punctuated(opening.end) || has(opening.end, continuation) != nil
        else { return }
        // The age, anywhere outside the state: "at" and a number of years or a decade's word
        // ending its phrase, an `@age-phrase`, or a number of years set off by a comma and a
        // comma or colon in a label before the state ("Ron, 71: still firm …").
        var age: (start: Int, end: Int)?
        var index = 0
        while index < tokens.count, age == nil {
            defer { index += 1 }
            if (opening.start..<opening.end).contains(index) { continue }
            if let end = has(index, agePhrase) {
                age = (index, end)
            } else if tokens[index].term == "at", index + 1 < tokens.count,
                isYears(tokens[index + 1], text: text) || has(index + 1, decade) == index + 2,
                punctuated(index + 2) || has(index + 2, continuation) != nil
            {
                age = (index, index + 2)
            } else if index > 0, index < opening.start, isYears(tokens[index], text: text),
                gap(before: index, tokens: tokens, text: text).contains(","),
                index + 1 < tokens.count,
                gap(before: index + 1, tokens: tokens, text: text).contains(where: {
                    $0 == "," || $0 == ":"
                })
            {
                age = (index, index + 1)
            }
        }
        guard let age else { return }
        let start = min(opening.start, age.start)
        tags[start].append((marker, max(opening.end, age.end)))
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
