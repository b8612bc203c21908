import Foundation

/// The cure-object reading (rule U of `.ci/vocab/derive-cure-objects.py`): what a verb that
/// means to make healthy or to destroy completely acts on is, in a product's copy, a condition,
/// though no vocabulary names it ("cures megabacteria in budgies", "eradicate footrot").
extension TaggedSentence {
    /// The auxiliaries of the perfect, after which a participle is a verb.
    static let perfectAuxiliaries = Set(["has", "have", "had"].map { Stemmer.stem($0) })
    /// The pronouns that stand as a subject before a verb in the past tense ("it cured").
    static let subjectPronouns = Set(
        ["it", "they", "we", "i", "he", "she", "this", "that", "which", "who"].map {
            Stemmer.stem($0)
        })

    /// The stems of every word WordNet and the condition vocabulary know (rule U3,
    /// `Vocabulary/known-words.txt`), read once, when a sentence first needs them; `nil` when
    /// the file is missing (the reading of unknown words is then off).
    static let knownStems: KnownStems? = {
        guard let folder = ConditionVocabulary.bundledDirectory,
            let data = try? Data(contentsOf: folder.appendingPathComponent("known-words.txt")),
            String(data: data, encoding: .utf8) != nil
        else { return nil }
        return KnownStems(data: data)
    }()

    /// The first word from `start` on past at most two determiners or possessives with only
    /// spaces before each ("in your horse's legs", "on the shins"): where rules U4 and U5 look
    /// for the animal or the part of the body a phrase is placed in.
    static func wordAfterDeterminers(
        from start: Int, _ tokens: [Token], text: [Unicode.Scalar]
    ) -> Int {
        var word = start
        var skipped = 0
        while word < tokens.count, skipped < 2,
            !gap(before: word, tokens: tokens, text: text).contains(where: {
                !$0.properties.isWhitespace
            }),
            complaintDeterminers.contains(tokens[word].term)
                || complaintPossessives.contains(tokens[word].term) || tokens[word].isPossessive
        {
            word += 1
            skipped += 1
        }
        return word
    }

