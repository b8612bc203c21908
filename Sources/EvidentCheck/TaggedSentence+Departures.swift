import Foundation

/// The departure reading (rule U9 of `.ci/vocab/derive-cure-objects.py`): a condition said to
/// leave a body or a herd's place, never to enter one, to stay out of one, to be kept out of
/// one or removed from one is what the copy promises to rid it of ("norovirus exits your gut",
/// "COVID leaves your body within 24 hours", "bird flu never enters your coop", "keep mastitis
/// out of the parlour", "Eimeria flushed out of the broiler shed").
extension TaggedSentence {
    /// Words that may stand between a subject and its verb of motion: auxiliaries, "not" and
    /// "never" (`not` is what the tokenizer makes of "n't"), and the passive's "be" and "get".
    static let departureAuxiliaries: Set<String> = Set(
        [
            "will", "won", "would", "can", "ca", "could", "does", "do", "did", "shall",
            "should", "may", "might", "must", "just", "soon", "then", "now", "ever", "also",
            "is", "are", "was", "were", "be", "been", "get", "gets", "got", "not", "never",
        ].map { Stemmer.stem($0) })
    /// The negators among them: a condition that never enters is kept out; one that never
    /// leaves stays.
    static let departureNegators: Set<String> = Set(["not", "never"].map { Stemmer.stem($0) })

