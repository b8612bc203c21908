/// The compositional complaint reading (rule L of `.ci/vocab/derive-complaints.py`): a part of
/// the body and a word for what is wrong with it, in one noun phrase or clause, name a symptom
/// though no vocabulary term does ("the itch between his toes", "swollen gums", "his gums
/// bleed", "pain at the base of the thumb").
extension TaggedSentence {
    /// The words of one located complaint's grammar (general rules, not phrases):
    /// the prepositions that place a complaint on a part of the body.
    static let complaintPrepositions: Set<String> = Set(
        [
            "in", "on", "behind", "under", "around", "round", "between", "at", "inside", "along",
            "above", "below", "over", "across", "within", "beneath", "near", "of", "from",
        ].map { Stemmer.stem($0) })
    /// Determiners before a part of the body; a possessive ("your", "a horse's") also makes a
    /// word with a body-part sense that is not its commonest ("gums", "heel") a part of the
    /// body.
    static let complaintDeterminers: Set<String> = Set(
        [
            "the", "a", "an", "this", "that", "these", "those", "both", "each", "one",
        ].map { Stemmer.stem($0) })
    static let complaintPossessives: Set<String> = Set(
        [
            "your", "his", "her", "their", "my", "its", "our", "baby", "child",
        ].map { Stemmer.stem($0) })
    /// Nouns that name a side or a part of any thing: "the base of the thumb", "the roof of
    /// your mouth" name a part of the body when what follows "of" does.
    static let complaintRegions: Set<String> = Set(
        [
            "inside", "outside", "back", "base", "corner", "corners", "roof", "tip", "tips",
            "side", "sides", "front", "top", "bottom", "edge", "edges", "lining", "root", "roots",
            "rim", "fold", "folds", "crease", "creases", "surface", "middle", "end", "wall",
            "walls",
        ].map { Stemmer.stem($0) })
    /// The verbs that link a part of the body to its state ("gums are swollen").
    static let complaintCopulas: Set<String> = Set(
        [
            "is", "are", "was", "were", "be", "been", "feel", "feels", "felt", "look", "looks",
            "get", "gets", "got", "become", "becomes", "became", "stay", "stays", "keep", "keeps",
            "kept", "keeping",
            "start", "starts", "started",
            // verbs of becoming ("my fingers go numb", "his ankles turned puffy")
            "go", "goes", "went", "gone", "going", "turn", "turns", "turned", "turning", "grow",
            "grows", "grew", "grown", "growing",
        ].map { Stemmer.stem($0) })
    /// Modals and adverbs of frequency between a part of the body and its verb, which keep the
    /// part as the verb's subject ("my hands would go numb", "your knees often lock").
    static let complaintAuxiliaries: Set<String> = Set(
        [
            "would", "will", "can", "could", "may", "might", "often", "always", "sometimes",
            "still", "usually", "constantly", "suddenly",
        ].map { Stemmer.stem($0) })
    /// Rule L6: what may follow a verb of a part that stops working ("gave out on me", "lock
    /// up", "collapsed again"): a particle, a preposition, a conjunction or the clause's end;
    /// anything else is its object ("your stomach breaks down fat" is digestion).
    static let complaintPartVerbFollowers: Set<String> = Set(
        [
            "up", "out", "down", "again", "and", "or", "but", "when", "whenever", "if", "after",
            "before", "during", "while", "as", "until", "every", "completely", "entirely",
        ].map { Stemmer.stem($0) })
    /// Words that stop the reading: a coordination, a negation or a clause boundary changes
    /// what the words say together.
    static let complaintBarriers: Set<String> = Set(
        [
            "and", "or", "no", "not", "non", "without", "but", "never", "free",
        ].map { Stemmer.stem($0) })

