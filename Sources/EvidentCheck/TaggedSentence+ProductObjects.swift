import Foundation

/// The product-object reading (rule U14 of `.ci/vocab/derive-product-objects.py`, principle C):
/// what a product cures, heals, reverses, erases, pulls out or banishes is a condition, whatever
/// the word ("This oil cures stretch marks", "erases crow's feet", "cures gill curl"), unless it
/// is a thing of another world ("cures the bacon", "heals the rift", "erases the blackboard").
extension TaggedSentence {
    /// The stems of the nouns whose commonest WordNet sense is of another world (an artifact,
    /// food, plant, substance, object, place, group, person, possession, message, amount,
    /// relation or time), of the body, and of the words WordNet knows only as verbs
    /// (`Vocabulary/world-nouns.txt`), read once, when a sentence first needs them; `nil` when
    /// the file is missing (the reading is then off).
    static let worldStems: WorldStems? = {
        guard let folder = ConditionVocabulary.bundledDirectory,
            let data = try? Data(contentsOf: folder.appendingPathComponent("world-nouns.txt")),
            String(data: data, encoding: .utf8) != nil
        else { return nil }
        return worldStems(in: data)
    }()

    /// The sets of `worldStems`.
    struct WorldStems: Sendable {
        /// Stems of nouns whose commonest sense is of another world.
        var world: StemSet
        /// Stems of nouns whose commonest sense is of the body.
        var body: StemSet
        /// Stems of words WordNet knows only as verbs.
        var verbs: StemSet
        /// Written words with an adjective or adverb sense, and fewer than their noun senses.
        var adjectives: StemSet
        /// Written words with as many adjective or adverb senses as noun senses, or more.
        var mainlyAdjectives: StemSet
    }

    /// `worldStems` from the file's UTF-8 bytes: a line is a stem (or "=" and a written word),
    /// a tab and its kind ("world", "body", "verb", "adj", "adj+"); "#" opens a comment line;
    /// a line without a kind is left out. Looked up in the file's bytes (`StemLines`: 50,000
    /// lines made into sets of strings cost 95 million instructions at a check's first object
    /// of a cure verb), or read into sets when the file is not in order or not ASCII.
    static func worldStems(in data: Data) -> WorldStems {
        // The kinds' codes: body 1, verb 2, adj 3, any other 4 (no kind: 0).
        if let lines = StemLines(data: data, kinds: ["body", "verb", "adj"]) {
            let written = UInt8(ascii: "=")
            return WorldStems(
                world: StemSet(lines, kinds: [3, 4], marker: written),
                body: StemSet(lines, kinds: [1], marker: written),
                verbs: StemSet(lines, kinds: [2], marker: written),
                adjectives: StemSet(lines, kinds: [3], marker: written, marked: true),
                mainlyAdjectives: StemSet(lines, kinds: [1, 2, 4], marker: written, marked: true))
        }
        var world = Set<String>(minimumCapacity: 25_000)
        var body = Set<String>(minimumCapacity: 1_200)
        var verbs = Set<String>(minimumCapacity: 4_000)
        var adjectives = Set<String>(minimumCapacity: 4_000)
        var mainlyAdjectives = Set<String>(minimumCapacity: 18_000)
        let tab = UInt8(ascii: "\t")
        let written = UInt8(ascii: "=")
        let bodyKind = Array("body".utf8)
        let verbKind = Array("verb".utf8)
        let adjectiveKind = Array("adj".utf8)
        forEachLine(of: data) { line in
            let fields = line.split(separator: tab)
            guard fields.count > 1, let stem = fields.first, let first = stem.first else { return }
            if first == written {
                let word = String(
                    decoding: UnsafeBufferPointer(rebasing: stem.dropFirst()), as: UTF8.self)
                if fields[1].elementsEqual(adjectiveKind) {
                    adjectives.insert(word)
                } else {
                    mainlyAdjectives.insert(word)
                }
                return
            }
            let word = String(decoding: UnsafeBufferPointer(rebasing: stem), as: UTF8.self)
            if fields[1].elementsEqual(bodyKind) {
                body.insert(word)
            } else if fields[1].elementsEqual(verbKind) {
                verbs.insert(word)
            } else {
                world.insert(word)
            }
        }
        return WorldStems(
            world: StemSet(world), body: StemSet(body), verbs: StemSet(verbs),
            adjectives: StemSet(adjectives), mainlyAdjectives: StemSet(mainlyAdjectives))
    }