    /// Adds `condition-departs` at the verb (a claim's cue: disease-claim requires it or a
    /// benefit) and, where the subject is no vocabulary condition, `condition-disease` for it,
    /// when a noun phrase is the subject of
    /// - a `@depart-verb` (WordNet's verbs of going away from a place: leave, exit, go out,
    ///   walk out), not negated;
    /// - an `@enter-verb` (enter, get into, reach, invade), negated ("never gets into");
    /// - a `@stay-out-verb` (stay, stick, keep out) followed by "out of", "out", "away from";
    /// - the participle of a `@removal-verb` (remove, clear, expel, banish, flush), a
    ///   `@therapy-verb` or an `@eradicate-verb` ("wiped out") followed by "from" or "out of";
    /// or the object of a `@keep-out-verb` ("keep", "shut") before "out of" or "away from";
    /// and the place after the verb (past "out", "of", "from", "into", "in", determiners and
    /// possessives, a noun phrase of at most three words) has a word that is of the body
    /// (`@complaint-location`, `@body-noun`, `@body-part-sense`), an animal (`@animal-kind`,
    /// `@living-body`) or a herd's place (`@herd-place`: herd, flock, colony, coop, pen,
    /// kennel, hive): its head, or a modifier saying whose place it is ("your koi pond"). The subject counts when
    /// it is a condition of the vocabulary (an ambiguous one too: the body is its health
    /// context; a germ names its infection), or a word nothing the checker knows, an
    /// abbreviation alone, a capitalised unknown word or a `@germ-genus` (a germ WordNet knows
    /// only as one: "Eimeria", "Costia"), or a name headed by a `@germ-head` ("Strep suis"
    /// needs none of these: "Strep" is a germ of the vocabulary).
    /// What an animal dies of (a `@die-verb` with "of" or "from", an animal, a part of a body
    /// or a herd within three words before it: "Lambs dying of watery mouth?", "guppies dying
    /// of columnaris") is a condition by the same tests of its last word.
    static func tagDepartures(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon, everyday: [Int],
        conditions: [(start: Int, end: Int, concept: Int)], context: inout Bool,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        func presentID(_ name: String) -> Int? {
            lexicon.classID(name).flatMap { present[$0] ? $0 : nil }
        }
        let depart = presentID("depart-verb")
        let enter = presentID("enter-verb")
        let stay = presentID("stay-out-verb")
        let keep = presentID("keep-out-verb")
        let die = presentID("die-verb")
        let removal = [
            presentID("removal-verb"), presentID("therapy-verb"), presentID("eradicate-verb"),
        ].compactMap { $0 }
        let places = [
            "complaint-location", "animal-kind", "living-body", "herd-place", "body-part-sense",
            "body-noun",
        ]
        .compactMap { presentID($0) }
        guard
            depart != nil || enter != nil || stay != nil || keep != nil || die != nil
                || !removal.isEmpty,
            !places.isEmpty, let marker = lexicon.classID("condition-departs"),
            let labels = lexicon.vocabularyLabels["condition-disease"]
        else { return }
        let count = tokens.count
        let covered = Self.coveredWords(conditions: conditions, everyday: everyday, count: count)
        func punctuated(_ word: Int) -> Bool {
            Self.isPunctuated(before: word, tokens: tokens, text: text)
        }
        func written(_ word: Int) -> ArraySlice<Unicode.Scalar> {
            let token = tokens[word]
            guard token.start < token.end, token.end <= text.count else { return [] }
            return text[token.start..<token.end]
        }
        func has(_ id: Int?, at word: Int) -> Bool {
            guard let id else { return false }
            return tags[word].contains { $0.classID == id }
        }
        // Where a noun phrase ends: the end of the sentence, punctuation, a stopword or
        // preposition, an adverb in -ly, or a number ("within 24 hours", "for good", "in a
        // week", "two days after").
        func phraseEnds(after word: Int) -> Bool {
            guard word + 1 < count, !punctuated(word + 1) else { return true }
            let next = tokens[word + 1].term
            return lexicon.stopwords.contains(next) || complaintPrepositions.contains(next)
                || next.hasSuffix("ly") || written(word + 1).first?.properties.numericType != nil
        }
        /// Whether the words from `start` on (past "out", "away", "of", "from", "into", …,
        /// determiners and possessives) name a body's or a herd's place that ends its phrase.
        func place(from start: Int, particles: Set<String>, required: Bool) -> Bool {
            var word = start
            var passed = false
            while word < count, !punctuated(word), particles.contains(tokens[word].term) {
                word += 1
                passed = true
            }
            guard passed || !required else { return false }
            // A place comes after a particle or a determiner ("into your lungs", "the flock"):
            // a bare word after the verb is no place of it ("don't come back").
            let after = wordAfterDeterminers(from: word, tokens, text: text)
            guard passed || after > word else { return false }
            word = after
            // A place's noun phrase of at most three words, one of them a body's or a herd's
            // place: its head ("the flock") or a modifier naming whose place it is ("your koi
            // pond", "the calf pens").
            var named = false
            for at in word..<min(word + 3, count) {
                guard !punctuated(at) || at == word, !lexicon.stopwords.contains(tokens[at].term)
                else { return false }
                named = named || places.contains(where: { has($0, at: at) })
                if phraseEnds(after: at) { return named }
            }
            return false
        }
        let germHead = lexicon.classID("germ-head")
        let genus = lexicon.classID("germ-genus")
        let known = knownStems
        /// The subject phrase ending at `head`: (start, end) to tag as a condition, `nil` when
        /// it is no condition; `(head, head)` when it is one of the vocabulary already. `first`
        /// is where the phrase may start at the earliest (after the verb whose object it is).
        let endings = Set(lexicon.suffixRules.map(\.classID))
        func subject(endingAt head: Int, first: Int) -> (start: Int, end: Int)? {
            guard head >= 0, !lexicon.stopwords.contains(tokens[head].term) else { return nil }
            if let condition = conditions.first(where: { $0.end == head + 1 }) {
                if let vocabulary = lexicon.vocabulary,
                    vocabulary.kind(at: condition.concept) == .germ
                {
                    return (condition.start, condition.end)  // a germ names its infection
                }
                return (head, head)
            }
            guard !covered[head] else { return nil }
            let token = tokens[head]
            guard !token.isHashtag, !token.isPossessive else { return nil }
            let word = written(head)
            // A name headed by a germ class noun ("Tarrow Creek virus").
            if has(germHead, at: head), head > 0, !punctuated(head),
                !lexicon.stopwords.contains(tokens[head - 1].term), !covered[head - 1]
            {
                var start = head - 1
                while start > 0, head - start < 3, !punctuated(start),
                    !lexicon.stopwords.contains(tokens[start - 1].term), !covered[start - 1]
                {
                    start -= 1
                }
                return (start, head + 1)
            }
            guard !token.isNamePiece else { return nil }
            if has(genus, at: head) { return (head, head + 1) }  // "Eimeria", "Costia"
            // No class but a word ending's ("-ia", "-us") or a place's may hold a name nothing
            // knows.
            guard
                tags[head].allSatisfy({
                    endings.contains($0.classID) || places.contains($0.classID)
                })
            else { return nil }
            let alone =
                head == first || punctuated(head)
                || lexicon.stopwords.contains(tokens[head - 1].term)
            let letters = word.filter { $0.properties.isAlphabetic }
            // An abbreviation alone ("PRRS", "BVD").
            if alone, word.count >= 2, letters.count >= 2,
                word.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) })
            {
                return (head, head + 1)
            }
            // A word nothing the checker knows, in lowercase or capitalised ("Gyrodactylus").
            guard let known, word.count >= 4, !known.contains(token.term),
                let initial = word.first,
                ("a"..."z").contains(initial) || ("A"..."Z").contains(initial),
                word.dropFirst().allSatisfy({ ("a"..."z").contains($0) })
            else { return nil }
            return (head, head + 1)
        }
        /// The subject's last word before the verb at `position`, past auxiliaries, "not",
        /// "never" and adverbs in -ly; and whether one of them negates the verb.
        func head(before position: Int) -> (head: Int, negated: Bool) {
            var word = position - 1
            var negated = false
            while word >= 0, !punctuated(word + 1) {
                let term = tokens[word].term
                guard departureAuxiliaries.contains(term) || term.hasSuffix("ly") else { break }
                negated = negated || departureNegators.contains(term)
                word -= 1
            }
            return (word, negated)
        }
        func isParticiple(_ word: Int) -> Bool {
            let written = written(word)
            guard written.count > 3 else { return false }
            let ending = String(String.UnicodeScalarView(written.suffix(2))).lowercased()
            return ending == "ed" || ending == "en" || ending == "wn"
        }
        let out = Set(["out", "away", "of", "from"].map { Stemmer.stem($0) })
        let into = Set(["into", "in", "inside", "to", "through", "on"].map { Stemmer.stem($0) })
        var marks: [(start: Int, end: Int)] = []
        var found: [(start: Int, end: Int)] = []
        func read(_ phrase: (start: Int, end: Int)?, verb: Range<Int>) {
            guard let phrase else { return }
            marks.append((verb.lowerBound, verb.upperBound))
            if phrase.end > phrase.start { found.append(phrase) }
        }
        for position in 0..<count {
            for tag in tags[position] {
                let id = tag.classID
                let verb = position..<tag.end
                guard tag.end <= count else { continue }
                if id == keep {
                    // "keep mastitis out of the milking parlour"
                    let start = wordAfterDeterminers(from: tag.end, tokens, text: text)
                    for particle in start..<min(start + 5, count) {
                        guard !punctuated(particle) || particle == start else { break }
                        let term = tokens[particle].term
                        if term == "out" || term == "away" {
                            if particle > start,
                                place(from: particle, particles: out, required: true)
                            {
                                read(subject(endingAt: particle - 1, first: start), verb: verb)
                            }
                            break
                        }
                    }
                    continue
                }
                if id == die {
                    // "Lambs dying of watery mouth?": what an animal dies of
                    guard tag.end < count, !punctuated(tag.end),
                        ["of", "from"].contains(tokens[tag.end].term),
                        (max(0, position - 3)..<position).contains(where: { word in
                            places.contains { has($0, at: word) }
                        })
                    else { continue }
                    let start = wordAfterDeterminers(from: tag.end + 1, tokens, text: text)
                    for last in start..<min(start + 3, count) {
                        guard !punctuated(last) || last == start,
                            !lexicon.stopwords.contains(tokens[last].term)
                        else { break }
                        if phraseEnds(after: last) {
                            if let phrase = subject(endingAt: last, first: start),
                                phrase.end > phrase.start
                            {
                                found.append(phrase)
                            }
                            break
                        }
                    }
                    continue
                }
                let (last, negated) = head(before: position)
                guard last >= 0 else { continue }
                if id == depart, !negated,
                    place(from: tag.end, particles: out, required: false)
                {
                    read(subject(endingAt: last, first: 0), verb: verb)
                } else if id == enter, negated,
                    place(from: tag.end, particles: into, required: false)
                {
                    read(subject(endingAt: last, first: 0), verb: verb)
                } else if id == stay, !negated,
                    place(from: tag.end, particles: out, required: true),
                    ["out", "away"].contains(tokens[tag.end].term)
                {
                    read(subject(endingAt: last, first: 0), verb: verb)
                } else if removal.contains(id), !negated, isParticiple(position),
                    position == 0 || !perfectAuxiliaries.contains(tokens[position - 1].term),
                    place(from: tag.end, particles: out, required: true)
                {
                    read(subject(endingAt: last, first: 0), verb: verb)
                }
            }
        }
        guard !marks.isEmpty || !found.isEmpty else { return }
        for mark in marks {
            addLabels([marker], start: mark.start, end: mark.end, tags: &tags, present: &present)
        }
        for phrase in found {
            addLabels(labels, start: phrase.start, end: phrase.end, tags: &tags, present: &present)
        }
        context = true
    }
}
