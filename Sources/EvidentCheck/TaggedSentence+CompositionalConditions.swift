/// The compositional condition name (rule L9 of `.ci/vocab/derive-complaints.py`): the
/// condition vocabularies name many diseases by a part of the body and a word for what goes
/// wrong with it ("kidney failure", "narrowing of the aorta", "retinal thinning"), and copy
/// names others the same way that no vocabulary lists ("hip joint degeneration", "carotid
/// narrowing", "bone thinning", "degeneration of the spinal discs").
extension TaggedSentence {
    /// The parts a cosmetic acts on (21 CFR 700: "cleansing, beautifying, promoting
    /// attractiveness, or altering the appearance"): what happens to them is a cosmetic's to
    /// change ("hair damage", "skin thinning"), as the implied rules read them.
    static let cosmeticParts: Set<String> = Set(
        [
            "skin", "hair", "hairs", "nail", "nails", "lip", "lips", "lash", "lashes", "eyelash",
            "eyelashes", "brow", "brows", "eyebrow", "eyebrows", "cuticle", "cuticles", "scalp",
        ].map { Stemmer.stem($0) })
    /// The words that may stand between a head and its part ("narrowing of the arteries",
    /// "degeneration in your spine").
    static let processLinks: Set<String> = Set(["of", "in"].map { Stemmer.stem($0) })

    /// Adds `condition-disease` (as a vocabulary disease is added, with its health context)
    /// for a `@condition-process-head` right after a part of the body (`@complaint-location`,
    /// `@animal-part`) or an adjective of one (`@condition-part-adjective`), one or two of them
    /// ("carotid narrowing", "hip joint degeneration"), or before "of" or "in", at most two
    /// determiners or possessives and such a part ("thinning of your bones"). Every word is free
    /// (no condition or everyday phrase has taken it), none is a name piece or a hashtag, and no
    /// punctuation stands inside; a part a cosmetic acts on (`cosmeticParts`) names none, and a
    /// part and head before a thing's noun (an artifact: "leg compression sleeves") modify it.
    static func tagCompositionalConditions(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon, everyday: [Int],
        conditions: [(start: Int, end: Int, concept: Int)], context: inout Bool,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let head = lexicon.classID("condition-process-head"), present[head],
            let labels = lexicon.vocabularyLabels["condition-disease"]
        else { return }
        let parts = [
            lexicon.classID("complaint-location"), lexicon.classID("condition-part-adjective"),
            lexicon.classID("animal-part"),
        ].compactMap { $0 }.filter { present[$0] }
        guard !parts.isEmpty else { return }
        let count = tokens.count
        let covered = Self.coveredWords(conditions: conditions, everyday: everyday, count: count)
        func punctuated(_ word: Int) -> Bool {
            Self.isPunctuated(before: word, tokens: tokens, text: text)
        }
        func free(_ word: Int) -> Bool {
            !covered[word] && !tokens[word].isNamePiece && !tokens[word].isHashtag
        }
        /// Where a part of the body ending at `end` starts, or nil: a part tag from `start`
        /// to `end` over free words, no punctuation inside, not a cosmetic's part.
        func partStart(endingAt end: Int) -> Int? {
            var best: Int?
            for start in stride(from: end - 1, through: max(0, end - 3), by: -1) {
                guard free(start), start == end - 1 || !punctuated(start + 1) else { break }
                if tags[start].contains(where: { parts.contains($0.classID) && $0.end == end }),
                    !(start..<end).contains(where: { cosmeticParts.contains(tokens[$0].term) })
                {
                    best = start
                }
            }
            return best
        }
        /// Where a part of the body starting at `start` ends (the longest), or nil.
        func partEnd(startingAt start: Int) -> Int? {
            guard start < count, free(start) else { return nil }
            let ends = tags[start].filter { parts.contains($0.classID) }.map(\.end)
            guard let end = ends.max(), end <= count,
                !(start..<end).contains(where: {
                    !free($0) || cosmeticParts.contains(tokens[$0].term)
                        || ($0 > start && punctuated($0))
                })
            else { return nil }
            return end
        }
        /// Whether the phrase ending before `word` modifies a thing named next ("leg compression
        /// sleeves", "knee compression wraps"): a noun whose commonest sense is an artifact.
        func modifiesThing(_ word: Int) -> Bool {
            guard word < count, !punctuated(word), let stems = describingStems else { return false }
            return stems.things.contains(tokens[word].term)
        }
        var found: [Range<Int>] = []
        for word in 0..<count
        where free(word) && tags[word].contains(where: { $0.classID == head && $0.end == word + 1 })
        {
            // One or two parts right before the head ("hip joint degeneration"), the phrase
            // not a thing's modifier.
            if word > 0, !punctuated(word), !modifiesThing(word + 1),
                let first = partStart(endingAt: word)
            {
                var start = first
                if start > 0, !punctuated(start), let earlier = partStart(endingAt: start) {
                    start = earlier
                }
                found.append(start..<(word + 1))
                continue
            }
            // The head, "of" or "in", determiners or possessives, the part.
            guard word + 2 < count, !punctuated(word + 1),
                processLinks.contains(tokens[word + 1].term)
            else { continue }
            var next = word + 2
            var skipped = 0
            while next < count, skipped < 2, !punctuated(next),
                complaintDeterminers.contains(tokens[next].term)
                    || complaintPossessives.contains(tokens[next].term)
                    || tokens[next].isPossessive
            {
                next += 1
                skipped += 1
            }
            guard next < count, !punctuated(next), let end = partEnd(startingAt: next) else {
                continue
            }
            var last = end
            if last < count, !punctuated(last), let further = partEnd(startingAt: last) {
                last = further
            }
            found.append(word..<last)
        }
        Self.addLabels(labels, over: found, context: &context, tags: &tags, present: &present)
    }
}