    /// Adds `condition-disease` (with the health context) for the object of a
    /// `@product-cure-verb` (cure, heal, reverse, erase, efface, wipe out, pull out, extract,
    /// banish; not a word that is also a product's form: "ginger extract") said of a product: a
    /// `@product-topic` word, a substance or a drug stands before
    /// the verb in the sentence, or the verb opens it (the copy's imperative or headline:
    /// "Erases …"), or follows "that" or "which" (a label's "conditioner that cures …"). The
    /// object is the noun phrase after the verb (past at most two determiners or possessive
    /// pronouns; at most four words, ending where a noun phrase ends: punctuation, a stopword, a
    /// preposition, an adverb in -ly, the end). Its head is the condition ("cures gill curl",
    /// "cures stretch marks") when it is
    /// - a lowercase noun of three letters or more that no vocabulary condition or everyday
    ///   phrase holds, and not a thing of another world: no food, material, plant, substance,
    ///   drug, animal, holder or sense word of the lexicon, no artifact, no word WordNet knows as
    ///   an adjective or adverb or only as a verb, no noun whose commonest sense is of another
    ///   world or of the body (`worldStems`); or
    /// - a part of the body (or, in another world, a thing) named with a noun before it that is
    ///   no part of the body and does not describe it: the condition is named by its part ("crow's
    ///   feet", "turkey neck", "thread veins", "chicken skin"; "eye bags"), but a possessive after
    ///   a determiner is the part's owner ("heals your dog's paws"), and a describing word
    ///   before the part says what it is like ("dry skin").
    /// An -ed form is the verb only after "has", "have" or "had" or a subject pronoun ("it
    /// cured"); before a noun it is an adjective ("cured ham"). A head followed by "of" is left
    /// alone ("reverses the signs of ageing").
    static func tagProductObjects(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon, everyday: [Int],
        conditions: [(start: Int, end: Int, concept: Int)], context: inout Bool,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        let classes = lexicon.cureObjectClasses
        guard let verb = classes.productCure, present[verb],
            let labels = lexicon.vocabularyLabels["condition-disease"],
            let worlds = worldStems, let describing = describingStems
        else { return }
        let count = tokens.count
        // (a word an earlier reading has named a condition is covered too)
        var covered = coveredWords(conditions: conditions, everyday: everyday, count: count)
        for word in 0..<count where tags[word].contains(where: { labels.contains($0.classID) }) {
            covered[word] = true
        }
        let subjects = classes.productSubjects
        let notCured = classes.productNotCured
        let locations = classes.bodyLocations
        func punctuated(_ word: Int) -> Bool {
            isPunctuated(before: word, tokens: tokens, text: text)
        }
        func lowercase(_ word: Int) -> Bool {
            isLowercase(word, tokens: tokens, text: text)
        }
        func plain(_ word: Int) -> Bool {
            let token = tokens[word]
            return lowercase(word) && token.end - token.start >= 3 && !token.isNamePiece
                && !token.isHashtag && !lexicon.stopwords.contains(token.term) && !covered[word]
        }
        func isBody(_ word: Int) -> Bool {
            worlds.body.contains(tokens[word].term)
                || tags[word].contains { locations.contains($0.classID) }
        }
        /// The word as written, and without a plural's -s or -es.
        func forms(_ word: Int) -> [String] {
            let token = tokens[word]
            guard token.start < token.end, token.end <= text.count else { return [] }
            let written = String(String.UnicodeScalarView(text[token.start..<token.end]))
            guard written.hasSuffix("s") else { return [written] }
            return [written, String(written.dropLast())]
                + (written.hasSuffix("es") ? [String(written.dropLast(2))] : [])
        }
        /// A word WordNet knows as an adjective or adverb (`mainly`: in as many senses as it is
        /// a noun or more).
        func describes(_ word: Int, mainly: Bool = false) -> Bool {
            forms(word).contains {
                worlds.mainlyAdjectives.contains($0)
                    || (!mainly && worlds.adjectives.contains($0))
            }
        }
        func isThing(_ word: Int) -> Bool {
            let term = tokens[word].term
            return describing.things.contains(term) || worlds.world.contains(term)
                || tags[word].contains { notCured.contains($0.classID) }
        }
        /// A noun the product may cure: not of another world, the body, a describing word or a
        /// verb alone.
        func condition(_ word: Int) -> Bool {
            plain(word) && !tokens[word].isPossessive && !isThing(word) && !isBody(word)
                && !describes(word) && !worlds.verbs.contains(tokens[word].term)
        }
        func ends(after word: Int) -> Bool {
            endsObjectPhrase(after: word, tokens: tokens, text: text, lexicon: lexicon)
        }
        func isParticiple(_ word: Int) -> Bool {
            isEdForm(word, tokens: tokens, text: text)
        }
        var found: [Range<Int>] = []
        for position in 0..<count {
            // a word that is also the product's form is the noun ("ginger extract")
            guard let tag = tags[position].first(where: { $0.classID == verb }),
                !tags[position].contains(where: { subjects.contains($0.classID) })
            else { continue }
            if isParticiple(position) {
                guard position > 0, !punctuated(position),
                    perfectAuxiliaries.contains(tokens[position - 1].term)
                        || subjectPronouns.contains(tokens[position - 1].term)
                else { continue }
            }
            // The product frame.
            let opens = position == 0
            let relative =
                position > 0 && !punctuated(position)
                && ["that", "which"].contains(tokens[position - 1].term)
            let product = (0..<position).contains { word in
                tags[word].contains { subjects.contains($0.classID) }
            }
            guard opens || relative || product else { continue }
            // The object's noun phrase.
            var start = tag.end
            var determined = false
            while start < count, start - tag.end < 2, !punctuated(start),
                complaintDeterminers.contains(tokens[start].term)
                    || complaintPossessives.contains(tokens[start].term),
                !tokens[start].isPossessive
            {
                start += 1
                determined = true
            }
            guard start < count, start == tag.end || !punctuated(start) else { continue }
            var last: Int?
            for word in start..<min(start + 4, count) {
                guard word == tag.end || !punctuated(word),
                    !lexicon.stopwords.contains(tokens[word].term), !covered[word]
                else { break }
                if ends(after: word) {
                    last = word
                    break
                }
            }
            guard let head = last else { continue }
            if head + 1 < count, !punctuated(head + 1), tokens[head + 1].term == "of" {
                continue
            }
            if condition(head) {
                found.append(start..<(head + 1))
                continue
            }
            // A part of the body (or a thing) named by a noun before it.
            guard head > start, plain(head), plain(head - 1) || tokens[head - 1].isPossessive,
                !covered[head - 1], !describes(head - 1, mainly: true),
                !worlds.verbs.contains(tokens[head - 1].term),
                !(tokens[head - 1].isPossessive && determined)
            else { continue }
            if isBody(head), !isBody(head - 1) {
                found.append((head - 1)..<(head + 1))  // "crow's feet", "turkey neck"
            } else if isThing(head), isBody(head - 1), !tokens[head - 1].isPossessive {
                found.append((head - 1)..<(head + 1))  // "eye bags"
            }
        }
        guard !found.isEmpty else { return }
        for span in found {
            addLabels(
                labels, start: span.lowerBound, end: span.upperBound, tags: &tags,
                present: &present)
        }
        context = true
    }
}