    /// Adds `condition-disease` (as a vocabulary disease is added, with its health context) for
    /// the head of the object of a `@cure-verb` ("cure", "heal") or an `@eradicate-verb`
    /// ("eradicate", "wipe out"): the first word after at most two determiners or possessives,
    /// or the second when one modifier stands before it, where the noun phrase ends (the end
    /// of the sentence, punctuation, a stopword or preposition: "in", "for", "and", "within",
    /// or an adverb in -ly). The head counts when
    /// it is
    /// - after a `@cure-verb`, a `@disease-sense-noun` written in lowercase (rule U2: a word
    ///   whose commonest sense is ill health: "heals the canker"); or
    /// - after either verb, a word nothing the checker reads knows (rule U3): four or more
    ///   lowercase letters, no class of the lexicon or the rule packs at it (the substance
    ///   catalog's names included), not a piece of a name or hashtag, and a stem WordNet and
    ///   the vocabulary do not have ("megabacteria", "chalkbrood"). A brand is capitalised, an
    ///   ingredient is a substance; a made-up flavour word is seldom what a product cures.
    ///   After a `@cure-verb-of-things` ("cure" also preserves meat: "cures guanciale"), only
    ///   in a sentence that also names health or a living body: a `@health-context` word
    ///   outside the verb, an animal (`@animal-kind`) or a part of the body
    ///   (`@complaint-location`): "cures megabacteria in budgies".
    /// Three more readings of a `@cure-verb`'s object (rule U4):
    /// - the object placed in a living body ("cures blackleg in calves", "cures IBR in beef
    ///   cattle"): the noun phrase followed by "in", "on" or "of", at most two determiners or
    ///   possessives and one modifier, and an animal (`@animal-kind`, `@living-body`: any noun
    ///   whose commonest WordNet sense is an animal, "calves", "lambs") or a part of the body
    ///   (`@complaint-location`). What is cured in a calf is its disease, whatever other
    ///   senses the word has: a head no class of the lexicon covers, in lowercase or as an
    ///   all-capitals abbreviation of three letters or more, counts;
    /// - a germ of the vocabulary ("cures mycoplasma"): what is cured is its infection;
    /// - a `@disease-sense-noun` with one word after it that ends the phrase: a Latin name
    ///   puts its qualifier last ("heals diastasis recti").
    /// Rule U6 widens the verbs: the object of every `@therapy-verb` (WordNet's verbs of making
    /// a bad state go away: cure, treat, remedy, get rid of, eliminate, knock out, reverse,
    /// overcome, beat, drive out, shake off, end …) or `@avert-verb` ("prevent"), and what a
    /// `@protect-verb` guards from or against ("protects your hens from …"), is a noun phrase
    /// of at most four free words ending where a noun phrase ends; in a sentence with a health
    /// word outside the verb (`@health-context`, an animal or a part of the body) its last
    /// word is a condition when it is a word nothing the checker knows (as rule U3), an
    /// abbreviation of two or more capitals, digits and a plural -s that no class covers and
    /// no stopword spells, alone ("reverses DSLD"; "UK delivery" goes on past it), a known word
    /// placed in a living body (as above).
    /// Rule U7: the same phrase after any of those verbs, a `@treat-verb` or a
    /// `@microbe-kill-verb`, when its last word is a `@germ-head` (WordNet's nouns naming a
    /// class of germs or parasites: virus, fungus, mite, fluke) and a word before it, is a
    /// germ's name and names its infection, though the vocabulary lacks it ("Heartland virus",
    /// "chytrid fungus", "northern fowl mite"); a modifier whose commonest sense is an artifact
    /// makes it a thing's ("computer virus"), and a pest after a verb the symptom rules read
    /// with it stays theirs (`@animal-pest` after a killing, eradicating or curing verb:
    /// "clears out feather mites").
    /// Rule U8 reads the same tests in the subject position of a resultative: the words
    /// before a participle of a `@therapy-verb` (not after "has", "have" or "had") or a
    /// `@vanish-verb` ("gone"), past a phrase placing them in a living body, in a sentence with
    /// a health word: a germ's name ("Tarrow Creek virus cured in ten days"), an unknown word, an
    /// abbreviation alone ("QXRD reversed without surgery"), and, placed in an animal or a part
    /// of the body, a known word or a capitalised unknown one ("Quorbella in cats gone for
    /// good"; a capitalised unknown word placed nowhere is a name: "Snaptrix gone from the app
    /// store"). A part of a body is any noun with such a sense in WordNet (`@body-part-sense`:
    /// "in the coronet", "in the hock"), and a placed subject may also be that of a
    /// `@removal-verb`'s participle ("Quittor in the coronet cleared").
    /// Words a condition or an everyday phrase has taken are left as they are. A participle in
    /// -ed counts only after "has", "have" or "had": before its noun it is an adjective
    /// ("cured guanciale", "healed skin").
    static func tagCureObjects(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon, everyday: [Int],
        conditions: [(start: Int, end: Int, concept: Int)], context: inout Bool,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        // (The classes by id, resolved once per lexicon: `CureObjectClasses`.)
        let classes = lexicon.cureObjectClasses
        let cure = classes.cure
        let eradicate = classes.eradicate
        let therapy = classes.therapy.filter { present[$0] }
        let protect = classes.protect.flatMap { present[$0] ? $0 : nil }
        // Rule U12: the verbs of stopping a thing from happening (stop, halt, block, thwart):
        // their object is a condition only when it is placed in an animal.
        let stopVerb = classes.stop.flatMap { present[$0] ? $0 : nil }
        // Rule U7: a germ's name is an infection after any treating or germ-killing verb too.
        let treatVerb = classes.treat
        let germVerbs = [treatVerb, classes.microbeKill]
            .compactMap { $0 }.filter { present[$0] }
        guard
            cure.map({ present[$0] }) == true || eradicate.map({ present[$0] }) == true
                || !therapy.isEmpty || protect != nil || !germVerbs.isEmpty || stopVerb != nil
                || classes.vanish.map({ present[$0] }) == true
                || classes.repair.map({ present[$0] }) == true,
            let labels = lexicon.vocabularyLabels["condition-disease"]
        else { return }
        let sense = classes.diseaseSense
        let ofThings = classes.ofThings
        let count = tokens.count
        let covered = Self.coveredWords(conditions: conditions, everyday: everyday, count: count)
        // Rule U4: where a germ of the vocabulary starts, and where it ends.
        var germs: [Int: Int] = [:]
        if let vocabulary = lexicon.vocabulary {
            for condition in conditions where vocabulary.kind(at: condition.concept) == .germ {
                germs[condition.start] = max(germs[condition.start] ?? 0, condition.end)
            }
        }
        func punctuated(_ word: Int) -> Bool {
            Self.isPunctuated(before: word, tokens: tokens, text: text)
        }
        func lowercase(_ word: Int) -> Bool {
            isLowercase(word, tokens: tokens, text: text)
        }
        // The classes of places rule U9 reads (a body's, a herd's): a word in them may still be
        // the condition a verb acts on ("cures slobbers in foals": slobber is also saliva).
        // So may a word of rule U11's abnormality nouns ("lens luxation in terriers"), and a word
        // of rule N10's company classes: they vote on a sentence's domain and say nothing of what
        // the word itself names ("slobber" votes for a body and is still the condition cured).
        // (`CureObjectClasses.placeOnly` names them.)
        func unclassed(_ word: Int) -> Bool { classes.isUnclassed(tags[word]) }
        func unknown(_ word: Int) -> Bool {
            let token = tokens[word]
            guard token.end - token.start >= 4, unclassed(word), !token.isNamePiece,
                !token.isHashtag, !token.isPossessive, lowercase(word),
                let known = knownStems
            else { return false }
            return !known.contains(token.term)
        }
        func diseaseSense(_ word: Int) -> Bool {
            guard let sense else { return false }
            return tags[word].contains { $0.classID == sense && $0.end == word + 1 }
                && lowercase(word) && !tokens[word].isNamePiece && !tokens[word].isHashtag
        }
        // Where the object's noun phrase ends: after the last word, or before punctuation or a
        // stopword.
        func ends(after word: Int) -> Bool {
            endsObjectPhrase(after: word, tokens: tokens, text: text, lexicon: lexicon)
        }
        // Whether the verb's first word is written with -ed ("cured", "wiped out").
        func isParticiple(_ word: Int) -> Bool {
            isEdForm(word, tokens: tokens, text: text)
        }
        func verbTakes(_ id: Int?, at word: Int) -> Bool {
            guard let id else { return false }
            return tags[word].contains { $0.classID == id }
        }
        let bodies = classes.bodies.filter { present[$0] }
        let living = ([lexicon.healthContext].compactMap { $0 } + bodies).filter { present[$0] }
        func afterDeterminers(_ start: Int) -> Int {
            wordAfterDeterminers(from: start, tokens, text: text)
        }
        /// Rule U4: whether the object phrase ending before `word` is placed in an animal or a
        /// part of the body ("in calves", "in beef cattle", "on your horse's legs"), one
        /// modifier, two ("in older guinea pigs") or two joined by "and" or "or" before it ("in
        /// grey and white horses": a coordination of modifiers is one modifier).
        func placedInBody(after word: Int) -> Bool {
            placed(after: word, in: bodies)
        }
        /// Rule U12: the same placement in an animal only ("in laying hens", "in racehorses",
        /// "of your herd"), not in a part of the body ("the skin on your paws").
        let animals = classes.animals.filter { present[$0] }
        func placedInAnimal(after word: Int) -> Bool {
            placed(after: word, in: animals)
        }
        func placed(after object: Int, in bodies: [Int]) -> Bool {
            // A bracketed name right after the phrase is the same thing named again ("kills
            // white spot (ich) on goldfish"): the placement after it is the phrase's.
            let past = Self.pastBracketedName(at: object, tokens: tokens, text: text)
            let word = past ?? object
            guard !bodies.isEmpty, word < count, past != nil || !punctuated(word),
                ["in", "on", "of"].contains(tokens[word].term)
            else { return false }
            let next = afterDeterminers(word + 1)
            var heads = [next, next + 1]
            if next + 2 < count, !lexicon.stopwords.contains(tokens[next].term),
                !lexicon.stopwords.contains(tokens[next + 1].term)
            {
                heads.append(next + 2)
            }
            if next + 3 < count, ["and", "or"].contains(tokens[next + 1].term),
                !lexicon.stopwords.contains(tokens[next].term),
                !lexicon.stopwords.contains(tokens[next + 2].term)
            {
                heads.append(next + 3)
            }
            for at in heads where at < count {
                guard !(next...at).contains(where: punctuated) else { return false }
                if tags[at].contains(where: { bodies.contains($0.classID) }) { return true }
            }
            return false
        }
        /// Rule U4: a head no class covers, in lowercase or as an all-capitals abbreviation of
        /// three letters or more.
        func bare(_ word: Int) -> Bool {
            let token = tokens[word]
            guard unclassed(word), !token.isNamePiece, !token.isHashtag, !token.isPossessive,
                token.start < token.end, token.end <= text.count,
                !lexicon.stopwords.contains(token.term)
            else { return false }
            let written = text[token.start..<token.end]
            if lowercase(word) { return written.count >= 3 }
            return written.count >= 3
                && written.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
                && written.contains { ("A"..."Z").contains($0) }
        }
        let things = describingStems?.things ?? []
        // Rule U10: the classes of what a cure verb's object placed in a living body cannot
        // be: a part of a body, an animal, a food, a material, a plant, a substance, a drug or
        // what a sense perceives ("heals the skin on your paws", "cures bacon in brine",
        // "cures the smell in your dog's coat").
        // (`CureObjectClasses.notCured` names them.)
        let notCured = classes.notCured
        /// Rule U10: the head of what a cure verb cures in a living body: any noun in
        /// lowercase of three letters or more, whatever other classes its word has ("cures
        /// moult in budgies", "cures green slime in ferrets": a body's function or an
        /// instruction verb's word is the condition there), but not one of `notCured`, an
        /// artifact or a describing word.
        func cured(_ word: Int) -> Bool {
            let token = tokens[word]
            guard lowercase(word), token.end - token.start >= 3, !token.isNamePiece,
                !token.isHashtag, !token.isPossessive,
                !lexicon.stopwords.contains(token.term),
                !tags[word].contains(where: { notCured.contains($0.classID) }),
                !things.contains(token.term),
                !(describingStems?.describing.contains(token.term) ?? false)
            else { return false }
            return true
        }
        /// Rule U12 (session 30): a noun with a noun before it names a condition of an animal,
        /// a behaviour ("feather plucking", "fence walking") or a sign ("head tilt"), though
        /// the head alone is what an animal does or WordNet also knows it as an adverb ("at
        /// full tilt"): the head a lowercase noun that is none of `notCured` and no artifact,
        /// written with fewer adjective and adverb senses than noun senses (`worldStems`); the
        /// word before it a lowercase noun, no stopword, no condition, not mainly a describing
        /// word ("excessive barking" is how much an animal does).
        func named(_ head: Int) -> Bool {
            let modifier = head - 1
            guard let worlds = worldStems, lowercase(head), lowercase(modifier),
                !covered[head], !covered[modifier], !punctuated(head),
                !tokens[modifier].isPossessive, !tokens[head].isPossessive,
                !tokens[head].isNamePiece, !tokens[modifier].isNamePiece,
                tokens[head].end - tokens[head].start >= 3,
                tokens[modifier].end - tokens[modifier].start >= 3,
                !lexicon.stopwords.contains(tokens[modifier].term),
                !lexicon.stopwords.contains(tokens[head].term),
                !tags[head].contains(where: { notCured.contains($0.classID) }),
                !things.contains(tokens[head].term)
            else { return false }
            func mainlyDescribing(_ word: Int) -> Bool {
                let token = tokens[word]
                guard token.end <= text.count else { return true }
                let written = String(String.UnicodeScalarView(text[token.start..<token.end]))
                return worlds.mainlyAdjectives.contains(written)
                    || (written.hasSuffix("ly") && worlds.adjectives.contains(written))
            }
            return !mainlyDescribing(head) && !mainlyDescribing(modifier)
                && !worlds.verbs.contains(tokens[modifier].term)
        }
        /// Rule U10: the last piece of a hyphenated word from `word` on ("star-gazing").
        func hyphenated(from word: Int) -> Int {
            var last = word
            while last + 1 < count,
                gap(before: last + 1, tokens: tokens, text: text).elementsEqual(["-"])
            {
                last += 1
            }
            return last
        }
        /// Rule U12: a single word in -ing is what an animal does (its behaviour: "stops
        /// barking in dogs", "prevents pecking in hens"), not a condition it has; a hyphenated
        /// compound is a name ("tying-up", "crib-biting").
        func gerund(_ word: Int) -> Bool {
            let token = tokens[word]
            guard token.end - token.start > 4, token.end <= text.count else { return false }
            return text[token.end - 3] == "i" && text[token.end - 2] == "n"
                && text[token.end - 1] == "g"
                && !gap(before: word, tokens: tokens, text: text).elementsEqual(["-"])
        }
        /// Rule U10: whether an -ed form is a verb in the past tense, its subject before it:
        /// a pronoun ("it cured"), or a noun ending a noun phrase a determiner or possessive
        /// opens at most three words back, past no genitive ("our selenium gel cured
        /// splayleg"; "the band's comeback tour healed old wounds" is no product's). An -ed
        /// form after an adverb in -ly ("freshly cured") is an adjective; what it would take
        /// as its object is read by the same tests as any verb's (a food, "dry cured ham", is
        /// no condition).
        func pastTense(_ position: Int) -> Bool {
            guard position > 1, !punctuated(position) else { return false }
            let before = tokens[position - 1].term
            if subjectPronouns.contains(before) { return true }
            guard !lexicon.stopwords.contains(before), !tokens[position - 1].isPossessive,
                !before.hasSuffix("ly")
            else { return false }
            var back = position - 2
            while back >= max(position - 3, 0), !punctuated(back + 1) {
                let term = tokens[back].term
                if tokens[back].isPossessive { return false }
                if complaintDeterminers.contains(term) || complaintPossessives.contains(term) {
                    return true
                }
                if lexicon.stopwords.contains(term) { return false }
                back -= 1
            }
            return false
        }
        func healthContext(outside verb: Range<Int>) -> Bool {
            (0..<count).contains { word in
                !verb.contains(word) && tags[word].contains { living.contains($0.classID) }
            }
        }
        var found: [Int] = []
        var phrases: [(start: Int, end: Int)] = []
        // Rule U6: the objects of every verb of making a bad state go away, and what a
        // protecting verb guards from or against.
        let germHead = classes.germHead
        func isGermHead(_ word: Int) -> Bool {
            germHead.map { id in tags[word].contains { $0.classID == id } } ?? false
        }
        // A pest the symptom rules read already after their verbs ("clears out feather
        // mites").
        let pest = classes.pest
        let pestVerbs = [classes.microbeKill, eradicate, cure].compactMap { $0 }
        func isPest(_ word: Int) -> Bool {
            pest.map { id in tags[word].contains { $0.classID == id } } ?? false
        }
        func readsPests(at word: Int) -> Bool {
            tags[word].contains { pestVerbs.contains($0.classID) }
        }
        func abbreviation(_ word: Int) -> Bool {
            let token = tokens[word]
            guard unclassed(word), !token.isNamePiece, !token.isHashtag, !token.isPossessive,
                token.start < token.end, token.end <= text.count,
                !lexicon.stopwords.contains(token.term)
            else { return false }
            var written = text[token.start..<token.end]
            if written.count > 2, written.last == "s" { written = written.dropLast() }
            return written.count >= 2
                && written.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
                && written.filter({ ("A"..."Z").contains($0) }).count >= 2
        }
        /// A capitalised word nothing the checker knows ("Tritrichomonas"): a genus, or a brand.
        func capitalisedUnknown(_ word: Int) -> Bool {
            let token = tokens[word]
            guard token.end - token.start >= 4, unclassed(word), !token.isNamePiece,
                !token.isHashtag, !token.isPossessive, token.end <= text.count,
                let first = text[token.start..<token.end].first, ("A"..."Z").contains(first),
                text[(token.start + 1)..<token.end].allSatisfy({ ("a"..."z").contains($0) }),
                let known = knownStems
            else { return false }
            return !known.contains(token.term)
        }
        typealias Object = (verb: Range<Int>, start: Int, germsOnly: Bool, placedOnly: Bool)
        func objects() -> [Object] {
            var starts: [Object] = []
            for position in 0..<count {
                for tag in tags[position] {
                    let germsOnly = germVerbs.contains(tag.classID)
                    // Rule U12: a verb of stopping, or the lexicon's treating verbs ("clears
                    // up", "soothes"), reads an animal's condition only in the placed forms.
                    let placedOnly =
                        (tag.classID == stopVerb || tag.classID == treatVerb)
                        && !therapy.contains(tag.classID)
                    if therapy.contains(tag.classID) || germsOnly || placedOnly {
                        if isParticiple(position),
                            position == 0
                                || !perfectAuxiliaries.contains(tokens[position - 1].term)
                        {
                            continue
                        }
                        starts.append(
                            (position..<tag.end, afterDeterminers(tag.end), germsOnly, placedOnly))
                    } else if tag.classID == protect {
                        // "protects your hens from northern fowl mite"
                        for at in tag.end..<min(tag.end + 5, count) {
                            guard !punctuated(at) else { break }
                            if ["from", "against"].contains(tokens[at].term) {
                                starts.append(
                                    (position..<tag.end, afterDeterminers(at + 1), false, false))
                                break
                            }
                        }
                    }
                }
            }
            return starts
        }
        // Rule U12: a part of an animal's body (`@animal-part`, `@complaint-location`, a word
        // with a body part's sense) that is not its covering (`@arc-covering`: the coat,
        // feathers, skin a cosmetic or a groomer acts on).
        // (`CureObjectClasses.animalParts` names them.)
        let animalParts = classes.animalParts
        let covering = classes.covering
        // A part said to be missing ("the absent eardrum") is rule S1-S3's to read
        // (`structure-rebuilt-claim`), not a condition named by its part.
        let absent = classes.absent
        func isAnimalPart(_ word: Int) -> Bool {
            tags[word].contains { animalParts.contains($0.classID) }
                && !tags[word].contains { $0.classID == covering }
        }
        if !therapy.isEmpty || protect != nil || !germVerbs.isEmpty || stopVerb != nil {
            for object in objects() where object.start < count && !punctuated(object.start) {
                guard healthContext(outside: object.verb) else { continue }
                // The object's noun phrase: at most four free words, ending where a noun
                // phrase ends.
                var end: Int?
                for word in object.start..<min(object.start + 4, count) {
                    // a germ head the vocabulary knows alone ("fungus") may end the name
                    guard !covered[word] || (word > object.start && isGermHead(word)),
                        word == object.start || !punctuated(word),
                        !lexicon.stopwords.contains(tokens[word].term)
                    else { break }
                    if ends(after: word) {
                        end = word
                        break
                    }
                }
                guard let last = end, !covered[last] || isGermHead(last) else { continue }
                if !object.placedOnly || object.germsOnly, last > object.start, isGermHead(last),
                    !isPest(last) || !readsPests(at: object.verb.lowerBound),
                    (object.start..<last).allSatisfy({
                        !things.contains(tokens[$0].term) && !tokens[$0].isHashtag
                    })
                {
                    phrases.append((object.start, last + 1))  // "Heartland virus"
                    continue
                } else if !object.placedOnly, !object.germsOnly,
                    unknown(last) || (last == object.start && abbreviation(last))
                        || (bare(last) && placedInBody(after: last + 1))
                {
                    found.append(last)  // "gets rid of maskne", "reverses DSLD"
                    continue
                }
                guard !object.germsOnly || object.placedOnly else { continue }
                // Rule U12: what a verb of making a bad state go away or of warding it off
                // acts on in an animal is the animal's condition, whatever its word ("treats
                // fin rot in goldfish"), but for what `cured` leaves out, what an animal does
                // (a single word in -ing: "barking") and a part of its body alone; a
                // hyphenated head is one word ("tying-up"); a part with a word before it
                // names the condition by its part ("sour crop in laying hens", "scaly leg in
                // bantams"). After a verb of stopping (`@stop-verb`: "stops accidents in
                // puppies" is house training) or one of the lexicon's treating verbs
                // (`@treat-verb`: "clears up", "soothes") only the hyphenated name and the
                // part with a word before it are read.
                let hyphenEnd = hyphenated(from: last)
                if !covered[last], lowercase(last),
                    hyphenEnd > last, ends(after: hyphenEnd),
                    placedInAnimal(after: hyphenEnd + 1),
                    (last...hyphenEnd).allSatisfy({ !covered[$0] && lowercase($0) }),
                    (last...hyphenEnd).contains(where: cured)
                {
                    phrases.append((object.start, hyphenEnd + 1))
                    continue
                }
                guard placedInAnimal(after: last + 1) else { continue }
                if !object.placedOnly, cured(last), !gerund(last), !isAnimalPart(last) {
                    found.append(last)
                } else if !object.placedOnly, last > object.start, named(last) {
                    phrases.append((last - 1, last + 1))  // "feather plucking in parrots"
                } else if last > object.start, isAnimalPart(last), !covered[last - 1],
                    lowercase(last - 1), lowercase(last),
                    !lexicon.stopwords.contains(tokens[last - 1].term),
                    !tags[last - 1].contains(where: {
                        notCured.contains($0.classID) || $0.classID == absent
                    })
                {
                    phrases.append((last - 1, last + 1))
                }
            }
        }
        // Rule U8: the subject of a resultative participle of a @therapy-verb or of a
        // @vanish-verb ("Tarrow Creek virus gone in ten days", "QXRD reversed without surgery").
        let vanish = classes.vanish
        // A verb of making a thing leave a place ("cleared", "removed") only of a subject
        // placed in a living body ("Quittor in the coronet cleared").
        let removal = classes.removal.flatMap { present[$0] ? $0 : nil }
        let resultatives = therapy + [vanish, removal].compactMap { $0 }.filter { present[$0] }
        if !resultatives.isEmpty {
            for position in 1..<max(count, 1) {
                guard
                    let tag = tags[position].first(where: { resultatives.contains($0.classID) }),
                    tag.classID == vanish
                        || (isParticiple(position)
                            && !perfectAuxiliaries.contains(tokens[position - 1].term)),
                    !punctuated(position), healthContext(outside: position..<tag.end)
                else { continue }
                // The head before the participle, past a phrase placing it in a living body
                // ("Tritrichomonas in cats gone").
                var head = position - 1
                var placed = false
                for back in stride(from: position - 1, to: max(position - 5, 0), by: -1)
                where ["in", "on"].contains(tokens[back].term) && !punctuated(back)
                    && placedInBody(after: back)
                {
                    head = back - 1
                    placed = true
                    break
                }
                guard head >= 0, !lexicon.stopwords.contains(tokens[head].term),
                    placed || tag.classID != removal
                else { continue }
                // Rule U10: a germ of the vocabulary as the subject names its infection
                // ("Tritrichomonas in cats gone for good").
                if let germ = germs.first(where: { $0.value == head + 1 }) {
                    phrases.append((germ.key, head + 1))
                    continue
                }
                var start = head
                while start > 0, head - start < 3, !punctuated(start),
                    !lexicon.stopwords.contains(tokens[start - 1].term),
                    !covered[start - 1]
                {
                    start -= 1
                }
                if start < head, isGermHead(head), !isPest(head) || !readsPests(at: position),
                    (start..<head).allSatisfy({
                        !covered[$0] && !things.contains(tokens[$0].term) && !tokens[$0].isHashtag
                    })
                {
                    phrases.append((start, head + 1))
                } else if !covered[head],
                    unknown(head) || (start == head && abbreviation(head))
                        || (placed && (bare(head) || capitalisedUnknown(head)))
                {
                    found.append(head)
                }
            }
        }
        // Rule U10: a verb of mending ("fix", "mend", "repair") takes the same objects as a
        // cure verb when they are placed in a living body ("fixes bumblefoot in hens"), and only
        // then (a thing is mended anywhere else).
        let mend = classes.repair
        for position in 0..<count {
            for tag in tags[position]
            where tag.classID == cure || tag.classID == eradicate || tag.classID == mend {
                let mends = tag.classID == mend
                if isParticiple(position),
                    position == 0 || !perfectAuxiliaries.contains(tokens[position - 1].term),
                    !pastTense(position)
                {
                    continue
                }
                var word = afterDeterminers(tag.end)
                // Rule U10: the noun "cure" after a determiner takes its object after "for"
                // ("a cure for French moult").
                if tag.classID == cure, tag.end < count, tokens[tag.end].term == "for",
                    !punctuated(tag.end), position > 0,
                    complaintDeterminers.contains(tokens[position - 1].term)
                        || complaintPossessives.contains(tokens[position - 1].term)
                {
                    word = afterDeterminers(tag.end + 1)
                }
                // Rule U4: a germ the verb cures names its infection.
                if tag.classID == cure, word < count, !punctuated(word), germs[word] != nil {
                    found.append(word)
                    continue
                }
                // A hyphenated modifier is one word before the head it modifies ("healed the
                // high-rise injuries", "heals barbed-wire wounds"): the second head looked at is
                // the word after the whole compound.
                let compound = word < count ? hyphenated(from: word) : word
                let second =
                    compound > word && compound + 1 < count
                        && !lexicon.stopwords.contains(tokens[compound + 1].term)
                    ? compound + 1 : word + 1
                for head in [word, second] where head < count {
                    // Rule U10: a hyphenated head is one word ("star-gazing in ducklings").
                    if tag.classID == cure || mends, !covered[head], !punctuated(head) {
                        let last = hyphenated(from: head)
                        if last > head, ends(after: last), placedInBody(after: last + 1),
                            (head...last).allSatisfy({ !covered[$0] && lowercase($0) }),
                            cured(last)
                        {
                            phrases.append((head, last + 1))
                            break
                        }
                    }
                    // The first piece of a hyphenated modifier is no head.
                    if head == word, second == compound + 1, compound > word { continue }
                    guard !punctuated(head), !covered[head] else { break }
                    guard ends(after: head) else {
                        // Rule U4: a Latin name's qualifier after its head ("diastasis recti").
                        if tag.classID == cure, head == word, diseaseSense(head),
                            head + 1 < count, !punctuated(head + 1), !covered[head + 1],
                            lowercase(head + 1), ends(after: head + 1)
                        {
                            found.append(head)
                            break
                        }
                        continue
                    }
                    if mends {
                        if unknown(head) || bare(head) || cured(head),
                            placedInBody(after: head + 1)
                        {
                            found.append(head)
                        }
                        break
                    }
                    let health =
                        tag.classID != cure || !verbTakes(ofThings, at: position)
                        || healthContext(outside: position..<tag.end)
                    if (health && unknown(head)) || (tag.classID == cure && diseaseSense(head))
                        || (tag.classID == cure && (bare(head) || cured(head))
                            && placedInBody(after: head + 1))
                    {
                        found.append(head)
                    }
                    break
                }
            }
        }
        // Rule U11: what a verb of making a bad state go away or of mending acts on is a
        // condition when it is a noun of ill health or of a change of shape, size or place
        // (`@abnormality-noun`: anomaly, curvature, displacement, narrowing) said of a part of
        // the body, after it ("of the soft palate", "of your spine") or before it ("collie eye
        // anomaly").
        if let abnormality = classes.abnormality, present[abnormality] {
            let repair = classes.repair
            let verbs = Set(therapy + [repair].compactMap { $0 })
            // (`CureObjectClasses.abnormalParts` names them.)
            let parts = classes.abnormalParts
            func isPart(_ word: Int) -> Bool {
                tags[word].contains { parts.contains($0.classID) }
            }
            for position in 0..<count {
                guard let tag = tags[position].first(where: { verbs.contains($0.classID) })
                else { continue }
                if isParticiple(position),
                    position == 0 || !perfectAuxiliaries.contains(tokens[position - 1].term),
                    !pastTense(position)
                {
                    continue
                }
                let start = afterDeterminers(tag.end)
                for word in start..<min(start + 4, count) {
                    guard word == start || !punctuated(word),
                        !lexicon.stopwords.contains(tokens[word].term)
                    else { break }
                    guard tags[word].contains(where: { $0.classID == abnormality }),
                        lowercase(word), !covered[word]
                    else { continue }
                    var said = (start..<word).contains { isPart($0) }
                    if !said, word + 1 < count, !punctuated(word + 1),
                        tokens[word + 1].term == "of"
                    {
                        let next = afterDeterminers(word + 2)
                        said = (next..<min(next + 2, count)).contains {
                            !punctuated($0) && isPart($0)
                        }
                    }
                    if said { found.append(word) }
                    break
                }
            }
        }
        guard !found.isEmpty || !phrases.isEmpty else { return }
        for head in Set(found).sorted() {
            addLabels(labels, start: head, end: head + 1, tags: &tags, present: &present)
        }
        for phrase in phrases {
            addLabels(labels, start: phrase.start, end: phrase.end, tags: &tags, present: &present)
        }
        context = true
    }
}