extension TaggedSentence {
    /// Adds `condition-disease` (as a vocabulary disease is added, with its health context)
    /// for an `@animal-condition-head` right after an animal's kind or part (`@animal-kind`,
    /// `@animal-part`, `@animal-part-shared`: "tail rot", "shell rot", "pigeon pox"; rule L10
    /// of `.ci/vocab/derive-complaints.py`), in a sentence that names an animal
    /// (`@animal-kind`, `@living-body`: "on your guppies", "in leopard geckos"): the names
    /// keepers give an animal's disease by the part or the kind it strikes, as the vocabulary's
    /// "foot rot" and "fowl pox" do. Both words are free (no condition or everyday phrase has
    /// taken them), neither a name piece or a hashtag, with only spaces between; rot in a
    /// fence, a tomato or a "brain" with no animal named stays theirs.
    static func tagAnimalConditions(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon, everyday: [Int],
        conditions: [(start: Int, end: Int, concept: Int)], context: inout Bool,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let head = lexicon.classID("animal-condition-head"), present[head],
            let labels = lexicon.vocabularyLabels["condition-disease"],
            ["animal-kind", "living-body"].contains(where: { name in
                lexicon.classID(name).map { present[$0] } == true
            })
        else { return }
        let before = ["animal-kind", "animal-part", "animal-part-shared"]
            .compactMap(lexicon.classID).filter { present[$0] }
        guard !before.isEmpty else { return }
        let covered = Self.coveredWords(
            conditions: conditions, everyday: everyday, count: tokens.count)
        func free(_ word: Int) -> Bool {
            !covered[word] && !tokens[word].isNamePiece && !tokens[word].isHashtag
        }
        var found: [Range<Int>] = []
        for word in 1..<max(1, tokens.count)
        where free(word) && free(word - 1)
            && !Self.isPunctuated(before: word, tokens: tokens, text: text)
            && tags[word].contains(where: { $0.classID == head && $0.end == word + 1 })
            && tags[word - 1].contains(where: { before.contains($0.classID) && $0.end == word })
        {
            found.append((word - 1)..<(word + 1))
        }
        Self.addLabels(labels, over: found, context: &context, tags: &tags, present: &present)
    }

    /// Adds each of `labels` over every span of `found` (from its first word to its end) and,
    /// when a span was found, the health context: how a reading that names a condition without
    /// a vocabulary term records it.
    static func addLabels(
        _ labels: [Int], over found: [Range<Int>], context: inout Bool,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard !found.isEmpty else { return }
        for span in found {
            for label in labels {
                tags[span.lowerBound].append((label, span.upperBound))
                present[label] = true
            }
        }
        context = true
    }
}
