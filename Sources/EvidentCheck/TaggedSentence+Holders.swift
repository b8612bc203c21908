/// The holder of a complaint: a condition belongs to a body, a person's or an animal's. When
/// the copy says that what has it is a thing (an artifact or a plant: `@holder-noun`, from
/// WordNet by `.ci/derive-holders`), the word is a figure or a thing's fault, not an illness
/// ("the grandfather clock's chronic stutter", "the old printer is suffering from a fever",
/// "the old router has a cough").
extension TaggedSentence {
    /// Whether the condition phrase `start..<end` is held by a thing, read in four frames:
    /// - a possessive before it, with at most three words between and no punctuation ("the
    ///   clock's chronic stutter");
    /// - the subject of "suffer from" or "recover from" before it ("the old printer is
    ///   suffering from a fever", "the fund is still recovering from a bruising quarter");
    /// - the subject of "has", "have" or "had" with the condition as its object, at most two
    ///   words between ("the old router has a cough");
    /// - the object of the condition written as a verb in the past ("-ed", right before a
    ///   determiner or a number), within three words ("the bug that plagued the old firmware",
    ///   "toxic assets infected the whole balance sheet").
    /// A thing named after the condition as where it is ("caught giardia on the trail") is
    /// where the person was, not the holder: no frame reads it.
    /// The holder is the word right before the possessive's "'s" or before the verb (past an
    /// auxiliary or an adverb of time: "is", "was", "still"), or the word after the verb: a
    /// thing's noun (`@holder-noun`, `@thing-holder`) and not a substance, a product's word or
    /// a body's (`@substance`, `@product-topic`): "elderberry's flu-fighting power" is the
    /// product's claim.
    static func hasThingHolder(
        _ start: Int, _ end: Int, tokens: [Token], text: [Unicode.Scalar],
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon
    ) -> Bool {
        let holders = ["holder-noun", "thing-holder"].compactMap { lexicon.classID($0) }
        guard !holders.isEmpty else { return false }
        let excluded = [lexicon.classID("substance"), lexicon.classID("product-topic")]
            .compactMap { $0 }
        func isThing(_ index: Int) -> Bool {
            guard index >= 0, index < tokens.count else { return false }
            return tags[index].contains(where: {
                holders.contains($0.classID) && $0.end == index + 1
            })
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
        let auxiliaries: Set<String> = [
            "is", "are", "was", "wer", "been", "be", "has", "hav", "still", "now", "slowly",
            "already", "finally", "fully",
        ]
        func subject(before verb: Int) -> Int {
            var index = verb - 1
            while index > 0, auxiliaries.contains(tokens[index].term) { index -= 1 }
            return index
        }
        // A verb written in the past right before `object`, which opens a thing's noun phrase
        // (a determiner or a number) with the thing within three words.
        func isPastObject(at object: Int) -> Bool {
            let verb = tokens[object - 1]
            let written = String(
                String.UnicodeScalarView(text[verb.start..<min(verb.end, text.count)])
            ).lowercased()
            guard written.hasSuffix("ed") else { return false }
            let opens = [lexicon.determiner, lexicon.classID("number-word")].compactMap { $0 }
            guard
                tags[object].contains(where: { opens.contains($0.classID) })
                    || tokens[object].term.first?.isNumber == true
            else { return false }
            return thingAfter(object - 1)
        }
        // A thing within three words after `word` (a preposition or a verb), in one clause.
        func thingAfter(_ word: Int) -> Bool {
            var index = word + 1
            while index < min(tokens.count, word + 5), joined(index - 1, index) {
                // A thing's noun before "of" names a part of what follows ("the roof of
                // the mouth", "the bridge of the nose"): that is the holder, not the thing.
                if isThing(index) {
                    return !(index + 1 < tokens.count && tokens[index + 1].term == "of")
                }
                index += 1
            }
            return false
        }
        // The condition as a verb in the past with its object next ("plagued the old
        // firmware"), read first: a possessive before it is its subject's ("the bank's toxic
        // assets infected the whole balance sheet").
        let follows = end < tokens.count && joined(end - 1, end)
        if follows, end - start == 1, isPastObject(at: end) { return true }
        if start > 0 {
            var index = start - 1
            while index >= max(0, start - 4) {
                let term = tokens[index].term
                if tokens[index].isPossessive {
                    return joined(index, start) && isThing(index)
                        && !isNamedPossessor(index, tokens: tokens, text: text)
                }
                if term == "from", index > 0,
                    ["suffer", "recover"].contains(tokens[index - 1].term),
                    joined(index - 1, start)
                {
                    return isThing(subject(before: index - 1))
                }
                if ["has", "hav", "had"].contains(term), start - index <= 3, joined(index, start) {
                    return isThing(subject(before: index))
                }
                index -= 1
            }
        }
        return false
    }

    /// Whether the possessive at `index` is a name's: written with a capital where its place
    /// gives it none (not the sentence's first word, nor the first after a colon, a dash, a
    /// bracket or a quotation mark). "Jake's ADHD", "Bella's hoof" name a person or an animal,
    /// whatever common noun the name's letters also spell ("jakes", a privy); the clause-opening
    /// word keeps its reading ("Clock's chime": the capital is the place's).
    static func isNamedPossessor(_ index: Int, tokens: [Token], text: [Unicode.Scalar]) -> Bool {
        let token = tokens[index]
        guard index > 0, token.start < min(token.end, text.count),
            text[token.start].properties.isUppercase
        else { return false }
        var before = token.start - 1
        while before >= 0, text[before].properties.isWhitespace { before -= 1 }
        return !(before >= 0 && ":;(\"“‘'—–-•".unicodeScalars.contains(text[before]))
    }
}
