/// The slot reading (rule S1, session 26): copy puts a condition in a few places whatever its
/// name: after a sufferer's verb ("suffering from", "struggling with") and after the words of
/// an ending or a riddance ("no more", "say goodbye to", "get rid of", "cleared up"). A lay
/// or trade name no vocabulary lists ("tulip fingers", "text neck", "housemaid's knee"), a
/// word whose commonest sense is ill health ("windburn", "chafing") or a word nothing the
/// checker knows, in that place, is the condition the copy speaks of, as a vocabulary
/// condition would be there.
extension TaggedSentence {
    /// Adds `condition-disease` (as a vocabulary disease is added, with its health context) for
    /// the noun phrase after a `@condition-slot` (`testimonial-arcs.yaml`): at most two
    /// determiners or possessives, then one to three free words (no condition or everyday
    /// phrase has taken them, no punctuation inside, no stopword) ending where a noun phrase
    /// ends (the end of the sentence, punctuation, a stopword or preposition, an adverb in
    /// -ly). The phrase names a condition when
    /// - (a) its last word is a part of the body (`@complaint-location`, `@animal-part`, or
    ///   `@complaint-location-possessed` after a possessive) that a cosmetic does not act on
    ///   (`cosmeticParts`: "helmet hair" is a look), and the word before it names a kind of
    ///   it, as rule U5 (a) reads a cure verb's object: a noun in lowercase that is neither a
    ///   part of the body, nor an animal (`@animal-kind`, `@living-body`: "panda eyes" and
    ///   "crow's feet" are looks), nor a describing word ("tired legs", "dry hands"), nor a
    ///   noun whose commonest sense is an artifact ("table legs", "bed head"), or a
    ///   possessive with no determiner before it ("housemaid's knee"; "your horse's legs" are
    ///   an owner's);
    /// - (b) it is one word whose commonest sense is ill health (`@disease-sense-noun`:
    ///   "windburn", "chafing"), in a sentence with an animal or a part of the body outside the
    ///   slot ("no more complaints from the neighbours" is not a body's), or one that nothing
    ///   the checker knows (rule U3's test: "snarfles"), in a sentence with a health word
    ///   outside the slot (`@health-context`, an animal or a part of the body); after a
    ///   sufferer's verb (`@slot-suffer`) either alone.
    static func tagSlotConditions(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon, everyday: [Int],
        conditions: [(start: Int, end: Int, concept: Int)], context: inout Bool,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let slot = lexicon.classID("condition-slot"), present[slot],
            let labels = lexicon.vocabularyLabels["condition-disease"],
            let stems = describingStems
        else { return }
        let count = tokens.count
        func ids(_ names: [String]) -> [Int] {
            names.compactMap { lexicon.classID($0) }.filter { present[$0] }
        }
        let parts = ids(["complaint-location", "animal-part"])
        let possessed = ids(["complaint-location-possessed", "animal-part-shared"])
        let owners = ids(["animal-kind", "living-body"])
        let bodies = owners + ids(["complaint-location", "body-part-sense"])
        let living = [lexicon.healthContext].compactMap { $0 }.filter { present[$0] } + bodies
        let suffer = lexicon.classID("slot-suffer")
        let sense = lexicon.classID("disease-sense-noun")
        let cureClasses = lexicon.cureObjectClasses
        let covered = Self.coveredWords(conditions: conditions, everyday: everyday, count: count)
        func punctuated(_ word: Int) -> Bool {
            Self.isPunctuated(before: word, tokens: tokens, text: text)
        }
        func tagged(_ word: Int, _ classes: [Int]) -> Bool {
            tags[word].contains { classes.contains($0.classID) && $0.end == word + 1 }
        }
        func stop(_ word: Int) -> Bool {
            lexicon.stopwords.contains(tokens[word].term)
                || complaintPrepositions.contains(tokens[word].term)
        }
        /// Letters only (an apostrophe before a possessive's "s" aside), in lowercase, three
        /// letters or more, not a piece of a name or a hashtag.
        func lowercaseWord(_ word: Int) -> Bool {
            let token = tokens[word]
            guard token.end - token.start >= 3, token.end <= text.count, !token.isNamePiece,
                !token.isHashtag
            else { return false }
            return text[token.start..<token.end].allSatisfy {
                ("a"..."z").contains($0) || $0 == "'" || $0 == "\u{2019}"
            }
        }
        func ends(after word: Int) -> Bool {
            guard word + 1 < count, !punctuated(word + 1) else { return true }
            return stop(word + 1) || tokens[word + 1].term.hasSuffix("ly")
        }
        /// A word of `classes` outside the slot and its phrase. A phrase that reaches into the
        /// slot is the slot's own ("gets rid of" is a therapy verb and a health word: "The update
        /// gets rid of sneffles" has no health word besides it), so it does not count.
        func word(of classes: [Int], outside span: Range<Int>) -> Bool {
            (0..<count).contains { word in
                !span.contains(word)
                    && tags[word].contains {
                        classes.contains($0.classID)
                            && !(word < span.lowerBound && $0.end > span.lowerBound)
                    }
            }
        }
        /// An animal or a part of the body outside the slot and its phrase: what a word of ill
        /// health ("complaints", "pests") needs to be a body's.
        func bodyWord(outside span: Range<Int>) -> Bool { word(of: bodies, outside: span) }
        func healthWord(outside span: Range<Int>) -> Bool { word(of: living, outside: span) }
        /// Rule U3's test: a word nothing the checker reads knows.
        func unknown(_ word: Int) -> Bool {
            let token = tokens[word]
            guard token.end - token.start >= 4, !token.isPossessive, lowercaseWord(word),
                cureClasses.isUnclassed(tags[word]),
                let known = knownStems
            else { return false }
            return !known.contains(token.term)
        }
        var found: [(start: Int, end: Int)] = []
        for position in 0..<count {
            for tag in tags[position] where tag.classID == slot {
                guard tag.end < count, !punctuated(tag.end) else { continue }
                // A classifying genitive right after the slot is the name's first word
                // ("housemaid's knee"); a determiner or a possessive pronoun is skipped.
                let start =
                    tokens[tag.end].isPossessive
                    ? tag.end : wordAfterDeterminers(from: tag.end, tokens, text: text)
                guard start < count, !punctuated(start) else { continue }
                let determined = start > tag.end
                var head: Int?
                for last in start..<min(start + 3, count) {
                    guard last == start || !punctuated(last), !stop(last), !covered[last]
                    else { break }
                    if ends(after: last) {
                        head = last
                        break
                    }
                }
                guard let head, lowercaseWord(head), !tokens[head].isPossessive else { continue }
                if head > start {
                    // (a) a part of the body with a word naming its kind before it
                    let modifier = head - 1
                    let possessive = tokens[modifier].isPossessive
                    let isPart = tagged(head, parts) || (possessive && tagged(head, possessed))
                    // A describing word before the modifier describes a thing's part ("no
                    // more wobbly table legs"): a lay name is two words.
                    let described =
                        modifier > start && stems.describing.contains(tokens[modifier - 1].term)
                    guard isPart, !described, !cosmeticParts.contains(tokens[head].term),
                        lowercaseWord(modifier),
                        !tagged(modifier, parts + possessed + owners),
                        possessive
                            ? !determined
                            : !stems.describing.contains(tokens[modifier].term)
                                && !stems.things.contains(tokens[modifier].term)
                    else { continue }
                    found.append((modifier, head + 1))
                } else {
                    // (b) one word of ill health, or one nothing knows
                    let sufferer =
                        suffer.map { id in
                            tags[position].contains { $0.classID == id && $0.end == tag.end }
                        } ?? false
                    let span = position..<(head + 1)
                    if sense.map({ tagged(head, [$0]) }) == true,
                        sufferer || bodyWord(outside: span)
                    {
                        found.append((head, head + 1))
                    } else if unknown(head), sufferer || healthWord(outside: span) {
                        found.append((head, head + 1))
                    }
                }
            }
        }
        guard !found.isEmpty else { return }
        for phrase in found {
            addLabels(labels, start: phrase.start, end: phrase.end, tags: &tags, present: &present)
        }
        context = true
    }
}

