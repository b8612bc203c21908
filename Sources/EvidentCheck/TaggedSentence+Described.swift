/// Two everyday uses of a condition's word, read by their grammar (session 23): a describing
/// word before a time, the weather, a food or a thing ("the cold, dark months"), and a
/// condition given to someone as the thing of "give" ("enough to give you a heart attack").
extension TaggedSentence {
    /// Whether the one-word condition at `start` describes the noun after it (rule N5 of
    /// `.ci/derive-senses`): a word the vocabulary marks ambiguous that WordNet also lists as an
    /// adjective (`@adjective-sense-condition`: "cold", "faint", "overweight"), the first of a
    /// string of coordinated describing words before a noun of a time or the weather, a food
    /// or a thing (`@time-weather-noun`, `@food-noun`, `@holder-noun`): one or two words after
    /// it, each after a comma, "and" or "or", none a condition, a sign or a part of the body,
    /// and the noun after the last of them ("the cold, dark months", "a cold and windy
    /// weekend", "cold, grey and wet mornings"), or alone right before a time or the weather
    /// ("against a cold wind"). Alone before another noun the word may be the illness ("cut
    /// my cold short"), and a word WordNet also gives as an adverb is no time ("cold now").
    /// There the word names what the time, the weather or the thing is like, not an illness. A
    /// part of the body, a person or an animal after the words keeps the condition ("cold,
    /// numb fingers"), and so does a condition among them ("cold and flu season").
    static func isDescribingWord(
        _ start: Int, _ end: Int, tokens: [Token], text: [Unicode.Scalar],
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon, isCondition: (Int) -> Bool
    ) -> Bool {
        guard end == start + 1, end < tokens.count,
            let describing = lexicon.classID("adjective-sense-condition"),
            tags[start].contains(where: { $0.classID == describing && $0.end == end })
        else { return false }
        let heads = ["time-weather-noun", "food-noun", "holder-noun"].compactMap(
            lexicon.classID)
        let timeWeather = lexicon.classID("time-weather-noun") ?? -1
        let blocking = ["symptom-adjective", "body-part", "organ", "internal-organ"].compactMap(
            lexicon.classID)
        func isHead(_ index: Int) -> Bool {
            tags[index].contains { heads.contains($0.classID) && $0.end == index + 1 }
        }
        // Alone before a thing's or a food's noun, no possessive before it (a cold is its
        // holder's: "cut my cold short"), and the noun no remedy's, product's or substance's,
        // the word describes the thing ("practising in a cold tower", "the cold-chain routes",
        // "staff in the cold store": session 28).
        let things = ["food-noun", "holder-noun"].compactMap(lexicon.classID)
        let remedies = ["company-medicine-noun", "product-topic", "substance"].compactMap(
            lexicon.classID)
        // Joined by a space, the word describes the thing only inside a phrase of place or
        // time, a preposition and a determiner before it ("practising in a cold tower", "after
        // a cold dip"); as a verb's object it may be the illness ("cut a cold short": lead,
        // session 28, after EverydayGrammarTests.theIllnessStaysOne failed).
        let determiner = lexicon.classID("determiner") ?? -1
        func isInPhraseOfPlace() -> Bool {
            guard start >= 2,
                tags[start - 1].contains(where: { $0.classID == determiner && $0.end == start })
            else { return false }
            return placeTimePrepositions.contains(tokens[start - 2].term)
        }
        func isThingAlone(_ index: Int, hyphened: Bool) -> Bool {
            guard
                tags[index].contains(where: { things.contains($0.classID) && $0.end == index + 1 }),
                !tags[index].contains(where: { remedies.contains($0.classID) })
            else { return false }
            guard hyphened || isInPhraseOfPlace() else { return false }
            guard start > 0 else { return true }
            return
                !(tokens[start - 1].isPossessive
                || complaintPossessives.contains(tokens[start - 1].term))
        }
        // cold ( [","] ["and" | "or"] word )* head: a describing word is joined to the one
        // before it by a comma, "and" or "or", and the head by a space.
        var index = end
        var between = 0
        while index < tokens.count {
            let space = gap(before: index, tokens: tokens, text: text)
            let marks = String(String.UnicodeScalarView(space.filter { $0 != " " }))
            // Alone, a hyphen joins the word to its noun as a space does ("cold-chain").
            let hyphened = between == 0 && space.elementsEqual("-".unicodeScalars)
            guard !space.isEmpty, marks.isEmpty || marks == "," || hyphened else { return false }
            var joined = marks == ","
            if ["and", "or"].contains(tokens[index].term) {
                index += 1
                guard index < tokens.count,
                    gap(before: index, tokens: tokens, text: text).allSatisfy({ $0 == " " })
                else { return false }
                joined = true
            }
            if !joined {
                // Alone before a noun the word may be the illness ("cut my cold short"), but
                // not before a time or the weather ("against a cold wind"), nor before a
                // thing's noun (`isThingAlone`).
                return isHead(index)
                    && (between > 0
                        || tags[index].contains {
                            $0.classID == timeWeather && $0.end == index + 1
                        } || isThingAlone(index, hyphened: hyphened))
            }
            between += 1
            guard between <= 2, !isCondition(index), !isHead(index),
                !tags[index].contains(where: { blocking.contains($0.classID) })
            else { return false }
            index += 1
        }
        return false
    }