    /// Adds `condition-symptom` (as a vocabulary symptom is added, with its health context)
    /// for every located complaint among the words no condition and no everyday phrase has
    /// taken. Three shapes, each inside one stretch of words without punctuation:
    /// - a complaint adjective or participle before the part ("swollen gums", "inflamed
    ///   tendon", "bleeding gums"), one other word at most between ("infected anal glands"),
    ///   or a describing word coordinated after a complaint adjective by a comma, "and" or
    ///   "or" (rule L10: "the painful, drum-tight belly", "swollen and throbbing ankles");
    /// - a complaint adjective, the finding it qualifies, a preposition and the part
    ///   ("painful cracks at the corners of your mouth");
    /// - a complaint noun or -ing word, a preposition, determiners or a possessive, at most
    ///   one word, the part, or a region of it ("the itch between his toes", "pain at the
    ///   base of the thumb");
    /// - the part with its possessive or determiner, at most two linking verbs, modals or
    ///   adverbs of frequency, and a complaint adjective or verb ("his gums bleed", "your
    ///   joints are swollen", "my fingers would go numb"), or a verb of a part that stops
    ///   working, gives way or locks with no object after it (rule L6: "my back kept giving
    ///   out", "your knees lock up").
    /// A word whose body-part sense is not its commonest (`@complaint-location-possessed`)
    /// counts only after a possessive. A thing the vocabularies find in a part of the body
    /// whose commonest sense is not bodily (`@complaint-located-noun`, rule L7: "a lump",
    /// "a growth", "stones") counts only in the third shape, with a preposition of place
    /// ("a growth on the eyelid", "stones in your bile duct"), never "of" ("the growth of
    /// your nails").
    static func tagLocatedComplaints(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon, everyday: [Int],
        conditions: [(start: Int, end: Int, concept: Int)],
        ambiguous: [(start: Int, end: Int, kind: ConditionKind)], context: inout Bool,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        // Rule L7's things are read only where the sentence does not speak of looks
        // (`@appearance-only`: "the look of", "under the eyes", "dark spots"): a lump, a spot
        // or puffiness a reader sees is a cosmetic's to change (21 CFR 700).
        let located =
            lexicon.classID("appearance-only").map { present[$0] } == true
            ? -1 : lexicon.classID("complaint-located-noun") ?? -1
        guard let noun = lexicon.classID("complaint-noun"),
            let adjective = lexicon.classID("complaint-adjective"),
            let verb = lexicon.classID("complaint-verb"),
            let location = lexicon.classID("complaint-location"),
            let possessed = lexicon.classID("complaint-location-possessed"),
            let labels = lexicon.vocabularyLabels["condition-symptom"]
        else { return }
        let clinician = lexicon.classID("clinician").flatMap { present[$0] ? $0 : nil }
        let bodied = present[location] || present[possessed]
        let complaints =
            bodied
            && (present[noun] || present[adjective] || present[verb]
                || (located >= 0 && present[located])
                || lexicon.classID("complaint-part-verb").map({ present[$0] }) == true)
        guard complaints || (!context && !ambiguous.isEmpty) else { return }
        let partVerb = lexicon.classID("complaint-part-verb")
        let count = tokens.count
        var covered = [Bool](repeating: false, count: count)
        // A condition with an everyday sense ("swelling", "lump") is what this reading gives
        // a health context to: its words stay free.
        for condition in conditions
        where !ambiguous.contains(where: { $0.start == condition.start && $0.end == condition.end })
        {
            for word in condition.start..<condition.end { covered[word] = true }
        }
        for index in 0..<count where everyday[index] > index {
            for word in index..<min(everyday[index], count) { covered[word] = true }
        }
        func has(_ id: Int, at word: Int) -> Bool {
            word >= 0 && word < count
                && tags[word].contains { $0.classID == id && $0.end == word + 1 }
        }
        /// Punctuation (other than an apostrophe or a hyphen) before a word.
        func punctuated(_ word: Int) -> Bool {
            guard word > 0, word < count else { return word >= count }
            // Pieces of one written word (a camel-case name, a hashtag) share their text.
            return Self.gap(before: word, tokens: tokens, text: text).contains {
                !$0.properties.isWhitespace && $0 != "-" && $0 != "'" && $0 != "\u{2019}"
            }
        }
        /// Whether only a comma (and spaces) stands before a word: two modifiers joined
        /// without a conjunction ("puffy, hot").
        func commaJoined(_ word: Int) -> Bool {
            guard word > 0, word < count else { return false }
            let gap = Self.gap(before: word, tokens: tokens, text: text)
            return gap.contains(",")
                && gap.allSatisfy { $0 == "," || $0.properties.isWhitespace }
                && gap.filter({ $0 == "," }).count == 1
        }
        func term(_ word: Int) -> String { tokens[word].term }
        func isComplaint(_ word: Int) -> Bool {
            !covered[word] && !tokens[word].isNamePiece && !tokens[word].isHashtag
                && (has(noun, at: word) || has(adjective, at: word) || has(verb, at: word)
                    || has(located, at: word))
        }
        /// Where a part of the body phrase starting at `word` ends (determiners, possessives
        /// with a word before one, one modifier, the part; or a region "of" a part), or nil.
        func part(from start: Int, possessor: Bool, depth: Int = 0) -> Int? {
            var word = start
            var owned = possessor
            var skipped = 0
            // A word right before a possessive is part of the possessor ("your Great Dane's
            // elbow", "your old cat's hip"), when a determiner or possessive opened the phrase.
            func modifiesPossessor(_ word: Int) -> Bool {
                word > start && word + 1 < count && tokens[word + 1].isPossessive
                    && !punctuated(word + 1) && !tokens[word].isPossessive
                    && !complaintBarriers.contains(term(word))
                    && !complaintPrepositions.contains(term(word))
            }
            while word < count, skipped < 3,
                complaintDeterminers.contains(term(word))
                    || complaintPossessives.contains(term(word))
                    || tokens[word].isPossessive || modifiesPossessor(word)
            {
                if word > start, punctuated(word) { return nil }
                if !complaintDeterminers.contains(term(word)) { owned = true }
                word += 1
                skipped += 1
            }
            // A modifier is a word that is no barrier, preposition or linking verb.
            func modifies(_ word: Int) -> Bool {
                let between = term(word)
                return !complaintBarriers.contains(between)
                    && !complaintPrepositions.contains(between)
                    && !complaintCopulas.contains(between)
            }
            // One modifier, or two joined by "and" or "or" ("in grey and white horses", "on red
            // or cracked heels") or by a comma alone ("out of puffy, hot knuckles"): a
            // coordination of modifiers is one modifier of the part.
            for modifiers in [0, 1, 2, 3] {
                let at = word + modifiers
                guard at < count else { return nil }
                if at > start, punctuated(at) {
                    // a comma after the first of two modifiers: the part comes after both
                    if modifiers == 1, commaJoined(at), modifies(word) { continue }
                    return nil
                }
                if modifiers == 1, !modifies(word) { return nil }
                if modifiers == 2 {
                    guard commaJoined(word + 1), modifies(word), modifies(word + 1),
                        !complaintDeterminers.contains(term(word + 1))
                    else { continue }
                }
                if modifiers == 3 {
                    guard ["and", "or"].contains(term(word + 1)), !punctuated(word + 1),
                        !punctuated(word + 2), modifies(word + 2),
                        !complaintDeterminers.contains(term(word + 2))
                    else { return nil }
                }
                let ends = tags[at].filter {
                    $0.classID == location || (owned && $0.classID == possessed)
                }.map(\.end)
                if let end = ends.max(), !(at..<end).contains(where: { covered[$0] && $0 != at }) {
                    return end
                }
                if depth == 0, complaintRegions.contains(term(at)), at + 1 < count,
                    term(at + 1) == "of", !punctuated(at + 1)
                {
                    return part(from: at + 2, possessor: owned, depth: 1)
                }
            }
            return nil
        }
        /// Whether the part of the body before `word` ends its noun phrase: the clause ends,
        /// or a word of grammar (a stopword: a preposition, a conjunction, a verb's auxiliary)
        /// follows. A part before another noun is that noun's modifier ("a growth in muscle
        /// mass", "growth in hoof horn"): the thing is not in the part.
        func endsPhrase(_ word: Int) -> Bool {
            word >= count || punctuated(word) || lexicon.stopwords.contains(term(word))
                || has(location, at: word) || has(possessed, at: word)
                || complaintRegions.contains(term(word))
        }
        func possessorBefore(_ word: Int) -> Bool {
            var index = word - 1
            var steps = 0
            while index >= 0, steps < 2, !punctuated(index + 1) {
                if complaintPossessives.contains(term(index)) || tokens[index].isPossessive {
                    return true
                }
                index -= 1
                steps += 1
            }
            return false
        }
        // Rule L8: a condition with an everyday sense placed in a living body takes its health
        // sense, as a located complaint gives one: the sentence speaks of health.
        if !context,
            ambiguous.contains(where: {
                embodied(
                    $0.start, $0.end, clinician: clinician, bodied: bodied, part: part,
                    punctuated: punctuated, tokens: tokens, tags: tags, lexicon: lexicon)
            })
        {
            context = true
        }
        guard complaints else { return }
        /// Rule L10 (session 33): the last word of a describing word coordinated after the
        /// word before `next` (after a comma alone, "and" or "or": "painful, tight", "swollen
        /// and throbbing"; a hyphenated word read by its last piece: "drum-tight"), or nil.
        func coordinatedDescriber(at next: Int) -> Int? {
            guard next < count, let describing = describingStems?.describing else { return nil }
            var first = next
            if punctuated(next) {
                guard
                    Self.gap(before: next, tokens: tokens, text: text).allSatisfy({
                        $0 == "," || $0.properties.isWhitespace
                    })
                else { return nil }
            } else {
                guard ["and", "or"].contains(term(next)), next + 1 < count,
                    !punctuated(next + 1)
                else { return nil }
                first = next + 1
            }
            var last = first
            while last + 1 < count,
                Self.gap(before: last + 1, tokens: tokens, text: text).elementsEqual(["-"])
            {
                last += 1
            }
            guard (first...last).allSatisfy({ !covered[$0] && !tokens[$0].isNamePiece }),
                describing.contains(term(last)), !has(location, at: last),
                !has(possessed, at: last),
                !complaintDeterminers.contains(term(first)),
                !complaintPossessives.contains(term(first)),
                !complaintBarriers.contains(term(first)),
                !complaintPrepositions.contains(term(first)),
                !complaintCopulas.contains(term(first))
            else { return nil }
            return last
        }
        var found: [Range<Int>] = []
        for word in 0..<count where isComplaint(word) {
            // A complaint adjective or participle before the part (a noun there is read as
            // an adjective, whose sense rule L1 did not check: "sore legs").
            if word + 1 < count, !punctuated(word + 1),
                has(adjective, at: word) || has(verb, at: word),
                let end = part(from: word + 1, possessor: possessorBefore(word))
            {
                found.append(word..<end)
                continue
            }
            // Rule L10: a complaint adjective first of describing words coordinated before
            // the part ("the painful, drum-tight belly", "swollen and throbbing ankles"): the
            // string qualifies the part as one modifier does.
            if has(adjective, at: word), let last = coordinatedDescriber(at: word + 1),
                let end = part(from: last, possessor: possessorBefore(word))
            {
                found.append(word..<end)
                continue
            }
            // A complaint adjective, the finding it qualifies, a preposition, the part
            // ("painful cracks at the corners of your mouth").
            if word + 3 < count, has(adjective, at: word), !has(location, at: word + 1),
                !punctuated(word + 1), !punctuated(word + 2),
                complaintPrepositions.contains(term(word + 2)),
                !complaintBarriers.contains(term(word + 1)),
                let end = part(from: word + 3, possessor: false)
            {
                found.append(word..<end)
                continue
            }
            // A complaint, a preposition ("out of" as one: what is drawn out of a part was in
            // it), the part.
            let outOf =
                word + 3 < count && term(word + 1) == "out" && term(word + 2) == "of"
                && !punctuated(word + 2)
            let after = outOf ? word + 3 : word + 2
            if after < count, !punctuated(word + 1),
                outOf || complaintPrepositions.contains(term(word + 1)),
                !punctuated(after),
                has(noun, at: word) || term(word).hasSuffix("ing") || has(verb, at: word)
                    || (has(located, at: word) && (outOf || term(word + 1) != "of")),
                let end = part(from: after, possessor: false),
                !has(located, at: word) || has(noun, at: word) || endsPhrase(end)
            {
                found.append(word..<end)
                continue
            }
        }
        // The part, a linking verb or none, the complaint ("his gums bleed").
        for start in 0..<count
        where complaintPossessives.contains(term(start)) || tokens[start].isPossessive
            || complaintDeterminers.contains(term(start))
        {
            guard !found.contains(where: { $0.contains(start) }),
                let end = part(from: start, possessor: false), end < count, !punctuated(end)
            else { continue }
            var next = end
            var linking = 0
            while next < count, linking < 2, !punctuated(next),
                complaintCopulas.contains(term(next))
                    || complaintAuxiliaries.contains(term(next))
            {
                next += 1
                linking += 1
            }
            if linking > 0, next < count,
                ["so", "very", "too", "really", "badly", "all"].contains(term(next))
            {
                next += 1
            }
            guard next < count, !punctuated(next) else { continue }
            if isComplaint(next),
                has(adjective, at: next) || has(verb, at: next)
                    || (next == end && has(noun, at: next))
            {
                found.append(start..<(next + 1))
            } else if let partVerb, !covered[next], !tokens[next].isNamePiece,
                let verbEnd = tags[next].filter({ $0.classID == partVerb }).map(\.end).max(),
                verbEnd >= count || punctuated(verbEnd)
                    || complaintPrepositions.contains(term(verbEnd))
                    || complaintPartVerbFollowers.contains(term(verbEnd))
                    || term(verbEnd).hasSuffix("ly")
            {
                found.append(start..<verbEnd)
            }
        }
        // A complaint tied to a natural state ("sore legs the day after a marathon", "aching
        // breasts in early pregnancy") is, as for the vocabulary's symptoms (see
        // `dropNaturalStates`), no disease (21 CFR 101.93(g)(2)(iii)): a `@state-link` and a
        // `@natural-state` within six words after it.
        if let state = lexicon.naturalState, let link = lexicon.stateLink, present[state],
            present[link]
        {
            found.removeAll { span in
                let window = span.upperBound..<min(count, span.upperBound + 6)
                guard let linked = window.first(where: { tags[$0].contains { $0.classID == link } })
                else { return false }
                return (linked..<min(count, linked + 4)).contains { word in
                    tags[word].contains { $0.classID == state }
                }
            }
        }
        Self.addLabels(labels, over: found, context: &context, tags: &tags, present: &present)
    }
}