extension TaggedSentence {
    /// The words a condition of the vocabulary or an everyday phrase already holds; rules U4-U9
    /// read a name only in the words left.
    static func coveredWords(
        conditions: [(start: Int, end: Int, concept: Int)], everyday: [Int], count: Int
    ) -> [Bool] {
        var covered = [Bool](repeating: false, count: count)
        for condition in conditions {
            for word in condition.start..<min(condition.end, count) { covered[word] = true }
        }
        for index in 0..<count where everyday[index] > index {
            for word in index..<min(everyday[index], count) { covered[word] = true }
        }
        return covered
    }

    /// Whether anything but spacing stands between a word and the one before it.
    /// Where the words after a bracketed name of at most three words end, when one opens at
    /// `word` ("white spot (ich) on goldfish": the word after the closing bracket, "on"): a
    /// name in brackets after a noun phrase names it again (checker, session 34); nil when no
    /// bracket opens there, it holds other punctuation or does not close within three words.
    static func pastBracketedName(at word: Int, tokens: [Token], text: [Unicode.Scalar]) -> Int? {
        func written(before at: Int) -> [Unicode.Scalar] {
            gap(before: at, tokens: tokens, text: text).filter { !$0.properties.isWhitespace }
        }
        guard word > 0, word < tokens.count, written(before: word) == ["("] else { return nil }
        for at in (word + 1)..<min(word + 4, tokens.count) {
            let marks = written(before: at)
            if marks == [")"] { return at }
            if !marks.isEmpty { return nil }
        }
        return nil
    }

