import Foundation

/// The named-condition reading (rule U5 of `.ci/vocab/derive-cure-objects.py`): lay names of
/// conditions are built of ordinary words around a part of the body, and no vocabulary lists
/// most of them ("jumper's knee", "turf toe", "tennis leg", "hoof rot", "gill rot"). What a verb
/// that cures, mends or wards off acts on is, in a product's copy, a condition; such a phrase as
/// its object names one.
extension TaggedSentence {
    /// The stems of the words that describe rather than name a kind, and of the nouns that name
    /// a thing (rule U5, `Vocabulary/describing-words.txt`: WordNet's adjectives and adverbs and
    /// the nouns whose commonest sense is a time; the nouns whose commonest sense is an
    /// artifact), read once, when a sentence first needs them; `nil` when the file is missing
    /// (the reading is then off).
    static let describingStems: (describing: StemSet, things: StemSet)? = {
        guard let folder = ConditionVocabulary.bundledDirectory,
            let data = try? Data(
                contentsOf: folder.appendingPathComponent("describing-words.txt")),
            String(data: data, encoding: .utf8) != nil
        else { return nil }
        return describingStems(in: data)
    }()

    /// The two sets of `describingStems` from the file's UTF-8 bytes: a line is a stem, a tab
    /// and its kind ("thing" or "-"); "#" opens a comment line. Looked up in the file's bytes
    /// (`StemLines`: 27,000 lines made into sets of strings cost 52 million instructions at a
    /// check's first use of them), or, when the file is not in order or not ASCII, read into
    /// sets as bytes (split into characters, the lines cost more than the rest of a 1 MB
    /// check's first use of them).
    static func describingStems(in data: Data) -> (describing: StemSet, things: StemSet) {
        // The kinds' codes: thing 1, any other 2 (no kind: 0).
        if let lines = StemLines(data: data, kinds: ["thing"]) {
            return (StemSet(lines, kinds: [0, 2]), StemSet(lines, kinds: [1]))
        }
        var describing = Set<String>(minimumCapacity: 22_000)
        var things = Set<String>(minimumCapacity: 6_000)
        let tab = UInt8(ascii: "\t")
        let thing = Array("thing".utf8)
        forEachLine(of: data) { line in
            // fields split at tabs, empty fields left out (as `split` does)
            let fields = line.split(separator: tab)
            guard let stem = fields.first else { return }
            let word = String(decoding: UnsafeBufferPointer(rebasing: stem), as: UTF8.self)
            if fields.count > 1, fields[1].elementsEqual(thing) {
                things.insert(word)
            } else {
                describing.insert(word)
            }
        }
        return (StemSet(describing), StemSet(things))
    }

