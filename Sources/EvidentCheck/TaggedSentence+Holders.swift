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
    ///   "toxic assets infected the whole balance sheet");
    /// - the subject of a verb of showing or coming to have ("show", "develop", "display") with
    ///   the condition as its object, as "has" ("my tomatoes showed every symptom of …");
    /// - the subject of the condition written as a verb (`@complaint-verb`, `@body-sign`), past
    ///   auxiliaries, verbs of continuing and adverbs of time ("the new jeans kept bleeding
    ///   dye", "the engine was coughing"); right before the verb only a `@holder-noun` and a
    ///   verb written as one ("-ing", "-ed", "-s"), as "kennel cough" and "the tender swelling"
    ///   are a compound and an adjective;
    /// - a thing within four words after "of" after the condition with a determiner before it
    ///   ("the swelling of the kitchen door"), a part of the body first ending the search or
    ///   following the thing's word in its noun phrase ("the abrasion of your lower leg").
    /// `reach`: how far before the condition a possessive is looked for (4: three words between).
    /// A thing named after the condition as where it is ("caught giardia on the trail") is
    /// where the person was, not the holder: no frame reads it.
    /// The holder is the word right before the possessive's "'s" or before the verb (past an
    /// auxiliary or an adverb of time: "is", "was", "still"), or the word after the verb: a
    /// thing's noun (`@holder-noun`, `@thing-holder`) and not a substance, a product's word or
    /// a body's (`@substance`, `@product-topic`): "elderberry's flu-fighting power" is the
    /// product's claim.
    static func hasThingHolder(
        _ start: Int, _ end: Int, tokens: [Token], text: [Unicode.Scalar],
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon, reach: Int = 4
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
        // A word of a part of the body, where a body holds what comes before it.
        let parts = Self.bodyPartClasses.compactMap { lexicon.classID($0) }
        // The condition's word is a verb: a verb of a complaint (`@complaint-verb`,
        // `@arc-condition-verb`, `@body-sign`'s verbs).
        let verbs = ["complaint-verb", "body-sign"].compactMap {
            lexicon.classID($0)
        }
        func isVerb(_ index: Int) -> Bool {
            tags[index].contains(where: { verbs.contains($0.classID) && $0.end == index + 1 })
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
        // A thing within three words after `word` (a preposition or a verb), in one clause:
        // a subject pronoun opens a clause of its own, so the determiner's phrase has ended
        // ("bled every time I showered": the shower is where the narrator was, not what bled;
        // session 30).
        func thingAfter(_ word: Int) -> Bool {
            var index = word + 1
            while index < min(tokens.count, word + 5), joined(index - 1, index),
                !Self.subjectPronouns.contains(tokens[index].term)
            {
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
            while index >= max(0, start - reach) {
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
                    // A verb of treatment after it makes "has" the perfect's auxiliary and the
                    // condition that verb's object, no possession ("the tonic from the stall
                    // has reversed their type 2 diabetes": principle G, session 28).
                    let therapy = Self.therapyVerbClasses.compactMap(lexicon.classID)
                    if (index + 1..<start).contains(where: { word in
                        tags[word].contains { therapy.contains($0.classID) }
                    }) {
                        return false
                    }
                    return isThing(subject(before: index))
                }
                // A verb of showing or coming to have a condition, its subject the holder as
                // "has" ("my tomatoes showed every symptom of …", "the boiler developed a
                // cough").
                if Self.showingVerbs.contains(term), start - index <= 3, joined(index, start) {
                    return isThing(subject(before: index))
                }
                index -= 1
            }
        }
        // The condition written as a verb, its subject a thing before it, past the verbs that
        // carry an aspect or a tense ("the new jeans kept bleeding dye", "the engine was
        // coughing", "the tap still weeps"): the verb is the thing's.
        if start > 0, end - start == 1, isVerb(start), joined(start - 1, start) {
            var index = start - 1
            while index > 0, Self.aspectVerbs.contains(tokens[index].term),
                joined(index - 1, index)
            {
                index -= 1
            }
            // Right after the thing, only a word written as a verb ("the tap leaks", "the
            // jeans bled"): a bare word there is a compound's head, the thing its kind or
            // where it is caught ("kennel cough").
            let written = String(
                String.UnicodeScalarView(
                    text[tokens[start].start..<min(tokens[start].end, text.count)])
            ).lowercased()
            let inflected = ["ing", "ed", "s"].contains { written.hasSuffix($0) }
            // "keep" also takes the condition as its object with a particle after it ("the
            // compression sock keeps swelling down"): that is the thing's doing to a body.
            let kept = Self.keepVerbs.contains(tokens[start - 1].term)
            let particle =
                end < tokens.count && Self.keepParticles.contains(tokens[end].term)
            // Right after it, a word WordNet's tagged texts use more as an adjective is one
            // ("the tender swelling"): only a `@holder-noun` counts there.
            let adjacent = index == start - 1
            let strict =
                lexicon.classID("holder-noun").map { noun in
                    tags[index].contains(where: { $0.classID == noun && $0.end == index + 1 })
                } ?? false
            if isThing(index), !(kept && particle), !adjacent || (inflected && strict) {
                return true
            }
        }
        // The condition's word with "of" and a thing after it ("every symptom of blossom end
        // rot", "the swelling of the door", "the discharge of the loan"): the thing holds it.
        // Only "of": after "on", "in" or "from" a thing is where the body was or what caused
        // it ("wheezing on the stairs", "a rash from the new washing powder").
        // The condition is a noun there, a determiner before it ("the", "every"); after a
        // verb's bare object "of" is the verb's ("starve tumours of their blood supply").
        let determined =
            start > 0
            && tags[start - 1].contains(where: {
                $0.classID == lexicon.determiner && $0.end == start
            })
        // A thing's word that a part of the body follows in the same noun phrase modifies the
        // part ("the abrasion of your lower leg", "the swelling of the lower lip": "lower" is
        // also a berth): the part holds the condition (session 26).
        func modifiesPart(_ word: Int) -> Bool {
            var index = word + 1
            while index < min(tokens.count, word + 4), joined(index - 1, index),
                !lexicon.stopwords.contains(tokens[index].term)
            {
                if tags[index].contains(where: { parts.contains($0.classID) }) { return true }
                index += 1
            }
            return false
        }
        if follows, determined, tokens[end].term == "of" {
            var index = end + 1
            while index < min(tokens.count, end + 5), joined(index - 1, index) {
                if tags[index].contains(where: { parts.contains($0.classID) }) { return false }
                if isThing(index) {
                    return !(index + 1 < tokens.count && tokens[index + 1].term == "of")
                        && !modifiesPart(index)
                }
                index += 1
            }
        }
        return false
    }

    static let keepVerbs: Set<String> = Set(["keep", "keeps", "kept"].map { Stemmer.stem($0) })
    static let keepParticles: Set<String> = Set(
        ["down", "away", "off", "at", "under", "in", "out", "to", "from"].map { Stemmer.stem($0) })

    /// A sign of disease that no vocabulary term names (`@sign-word`, `@body-sign`, a
    /// complaint's noun, adjective or verb: "discharge", "weeping", "bleeding") held by a
    /// thing in one of `hasThingHolder`'s frames ("the pipe's discharge into the stream has
    /// stopped", "the oak was bleeding sap") is the thing's: its words keep no class, and a
    /// condition of the vocabulary there is none.
    /// The verbs of a condition that are also a product's doing to what it acts on
    /// (`@arc-condition-verb`: "flush", "harden", "choke": "the lick flushes the germ out") are
    /// read only as a noun in the other frames ("the apple tree's canker"), never as a verb
    /// after a thing.
    static let heldSignClasses = [
        "body-sign", "complaint-noun", "complaint-located-noun", "complaint-adjective",
        "complaint-verb", "visible-complaint-noun", "visible-complaint-adjective",
        "arc-complaint-noun", "arc-condition-verb", "lump-word",
    ]

    static func dropThingHeldSigns(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        conditions: inout [(start: Int, end: Int, concept: Int)],
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        let signs = heldSignClasses.compactMap { lexicon.classID($0) }
        var dropped = false
        // A condition the compositional, located or named readings found (not the
        // vocabulary's loop, which reads its holder itself): "the lawn's bald patches".
        for condition in conditions
        where hasThingHolder(
            condition.start, condition.end, tokens: tokens, text: text, tags: tags,
            lexicon: lexicon, reach: 2)
        {
            for index in condition.start..<condition.end { tags[index].removeAll() }
            dropped = true
        }
        if dropped {
            conditions.removeAll { condition in
                (condition.start..<condition.end).allSatisfy { tags[$0].isEmpty }
            }
        }
        guard dropped || signs.contains(where: { present[$0] }) else { return }
        var position = 0
        while position < tokens.count {
            guard
                let end = tags[position].filter({ signs.contains($0.classID) }).map(\.end).max(),
                // A condition read over the sign and the words after it names them as its own
                // (the vocabulary's "abrasion of lower leg", "swelling of lower eyelid"): they
                // are where the body has it, not a thing that holds the sign (session 26).
                !conditions.contains(where: { $0.start <= position && $0.end > end }),
                hasThingHolder(
                    position, end, tokens: tokens, text: text, tags: tags, lexicon: lexicon,
                    reach: 2)
            else {
                position += 1
                continue
            }
            for index in position..<end { tags[index].removeAll() }
            conditions.removeAll { $0.start < end && position < $0.end }
            dropped = true
            position = end
        }
        guard dropped else { return }
        present = [Bool](repeating: false, count: present.count)
        for list in tags {
            for tag in list { present[tag.classID] = true }
        }
    }

    /// Verbs that say a holder shows or comes to have what follows them (as "has" does),
    /// stems.
    static let showingVerbs: Set<String> = Set(
        [
            "show", "shows", "showed", "showing", "shown", "develop", "develops", "developed",
            "developing", "display", "displays", "displayed",
        ].map { Stemmer.stem($0) })
    /// The verbs and adverbs between a subject and a condition written as a verb that keep it
    /// the verb's subject: the auxiliaries of aspect and tense, the verbs of continuing and
    /// beginning, adverbs of time (stems). Not "stop" or "start", which also take the
    /// condition as their object ("the spray stopped bleeding in seconds").
    static let aspectVerbs: Set<String> = Set(
        [
            "is", "are", "was", "were", "been", "be", "has", "have", "had", "kept", "keeps",
            "keep", "began", "begins", "would", "will", "still", "always", "constantly", "often",
            "sometimes", "now", "already",
        ].map { Stemmer.stem($0) })

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