/// The diagnosis slot (rule S2, session 27): what a clinician diagnoses a body with, or tells
/// its keeper it has, is a condition whatever its name: "diagnosed with Dandy-Walker", "the vet
/// diagnosed him with wobblers", "she was told she had Tietze's". An eponym, a breeder's or a
/// lay name no vocabulary lists is read there as a vocabulary condition would be.
extension TaggedSentence {
    /// Adds `condition-disease` (with its health context) for the noun phrase after a
    /// `@slot-diagnosis` (`testimonial-arcs.yaml`): at most two determiners or possessives (a
    /// classifying genitive right after the slot is the name's first word), then one to four
    /// words up to punctuation, a stopword or a preposition, an adverb in -ly, or a possessive
    /// (which ends an eponym: "Kienböck's last year"). A phrase whose first word a condition or
    /// an everyday phrase has already taken is left as it is.
    static func tagDiagnosedConditions(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon, everyday: [Int],
        conditions: [(start: Int, end: Int, concept: Int)], context: inout Bool,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let slot = lexicon.classID("slot-diagnosis"), present[slot],
            let labels = lexicon.vocabularyLabels["condition-disease"]
        else { return }
        let count = tokens.count
        // A machine diagnosed before the slot ("my laptop was diagnosed with a dodgy fan") is
        // a repair shop's story.
        let devices = [lexicon.classID("device-noun")].compactMap { $0 }
        let covered = Self.coveredWords(conditions: conditions, everyday: everyday, count: count)
        func punctuated(_ word: Int) -> Bool {
            Self.isPunctuated(before: word, tokens: tokens, text: text)
        }
        func stop(_ word: Int) -> Bool {
            lexicon.stopwords.contains(tokens[word].term)
                || complaintPrepositions.contains(tokens[word].term)
                || tokens[word].term.hasSuffix("ly")
        }
        /// A word of letters (hyphens, apostrophes and accented letters too), not a hashtag.
        func wordy(_ word: Int) -> Bool {
            let token = tokens[word]
            guard !token.isHashtag, token.end <= text.count, token.end > token.start else {
                return false
            }
            return text[token.start..<token.end].allSatisfy {
                $0.properties.isAlphabetic || $0 == "-" || $0 == "'" || $0 == "\u{2019}"
            }
        }
        var found: [(start: Int, end: Int)] = []
        for position in 0..<count {
            for tag in tags[position] where tag.classID == slot {
                guard tag.end < count, !punctuated(tag.end),
                    !(0..<position).contains(where: { word in
                        tags[word].contains { devices.contains($0.classID) }
                    })
                else { continue }
                let start =
                    tokens[tag.end].isPossessive
                    ? tag.end : wordAfterDeterminers(from: tag.end, tokens, text: text)
                guard start < count, !punctuated(start), !covered[start], !stop(start),
                    wordy(start), tokens[start].end - tokens[start].start >= 3
                else { continue }
                var end = start + 1
                if !tokens[start].isPossessive {
                    while end < min(start + 4, count), !punctuated(end), !stop(end),
                        !covered[end], wordy(end)
                    {
                        end += 1
                        if tokens[end - 1].isPossessive { break }
                    }
                }
                found.append((start, end))
            }
        }
        guard !found.isEmpty else { return }
        for phrase in found {
            addLabels(labels, start: phrase.start, end: phrase.end, tags: &tags, present: &present)
        }
        context = true
    }
}