    /// Calls `body` with the bytes of each line of `data` that is neither empty nor a comment
    /// ("#" first), without its line feed: a derived word list read as `split(separator:
    /// "\n")` of its text reads it, as bytes (the lists are ASCII without carriage returns).
    static func forEachLine(of data: Data, _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
        let newline = UInt8(ascii: "\n")
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: newline) ?? bytes.count
                if end > start, bytes[start] != UInt8(ascii: "#") { body(bytes[start..<end]) }
                start = end + 1
            }
        }
    }

    /// Adds `condition-disease` (as a vocabulary disease is added, with its health context) for
    /// the object of a `@cure-verb` ("cure", "heal"), a `@repair-verb` ("fix", "mend"), an
    /// `@avert-verb` ("prevent", "ward off") or a `@prevent-frame` ("never get") when that
    /// object is a noun phrase of two or three words (after at most two determiners or
    /// possessives; it ends at the end of the sentence, punctuation, a stopword or preposition,
    /// or a describing word that is no part of the body: "heal sand toe fast") that names a
    /// condition by a part of the body (`@complaint-location`, `@animal-part`):
    /// - (a) a part of the body with a modifier before it that names a kind of it: a noun that
    ///   is neither a part of the body nor an animal (`@animal-kind`, `@living-body`: "horse
    ///   legs" are a horse's) nor a describing word (WordNet's adjectives and adverbs, nouns of
    ///   time: "dry skin", "winter skin" say what the part is like), nor, but after a cure
    ///   verb, an artifact ("fixes chair legs" is a thing's; "cures bottle jaw" is not); or a possessive written without a determiner before it, a
    ///   classifying genitive ("jumper's knee", "climber's finger"; "your horse's legs" and
    ///   "Max's paw" are an owner's, and a possessive makes a word whose body-part sense is not
    ///   its commonest a part of the body: "weaver's bottom"): "fixes jumper's knee", "never
    ///   get tennis toe", "heals turf toe";
    /// - (b) after a `@cure-verb`, a part of the body and one noun after it that is none and
    ///   describes nothing ("heals hoof rot", "navel ill"); a word whose body-part sense is not
    ///   its commonest counts as one when the phrase is placed in an animal ("cures gill rot in
    ///   koi");
    /// - (c) after a `@cure-verb` or a `@repair-verb`, a part of the body with a describing
    ///   word before it, placed in an animal or another part of the body (as rule U4: "cures
    ///   wooden tongue in beef cattle", "cures cloudy eye in angelfish", "mends a cracked beak
    ///   in your budgie", past a part coordinated with it: "heals frostbitten combs and
    ///   wattles on your cockerels"), or in a sentence that names an animal as a noun of its
    ///   own ("hoof balm for horses that cures contracted heels"); a part an animal shares
    ///   with things (`@animal-part-shared`: "shell", "horn", "comb") only placed in an animal
    ///   or in such a sentence ("heals a cracked shell on your tortoise").
    /// Every word of the phrase is free (no condition or everyday phrase has taken it), the
    /// modifier and the head are written in lowercase but a modifier that is not possessive
    /// ("Little League"), and a participle in -ed counts as the verb only after "has", "have"
    /// or "had" ("fixed joint" is an adjective).
    static func tagNamedConditions(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon, everyday: [Int],
        conditions: [(start: Int, end: Int, concept: Int)], context: inout Bool,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        let cure = lexicon.classID("cure-verb")
        let repair = lexicon.classID("repair-verb")
        let verbs = [
            cure, repair, lexicon.classID("avert-verb"), lexicon.classID("prevent-frame"),
        ].compactMap { $0 }.filter { present[$0] }
        let parts = [lexicon.classID("complaint-location"), lexicon.classID("animal-part")]
            .compactMap { $0 }.filter { present[$0] }
        let possessed = [
            lexicon.classID("complaint-location-possessed"), lexicon.classID("animal-part-shared"),
        ].compactMap { $0 }.filter { present[$0] }
        guard !verbs.isEmpty, !parts.isEmpty || !possessed.isEmpty,
            let labels = lexicon.vocabularyLabels["condition-disease"],
            let stems = describingStems
        else { return }
        let owners = [
            lexicon.classID("animal-kind"), lexicon.classID("living-body"),
        ].compactMap { $0 }.filter { present[$0] }
        let count = tokens.count
        let covered = Self.coveredWords(conditions: conditions, everyday: everyday, count: count)
        func punctuated(_ word: Int) -> Bool {
            Self.isPunctuated(before: word, tokens: tokens, text: text)
        }
        func tagged(_ word: Int, _ ids: [Int]) -> Bool {
            tags[word].contains { ids.contains($0.classID) && $0.end == word + 1 }
        }
        /// Letters only (an apostrophe before a possessive's "s" aside), the first one in
        /// lowercase unless `capital`, three letters or more.
        func plainWord(_ word: Int, capital: Bool) -> Bool {
            let token = tokens[word]
            guard token.end - token.start >= 3, token.end <= text.count, !token.isNamePiece,
                !token.isHashtag
            else { return false }
            let written = text[token.start..<token.end]
            guard let first = written.first,
                capital || ("a"..."z").contains(first)
            else { return false }
            return written.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "'"
                    || $0 == "\u{2019}"
            }
        }
        func describes(_ word: Int) -> Bool { stems.describing.contains(tokens[word].term) }
        func names(thing word: Int) -> Bool { stems.things.contains(tokens[word].term) }
        func stop(_ word: Int) -> Bool {
            lexicon.stopwords.contains(tokens[word].term)
                || complaintPrepositions.contains(tokens[word].term)
        }
        // Where a noun phrase ends: after the last word, or before punctuation, a stopword or
        // preposition, an adverb in -ly or a describing word.
        func ends(after word: Int) -> Bool {
            guard word + 1 < count, !punctuated(word + 1) else { return true }
            return stop(word + 1) || tokens[word + 1].term.hasSuffix("ly")
                || (describes(word + 1) && !tagged(word + 1, parts + possessed))
        }
        func isParticiple(_ word: Int) -> Bool {
            let token = tokens[word]
            guard token.end - token.start > 2, token.end <= text.count else { return false }
            return text[token.end - 2] == "e" && text[token.end - 1] == "d"
        }
        /// Whether a class of `ids` starts at `word`, whatever its length ("guinea pigs").
        func starts(_ word: Int, _ ids: [Int]) -> Bool {
            tags[word].contains { ids.contains($0.classID) }
        }
        /// As rule U4: the phrase ending before `word` is placed in an animal or a part of the
        /// body ("in beef cattle", "on the shins"; of a part an animal shares with things,
        /// `animalOnly`, in an animal: "on your tortoise"), past at most two words before the
        /// animal ("in older guinea pigs") and past a phrase coordinated with it ("heals
        /// frostbitten combs and wattles on your cockerels", "cracked hooves and split heels
        /// in the sows").
        func placedInBody(at word: Int, animalOnly: Bool = false) -> Bool {
            var word = word
            if word < count, !punctuated(word), ["and", "or"].contains(tokens[word].term) {
                var after = word + 1
                while after < count, after - word <= 3, !punctuated(after), !stop(after) {
                    after += 1
                }
                guard after > word + 1 else { return false }
                word = after
            }
            guard word < count, !punctuated(word), ["in", "on", "of"].contains(tokens[word].term)
            else { return false }
            let next = wordAfterDeterminers(from: word + 1, tokens, text: text)
            for at in next..<min(next + 3, count) {
                guard !punctuated(at), !stop(at) else { return false }
                if starts(at, animalOnly ? owners : owners + parts) { return true }
            }
            return false
        }
        /// Rule U5 (c): the sentence names an animal outside `phrase`, as a noun of its own
        /// (at the end of a noun phrase, or possessive: "hoof balm for horses that cures …",
        /// "your dog's"; not a modifier of another noun: "horse chestnut").
        func namesAnimal(outside phrase: ClosedRange<Int>) -> Bool {
            (0..<count).contains { word in
                guard !phrase.contains(word) else { return false }
                return tags[word].contains { tag in
                    guard owners.contains(tag.classID), tag.end > word,
                        !phrase.contains(tag.end - 1)
                    else { return false }
                    return tag.end >= count || punctuated(tag.end) || stop(tag.end)
                        || tokens[tag.end - 1].isPossessive
                }
            }
        }
        var found: [(start: Int, end: Int)] = []
        for position in 0..<count {
            for tag in tags[position] where verbs.contains(tag.classID) {
                if tag.classID != lexicon.classID("prevent-frame"), isParticiple(position),
                    position == 0 || !perfectAuxiliaries.contains(tokens[position - 1].term)
                {
                    continue
                }
                var start = tag.end
                var determined = false
                while start < count, start - tag.end < 2, !punctuated(start),
                    complaintDeterminers.contains(tokens[start].term)
                        || complaintPossessives.contains(tokens[start].term)
                {
                    start += 1
                    determined = true
                }
                guard start < count, !punctuated(start) else { continue }
                // The phrase: two or three free words ending where a noun phrase ends.
                var head: Int?
                for last in (start + 1)..<min(start + 3, count) {
                    guard !punctuated(last), !stop(last) else { break }
                    if ends(after: last) {
                        head = last
                        break
                    }
                }
                guard let head, (start...head).allSatisfy({ !covered[$0] && !stop($0) })
                else { continue }
                let modifier = head - 1
                let cures = tag.classID == cure
                let mends = cures || tag.classID == repair
                let headIsPart =
                    tagged(head, parts)
                    || (tokens[modifier].isPossessive && tagged(head, possessed))
                // (c) reads a part an animal shares with things ("shell", "horn", "comb") as
                // an animal's when an animal holds it.
                let shared =
                    !headIsPart && !tokens[modifier].isPossessive && tagged(head, possessed)
                guard plainWord(head, capital: false), !tokens[head].isPossessive else {
                    continue
                }
                if headIsPart || shared {
                    let possessive = tokens[modifier].isPossessive
                    guard !tagged(modifier, parts + possessed + owners),
                        plainWord(modifier, capital: !possessive),
                        cures || possessive || !names(thing: modifier)
                    else { continue }
                    if !shared, possessive ? !determined : !describes(modifier) {
                        found.append((start, head + 1))  // (a)
                    } else if mends, !possessive, head == start + 1, describes(modifier),
                        placedInBody(at: head + 1, animalOnly: shared)
                            || namesAnimal(outside: start...head)
                    {
                        found.append((start, head + 1))  // (c)
                    }
                } else if cures, head == start + 1, !tokens[modifier].isPossessive,
                    tagged(modifier, parts)
                        || (tagged(modifier, possessed) && placedInBody(at: head + 1)),
                    plainWord(modifier, capital: false), !describes(head),
                    !tagged(head, possessed + owners)
                {
                    found.append((start, head + 1))  // (b)
                }
            }
        }
        guard !found.isEmpty else { return }
        for phrase in found {
            addLabels(labels, start: phrase.start, end: phrase.end, tags: &tags, present: &present)
        }
        context = true
    }

    /// Tags the words `start..<end` with each of `labels` they do not carry yet (rules U4–U8:
    /// a phrase read as a condition gets the vocabulary's disease labels once).
    static func addLabels(
        _ labels: [Int], start: Int, end: Int,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        for label in labels
        where !tags[start].contains(where: { $0.classID == label && $0.end == end }) {
            tags[start].append((label, end))
            present[label] = true
        }
    }
}