    /// Prepositions of place and time (grammar): after one and a determiner, a describing word
    /// before a thing's noun is the thing's ("in a cold tower", "after a cold dip").
    static let placeTimePrepositions: Set<String> = Set(
        [
            "in", "at", "on", "into", "from", "after", "before", "through", "during", "inside",
            "under", "across", "near", "outside", "along",
        ]
        .map { Stemmer.stem($0) })

    /// Whether the condition phrase `start..<end` is joined by a hyphen to a word of a colour
    /// or a light (`@hue-adjective`, rule N7 of `.ci/derive-senses`: "a migraine-bright
    /// orange", "bruise-purple", "jaundice-yellow"): the compound likens a colour to the
    /// condition and names the colour. A part of the body right after the compound keeps the
    /// condition, the colour its sign ("rosacea-red cheeks").
    static func isHueCompound(
        _ start: Int, _ end: Int, tokens: [Token], text: [Unicode.Scalar],
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon
    ) -> Bool {
        guard end < tokens.count, let hue = lexicon.classID("hue-adjective"),
            gap(before: end, tokens: tokens, text: text).elementsEqual("-".unicodeScalars),
            tags[end].contains(where: { $0.classID == hue && $0.end == end + 1 })
        else { return false }
        let body = ["body-part", "organ", "internal-organ"].compactMap(lexicon.classID)
        if end + 1 < tokens.count,
            tags[end + 1].contains(where: { body.contains($0.classID) })
        {
            return false
        }
        return true
    }

    /// Whether the condition phrase `start..<end` is given to someone: the thing of "give",
    /// after "a" or "an" and a receiver of one to four words with nothing but spaces between
    /// ("enough to give you a heart attack", "that joke gave me a migraine", "the goal gave the
    /// whole stadium a heart attack"). A condition given is caused, the harm of the giver,
    /// never an illness a product acts on; the condition ends the phrase (a word joined to it
    /// by a hyphen makes a new one: "gave my son a seizure-free summer" is the product's claim).
    static func isGivenCondition(
        _ start: Int, _ end: Int, tokens: [Token], text: [Unicode.Scalar]
    ) -> Bool {
        guard start >= 3, ["a", "an"].contains(tokens[start - 1].term) else { return false }
        if end < tokens.count {
            let after = gap(before: end, tokens: tokens, text: text)
            if after.isEmpty || after.contains("-") { return false }
        }
        func spaced(_ index: Int) -> Bool {
            let space = gap(before: index, tokens: tokens, text: text)
            return !space.isEmpty && space.allSatisfy { $0 == " " }
        }
        guard spaced(start), spaced(start - 1) else { return false }
        var index = start - 2
        while index >= max(0, start - 6) {
            if let word = ConditionVocabulary.writtenForm(at: index, of: tokens, in: text),
                Self.giveForms.contains(word.lowercased())
            {
                return index < start - 2
            }
            guard index > 0, spaced(index) else { return false }
            index -= 1
        }
        return false
    }

    /// The forms of "give" (WordNet's verb.exc gives "gave" and "given").
    private static let giveForms: Set<String> = ["give", "gives", "gave", "given", "giving"]
}
