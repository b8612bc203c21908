/// A normal quality of a part of the body, kept by a structure/function claim, is no condition.
extension TaggedSentence {
    /// How many words may stand between a verb of a structure/function claim and the quality it
    /// keeps: a determiner, the reader's "your", a normal-state word ("supports your healthy,
    /// flexible joints").
    static let keptStateGap = 2

    /// How many words a list the verb governs may hold before a later item of it ("supporting
    /// mobility, joint comfort and flexible joints").
    static let keptListReach = 8

    /// The words that open another phrase or clause: past one, a list no longer hangs on the
    /// verb before it ("supports joints prone to stiff, ..." reads no list).
    static let keptListBreaks: Set<String> = [
        "for", "to", "from", "against", "of", "with", "without", "by", "that", "which", "who",
        "than", "but", "while", "not", "no", "if", "when", "because",
    ]

    /// Drops the conditions of the vocabulary written as the unmarked pole of a quality and
    /// parts of the body (`@unmarked-quality`, kept-states.yaml, derived from WordNet by
    /// `.ci/derive-kept-states`: "flexible joints", HPO's lay name of joint hypermobility;
    /// "elastic skin", the Disease Ontology's of Ehlers-Danlos syndrome) right after a verb of
    /// a structure/function claim (`@sf-verb`: support, maintain, promote), with at most
    /// `keptStateGap` determiners, reader's words or normal-state words between. There the
    /// words name the quality a product keeps, the healthy state (21 CFR 101.93(f)): "to
    /// support flexible joints for salsa dancers", "helps maintain elastic skin". The phrase
    /// keeps its words' other classes (the part of the body), not the condition's. A quality
    /// English marks as lacking ("stiff joints", "dry eyes") is none of these, and a condition
    /// named otherwise ("hypermobile joints") stays one.
    ///
    /// The verb keeps every item of the list it governs (session 25): the quality may be a
    /// later item, after "and", "or" or a comma ("supporting mobility and flexible joints",
    /// "helping support comfortable, flexible joints", "Supports: joint comfort, flexible
    /// joints"), with at most `keptListReach` words back to the verb, none a condition or a
    /// word that opens another phrase (`keptListBreaks`), and no stop, semicolon or bracket
    /// between. A list aimed at a group ("for tennis club veterans, helping support ...") is
    /// read the same: an audience says no impairment.
    ///
    /// "For" before the quality says the state the product is for, as the verb does
    /// ("collagen for flexible joints", "sun cream for fair skin", "for strong nails and
    /// flexible joints"), unless the quality is written as a past participle ("broken bones",
    /// "frozen shoulder": a state that befell the part, which a product for it treats).
    ///
    /// A type of hair or skin (`@covering-type`, kept-states.yaml: a quality on a scale whose
    /// other pole the vocabulary also names for the same covering: "dry skin", "curly hair",
    /// "long eyelashes") is read the same way (session 26): "a cream for dry skin", "conditioner
    /// for curly hair" name the type a product is for; "cures dry skin" stays a condition.
    static func dropKeptStates(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        conditions: inout [(start: Int, end: Int, concept: Int)],
        tags: inout [[(classID: Int, end: Int)]]
    ) {
        guard !conditions.isEmpty, let quality = lexicon.classID("unmarked-quality"),
            let verb = lexicon.classID("sf-verb")
        else { return }
        let parts = ["body-location", "body-tissue", "mesh-anatomy", "organ"].compactMap(
            lexicon.classID)
        let between = ["determiner", "reader-address", "normal-state"].compactMap(
            lexicon.classID)
        func starts(_ ids: [Int], at word: Int, endingBy end: Int) -> Int? {
            tags[word].filter { ids.contains($0.classID) && $0.end <= end }.map(\.end).max()
        }
        // Whether the words `start..<end` are parts of the body, one phrase after another.
        func bodyParts(_ start: Int, _ end: Int) -> Bool {
            var word = start
            while word < end {
                guard let next = starts(parts, at: word, endingBy: end) else { return false }
                word = next
            }
            return start < end
        }
        // Whether a quality is written as a past participle ("broken", "frozen", "damaged"):
        // a state that befell the part, never the one a product is for.
        func participle(_ word: Int) -> Bool {
            let token = tokens[word]
            guard token.end - token.start > 3, token.end <= text.count else { return false }
            let ending = String(String.UnicodeScalarView(text[(token.end - 2)..<token.end]))
                .lowercased()
            return ending == "ed" || ending == "en"
        }
        // Whether the words before `word` end with a verb of a structure/function claim, or
        // with "for" when `purpose` (the state a product is for).
        func anchored(_ word: Int, purpose: Bool) -> Bool {
            (max(0, word - 3)..<word).contains(where: { at in
                tags[at].contains { $0.classID == verb && $0.end == word }
            }) || (purpose && word >= 1 && tokens[word - 1].term == "for")
        }
        // Whether a structure/function verb (or "for", when `purpose`) ends right before
        // `start`, past at most `keptStateGap` words between.
        func kept(_ start: Int, purpose: Bool) -> Bool {
            var word = start
            for _ in 0...keptStateGap {
                let ending = (max(0, word - 3)..<word).flatMap { at in
                    tags[at].filter { $0.end == word }.map { (at, $0.classID) }
                }
                if anchored(word, purpose: purpose) { return true }
                guard let inside = ending.filter({ between.contains($0.1) }).map(\.0).min() else {
                    return false
                }
                word = inside
            }
            return false
        }
        let inCondition = Set(conditions.flatMap { Array($0.start..<$0.end) })
        // A verb of treating or relieving opens another predicate ("supports joints and eases
        // ..."): the list ends there.
        let breaks = Set(["treat-verb", "relief-noun"].compactMap(lexicon.classID))
        // Whether the quality at `start` is a later item of a list a structure/function verb
        // governs: a link ("and", "or", "&", a comma) before it, and the verb before the
        // earlier items.
        func listed(_ start: Int, purpose: Bool) -> Bool {
            var word = start
            var linked = false
            while word > 0 && start - word <= keptListReach {
                let between = gap(before: word, tokens: tokens, text: text)
                if between.contains(where: { ".;!?()[]".unicodeScalars.contains($0) }) {
                    return false
                }
                let previous = word - 1
                if anchored(word, purpose: purpose) { return linked }
                if between.contains(":") { return false }
                if between.contains(",") { linked = true }
                let term = tokens[previous].term
                if ["and", "or", "&"].contains(term) {
                    linked = true
                } else if inCondition.contains(previous) || keptListBreaks.contains(term)
                    || tags[previous].contains(where: { breaks.contains($0.classID) })
                {
                    return false
                }
                word = previous
            }
            return false
        }
        // A type of hair or skin (`@covering-type`, rule C1 of `.ci/derive-kept-states`: "dry
        // skin", "curly hair", "long eyelashes"), the whole condition.
        let covering = lexicon.classID("covering-type")
        func typed(_ condition: (start: Int, end: Int, concept: Int)) -> Bool {
            guard let covering else { return false }
            return tags[condition.start].contains {
                $0.classID == covering && $0.end == condition.end
            }
        }
        var dropped: [Range<Int>] = []
        for condition in conditions
        where condition.end - condition.start >= 2
            && (tags[condition.start].contains(where: {
                $0.classID == quality && $0.end == condition.start + 1
            })
                && bodyParts(condition.start + 1, condition.end) || typed(condition))
            && (kept(condition.start, purpose: !participle(condition.start))
                || listed(condition.start, purpose: !participle(condition.start)))
        {
            dropped.append(condition.start..<condition.end)
        }
        dropConditions(dropped, lexicon: lexicon, conditions: &conditions, tags: &tags)
    }