    static func isPunctuated(before word: Int, tokens: [Token], text: [Unicode.Scalar]) -> Bool {
        gap(before: word, tokens: tokens, text: text).contains { !$0.properties.isWhitespace }
    }

    /// Whether the word is written in lowercase ASCII letters only (a name, an acronym or a
    /// word with a digit is not).
    static func isLowercase(_ word: Int, tokens: [Token], text: [Unicode.Scalar]) -> Bool {
        let token = tokens[word]
        return token.start < token.end && token.end <= text.count
            && text[token.start..<token.end].allSatisfy { ("a"..."z").contains($0) }
    }

    /// Where a verb's object phrase ends: after the sentence's last word, or before
    /// punctuation, a stopword, a preposition or an adverb in -ly.
    static func endsObjectPhrase(
        after word: Int, tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon
    ) -> Bool {
        guard word + 1 < tokens.count, !isPunctuated(before: word + 1, tokens: tokens, text: text)
        else { return true }
        let next = tokens[word + 1].term
        return lexicon.stopwords.contains(next) || complaintPrepositions.contains(next)
            || next.hasSuffix("ly")
    }

    /// Whether the word is written with -ed ("cured", "wiped out").
    static func isEdForm(_ word: Int, tokens: [Token], text: [Unicode.Scalar]) -> Bool {
        let token = tokens[word]
        guard token.end - token.start > 2, token.end <= text.count else { return false }
        return text[token.end - 2] == "e" && text[token.end - 1] == "d"
    }
}