/// The molecule-name reading (rule M of `.ci/vocab/derive-mechanism.py`): what a product is said
/// to block, inhibit or switch on is a molecule of the body though WordNet lacks its name.
extension TaggedSentence {
    /// Tags `@molecule-name` (a class filled here) over the object of a `@drug-action-verb`
    /// (past at most two determiners or possessive pronouns) when it is a name WordNet and the
    /// vocabulary lack in -ase ("reductase": the suffix of an enzyme's name) or an abbreviation
    /// of two to six letters and digits with two capitals or more and at most one lowercase
    /// letter ("AMPK", "COX-2", "mTOR"), which no class of the lexicon holds, and the noun phrase
    /// ends there (past a hyphenated number or Greek letter: "COX-2", "TNF-alpha") or goes on
    /// with a `@body-molecule` ("the AMPK enzyme"): an abbreviation that modifies another noun
    /// names a thing ("blocks EMF radiation").
    static func tagMoleculeNames(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        let classes = lexicon.cureObjectClasses
        guard let verb = classes.drugAction, present[verb], let name = classes.moleculeName
        else { return }
        let count = tokens.count
        let allowed = Set([classes.measureAcronym].compactMap { $0 })
        func punctuated(_ word: Int) -> Bool {
            isPunctuated(before: word, tokens: tokens, text: text)
        }
        func written(_ word: Int) -> ArraySlice<Unicode.Scalar>? {
            let token = tokens[word]
            guard token.start < token.end, token.end <= text.count else { return nil }
            return text[token.start..<token.end]
        }
        func isName(_ word: Int) -> Bool {
            let token = tokens[word]
            guard let letters = written(word), !token.isHashtag, !token.isPossessive,
                tags[word].allSatisfy({ allowed.contains($0.classID) })
            else { return false }
            let capitals = letters.filter { ("A"..."Z").contains($0) }.count
            let small = letters.filter { ("a"..."z").contains($0) }.count
            let digits = letters.filter { ("0"..."9").contains($0) }.count
            guard capitals + small + digits == letters.count else { return false }
            if capitals >= 2, small <= 1, (2...6).contains(letters.count) { return true }
            guard capitals == 0, digits == 0, letters.count >= 6,
                letters.suffix(3).elementsEqual("ase".unicodeScalars)
                    || letters.suffix(4).elementsEqual("ases".unicodeScalars),
                let known = knownStems
            else { return false }
            return !known.contains(token.term)
        }
        var found: [Int] = []
        for position in 0..<count {
            guard let tag = tags[position].first(where: { $0.classID == verb }) else { continue }
            var word = tag.end
            while word < count, word - tag.end < 2, !punctuated(word),
                complaintDeterminers.contains(tokens[word].term)
                    || complaintPossessives.contains(tokens[word].term)
            {
                word += 1
            }
            guard word < count, !punctuated(word), isName(word) else { continue }
            // a hyphenated number or Greek letter is part of the name ("COX-2", "TNF-alpha")
            var last = word
            if last + 1 < count,
                gap(before: last + 1, tokens: tokens, text: text).elementsEqual(["-"])
            {
                last += 1
            }
            var next = last + 1
            // names coordinated before one noun modify it ("blocks UVA and UVB rays")
            if next + 1 < count, !punctuated(next), ["and", "or"].contains(tokens[next].term),
                !punctuated(next + 1), isName(next + 1)
            {
                next += 2
            }
            guard
                next >= count || punctuated(next)
                    || lexicon.stopwords.contains(tokens[next].term)
                    || complaintPrepositions.contains(tokens[next].term)
                    || tags[next].contains(where: { $0.classID == classes.bodyMolecule })
            else { continue }
            found.append(word)
        }
        for word in found {
            tags[word].append((name, word + 1))
            present[name] = true
        }
    }
}