    /// Drops the conditions spanning `dropped` and their vocabulary labels; the phrase keeps its
    /// words' other classes (the part of the body, the temperature).
    static func dropConditions(
        _ dropped: [Range<Int>], lexicon: Lexicon,
        conditions: inout [(start: Int, end: Int, concept: Int)],
        tags: inout [[(classID: Int, end: Int)]]
    ) {
        guard !dropped.isEmpty else { return }
        let labels = Set(lexicon.vocabularyLabels.values.joined())
        conditions.removeAll { c in dropped.contains { $0 == c.start..<c.end } }
        for span in dropped {
            tags[span.lowerBound].removeAll {
                labels.contains($0.classID) && $0.end == span.upperBound
            }
        }
    }
}

/// A temperature felt is no condition.
extension TaggedSentence {
    /// Drops the conditions of the vocabulary written as one word of temperature
    /// (`@felt-temperature`, kept-states.yaml, derived from WordNet by `.ci/derive-kept-states`:
    /// "cold", the common cold; "chill", a fever's shivering) right after a verb of feeling a state
    /// or entering one (`@feeling-verb`: "feel", "felt", "get", "go"), or after it and "the"
    /// ("feel the cold", "feel the chill", "hands feel cold", "get chilly"). There the word names
    /// the temperature a person feels, an ordinary sensation ("for ramblers who feel the chill":
    /// an audience, not a disease); an illness is had or caught ("have a cold", "catch a chill"),
    /// and "a" makes the count noun, the illness ("feel a cold coming on"), so it stays one.
    static func dropFeltTemperatures(
        _ tokens: [Token], lexicon: Lexicon,
        conditions: inout [(start: Int, end: Int, concept: Int)],
        tags: inout [[(classID: Int, end: Int)]]
    ) {
        guard !conditions.isEmpty, let temperature = lexicon.classID("felt-temperature"),
            let feeling = lexicon.classID("feeling-verb")
        else { return }
        func isFeeling(_ word: Int) -> Bool {
            word >= 0 && tags[word].contains { $0.classID == feeling && $0.end == word + 1 }
        }
        var dropped: [Range<Int>] = []
        for condition in conditions
        where condition.end == condition.start + 1
            && tags[condition.start].contains(where: {
                $0.classID == temperature && $0.end == condition.end
            })
        {
            let before = condition.start - 1
            let felt =
                isFeeling(before)
                || (before >= 1 && tokens[before].term == "the" && isFeeling(before - 1))
            if felt { dropped.append(condition.start..<condition.end) }
        }
        dropConditions(dropped, lexicon: lexicon, conditions: &conditions, tags: &tags)
    }
}
