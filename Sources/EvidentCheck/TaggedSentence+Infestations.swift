/// The infestation reading (rule U15 of `.ci/vocab/derive-cure-objects.py`): a product that
/// kills, clears or keeps off an organism living on or in an animal, a herd's place or a part
/// of a body names that organism's disease, though no vocabulary names it ("kills off varroa
/// in your colonies", "clears Marteilia from your mussels", "rids your rabbits of E.
/// cuniculi", "keeps flystrike off your rabbits"). What it kills on a thing or a plant is a
/// pest of another world ("kills ants in the larder", "clears rust from the leek bed").
extension TaggedSentence {
    /// The prepositions that place an organism on or in what it infests ("in your colonies",
    /// "on your tetras", "from your ewes", "off your goldfish").
    static let infestationPrepositions: Set<String> = Set(
        ["in", "on", "from", "off", "inside", "within"].map { Stemmer.stem($0) })
    /// The particles a verb of killing or clearing may take before its object ("kill off",
    /// "clear out", "clear away").
    static let infestationParticles: Set<String> = Set(
        ["off", "out", "away"].map { Stemmer.stem($0) })

    /// Adds `condition-disease` (with its health context) for the organism a verb of killing
    /// or removing acts on, when the copy shows it lives on or in a body:
    /// - the verb: a `@microbe-kill-verb` that is no verb of stopping (`@stop-verb`: "stops",
    ///   "blocks" take behaviours: "stops zoomies in puppies"), a `@removal-verb` ("clears",
    ///   "expels"), a `@therapy-verb` or an `@eradicate-verb`, not an -ed form used as an
    ///   adjective, with a particle after it or not ("kill off"); or a `@keep-out-verb` whose
    ///   object is followed by "off" ("keeps flystrike off your rabbits");
    /// - the organism: its object's noun phrase (at most three free words ending where a noun
    ///   phrase ends; a genus's initial and its point are passed: "E. cuniculi"), whose last
    ///   word is a word nothing the checker knows (rule U3's `knownStems`; three letters or
    ///   more in lowercase, "ich"; four or more capitalised, a genus: "Marteilia"; placed in an
    ///   animal or a herd's place, three to six capitals and digits, an abbreviation: "MSX"), a
    ///   `@germ-genus`, a lowercase `@disease-sense-noun` ("canker"), or a `@germ-head` with a
    ///   word before it ("gill flukes", "anchor worm": placed in a body, a modifier naming a
    ///   thing is part of the organism's name); no condition or everyday phrase holds it;
    /// - where it lives: after the object, one of `infestationPrepositions`, at most two
    ///   determiners or possessives and a noun phrase of at most three words (a hyphen joins
    ///   two: "rope-grown") that has an animal (`@animal-kind`, `@living-body`), a herd's place
    ///   (`@herd-place`: colony, hive, flock) or a part of the body (`@complaint-location`,
    ///   `@body-noun`, `@body-part-sense`); or the same noun phrase between the verb and "of",
    ///   the object after "of" ("rids your rabbits of E. cuniculi", "rid your pond fish of
    ///   gill flukes"); or, for an object placed nowhere, a definite determiner and a
    ///   `@germ-head` later in the sentence naming what it is ("… before the parasite empties
    ///   the line"), or, for a lowercase word nothing knows after a verb of killing or
    ///   eradicating, an animal named anywhere else in the sentence ("kills white muscardine
    ///   in the rearing trays and saves your silkworms").
    static func tagInfestations(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon, everyday: [Int],
        conditions: [(start: Int, end: Int, concept: Int)], context: inout Bool,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        let classes = lexicon.cureObjectClasses
        func presentID(_ name: String) -> Int? {
            lexicon.classID(name).flatMap { present[$0] ? $0 : nil }
        }
        let kill = classes.microbeKill.flatMap { present[$0] ? $0 : nil }
        let stop = classes.stop
        let killing = [kill, classes.eradicate.flatMap { present[$0] ? $0 : nil }]
            .compactMap { $0 }
        let removing =
            killing + classes.therapy.filter { present[$0] }
            + [classes.removal].compactMap { $0 }.filter { present[$0] }
        let keep = presentID("keep-out-verb")
        let places = [
            "animal-kind", "living-body", "herd-place", "complaint-location", "body-noun",
            "body-part-sense",
        ].compactMap(presentID)
        guard !removing.isEmpty || keep != nil, !places.isEmpty,
            let labels = lexicon.vocabularyLabels["condition-disease"], let known = knownStems
        else { return }
        let animals = classes.animals.filter { present[$0] }
        let herds = animals + [presentID("herd-place")].compactMap { $0 }
        let count = tokens.count
        let covered = coveredWords(conditions: conditions, everyday: everyday, count: count)
        // (an abbreviation the lab reading tags `@measure-acronym` when the sentence has a number,
        // "page 12", is still bare here: placed in an animal it names a germ, not an analyte)
        let unclassedIDs = Set(lexicon.suffixRules.map(\.classID))
            .union([classes.measureAcronym].compactMap { $0 })
        let germHead = classes.germHead
        let pest = classes.pest
        let pestVerbs = [classes.microbeKill, classes.eradicate, classes.cure].compactMap { $0 }
        let genus = lexicon.classID("germ-genus")
        let sense = classes.diseaseSense
        func has(_ id: Int?, at word: Int) -> Bool {
            guard let id else { return false }
            return tags[word].contains { $0.classID == id }
        }
        func punctuated(_ word: Int) -> Bool {
            isPunctuated(before: word, tokens: tokens, text: text)
        }
        func hyphened(_ word: Int) -> Bool {
            gap(before: word, tokens: tokens, text: text).elementsEqual(["-"])
        }
        func written(_ word: Int) -> ArraySlice<Unicode.Scalar> {
            let token = tokens[word]
            guard token.start < token.end, token.end <= text.count else { return [] }
            return text[token.start..<token.end]
        }
        func stopword(_ word: Int) -> Bool { lexicon.stopwords.contains(tokens[word].term) }
        /// Where a noun phrase from `start` (past determiners) of at most three words, a hyphen
        /// joining two, that names a body's or a herd's place ends, and whether it names an
        /// animal or a herd's place (not only a part of a body).
        func place(from start: Int) -> (end: Int, animal: Bool)? {
            let first = wordAfterDeterminers(from: start, tokens, text: text)
            var named = false
            var animal = false
            for at in first..<min(first + 4, count) {
                guard at == first || !punctuated(at) || hyphened(at), !stopword(at) else {
                    return nil
                }
                named = named || places.contains { has($0, at: at) }
                animal = animal || herds.contains { has($0, at: at) }
                let next = at + 1
                if next < count, hyphened(next) { continue }
                if endsObjectPhrase(after: at, tokens: tokens, text: text, lexicon: lexicon) {
                    return named ? (next, animal) : nil
                }
            }
            return nil
        }
        /// Where the words after `last` place the phrase: on or in a body, or an animal; past
        /// a bracketed name of the phrase ("kills white spot (ich) on goldfish": session 34).
        func placement(after last: Int) -> (end: Int, animal: Bool)? {
            let past = pastBracketedName(at: last + 1, tokens: tokens, text: text)
            let word = past ?? last + 1
            guard word < count, past != nil || !punctuated(word),
                infestationPrepositions.contains(tokens[word].term)
            else { return nil }
            return place(from: word + 1)
        }
        /// The first word of an object from `start`, past a genus's initial and its point.
        func objectStart(_ start: Int) -> Int {
            guard start + 1 < count, written(start).count == 1,
                written(start).first.map({ ("A"..."Z").contains($0) }) == true,
                gap(before: start + 1, tokens: tokens, text: text).first == "."
            else { return start }
            return start + 1
        }
        /// A germ of the vocabulary from `start` ("cures your dog of Babesia"): its span.
        func germ(at start: Int) -> Range<Int>? {
            guard let vocabulary = lexicon.vocabulary else { return nil }
            return conditions.first(where: {
                $0.start == start && vocabulary.kind(at: $0.concept) == .germ
                    && endsObjectPhrase(
                        after: $0.end - 1, tokens: tokens, text: text, lexicon: lexicon)
            }).map { $0.start..<$0.end }
        }
        /// The object's last word from `start`: at most three free words ending where a noun
        /// phrase ends or a particle or a preposition of place follows ("keeps flystrike off").
        func objectEnd(_ start: Int) -> Int? {
            for word in start..<min(start + 3, count) {
                guard word == start || !punctuated(word), !stopword(word), !covered[word]
                else { return nil }
                if endsObjectPhrase(after: word, tokens: tokens, text: text, lexicon: lexicon)
                    || infestationParticles.contains(tokens[word + 1].term)
                    || infestationPrepositions.contains(tokens[word + 1].term)
                {
                    return word
                }
            }
            return nil
        }
        enum Organism { case unknownLowercase, unknownCapitalised, named }
        /// What the object's head is, when it may be an organism: the phrase to tag.
        /// `placed`: nil when the phrase is placed nowhere, else whether in an animal or a
        /// herd's place (a disease-sense noun or a capitalised word, a brand's as often as a
        /// genus's, only there: "removes Sharpie from your skin").
        func organism(from start: Int, to head: Int, placed: Bool?) -> (Range<Int>, Organism)? {
            let token = tokens[head]
            guard !token.isHashtag, !token.isPossessive, !token.isNamePiece else { return nil }
            if has(germHead, at: head), head > start {
                return (start..<(head + 1), .named)
            }
            if has(genus, at: head) { return (head..<(head + 1), .named) }
            let word = written(head)
            let lowercase = word.allSatisfy { ("a"..."z").contains($0) }
            if lowercase, has(sense, at: head) {
                return placed == true ? (head..<(head + 1), .named) : nil
            }
            guard classes.isUnclassed(tags[head], besides: unclassedIDs),
                !known.contains(token.term)
            else { return nil }
            if lowercase, word.count >= (placed == true ? 3 : 4) {
                return (head..<(head + 1), .unknownLowercase)
            }
            if placed != false, word.count >= 4, let initial = word.first,
                ("A"..."Z").contains(initial),
                word.dropFirst().allSatisfy({ ("a"..."z").contains($0) })
            {
                return (head..<(head + 1), .unknownCapitalised)
            }
            // an abbreviation placed in an animal or a herd's place: a germ's or its disease's
            // initials ("clears MSX from seed oysters", "IBV from broiler flocks")
            if placed == true, (3...6).contains(word.count),
                word.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) }),
                word.filter({ ("A"..."Z").contains($0) }).count >= 3
            {
                return (head..<(head + 1), .unknownCapitalised)
            }
            return nil
        }
        /// Whether a definite determiner and a `@germ-head` stand after `word` ("the parasite").
        func namedLater(after word: Int) -> Bool {
            (word + 1..<max(word + 1, count - 1)).contains { at in
                ["the", "this", "that", "these", "those"].contains(tokens[at].term)
                    && has(germHead, at: at + 1) && !punctuated(at + 1)
            }
        }
        func animalElsewhere(outside span: Range<Int>) -> Bool {
            (0..<count).contains { word in
                !span.contains(word) && tags[word].contains { animals.contains($0.classID) }
            }
        }
        var found: [Range<Int>] = []
        for position in 0..<count {
            for tag in tags[position] where tag.end <= count {
                let id = tag.classID
                let isKeep = id == keep
                guard removing.contains(id) || isKeep else { continue }
                // A verb of killing that is one of stopping takes a behaviour ("stops barking").
                if id == kill, has(stop, at: position) { continue }
                // An -ed form is an adjective unless after "has", "have" or "had".
                if isEdForm(position, tokens: tokens, text: text),
                    position == 0 || !perfectAuxiliaries.contains(tokens[position - 1].term)
                {
                    continue
                }
                var start = tag.end
                if start < count, !punctuated(start),
                    infestationParticles.contains(tokens[start].term)
                {
                    start += 1
                }
                guard start < count, !punctuated(start) else { continue }
                // "rids your rabbits of E. cuniculi": the place, then "of", then the organism.
                if !isKeep, let (of, animal) = place(from: start), of < count, !punctuated(of),
                    tokens[of].term == "of", of + 1 < count
                {
                    let first = objectStart(wordAfterDeterminers(from: of + 1, tokens, text: text))
                    if let span = germ(at: first) {
                        found.append(span)
                    } else if let head = objectEnd(first),
                        let (span, _) = organism(from: first, to: head, placed: animal)
                    {
                        found.append(span)
                    }
                    continue
                }
                let first = objectStart(wordAfterDeterminers(from: start, tokens, text: text))
                guard let head = objectEnd(first) else { continue }
                if isKeep {
                    // "keeps flystrike off your rabbits"
                    guard head + 1 < count, !punctuated(head + 1), tokens[head + 1].term == "off",
                        let (_, animal) = place(from: head + 2),
                        let (span, _) = organism(from: first, to: head, placed: animal)
                    else { continue }
                    found.append(span)
                    continue
                }
                if let (_, animal) = placement(after: head) {
                    // a pest right after a verb the symptom rules read with it stays theirs
                    // ("wipes out barber pole worms in goats", rule U7's test)
                    if let (span, _) = organism(from: first, to: head, placed: animal),
                        !has(pest, at: head)
                            || !tags[position].contains(where: {
                                pestVerbs.contains($0.classID)
                            })
                    {
                        found.append(span)
                    }
                    continue
                }
                guard let (span, kind) = organism(from: first, to: head, placed: nil),
                    kind != .named
                else { continue }
                if namedLater(after: head)
                    || (kind == .unknownLowercase && killing.contains(id)
                        && animalElsewhere(outside: position..<(head + 1)))
                {
                    found.append(span)
                }
            }
        }
        addLabels(labels, over: found, context: &context, tags: &tags, present: &present)
    }
}
