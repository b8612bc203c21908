/// Three readings of what a condition's words say where no product acts on them (session 29):
/// a condition's own words are no cue of a benefit ("heart attack" holds no verb "attack"); a
/// condition said of a thing is a figure ("the club's losing habit is a disease"); and a
/// condition the copy itself calls natural, or one that is a natural state, is the body's
/// normal course ("natural tooth wear", "late pregnancy").
extension TaggedSentence {
    /// Principle A: the words of a condition of two words or more are the condition's name,
    /// not words of the sentence about it. A word inside one that a verb class holds ("attack"
    /// of "heart attack", "panic attack"; "end" of "end-stage renal disease") is a noun of the
    /// name, no cue of an act on a condition: it loses the cue classes its phrase gave it there
    /// (`@benefit-cue`, `@treat-verb`, `@destroy-verb`, `@effect-verb`: "The heart attack was
    /// no accident" names no act on it). Its other classes stay (a sound's verb in "ringing in
    /// the ears" is the sign's).
    static func dropCuesInsideConditions(
        conditions: [(start: Int, end: Int, concept: Int)], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        // The cues of an act on a condition: a benefit, a treatment, a destruction, an effect.
        let cues = Set(
            ["benefit-cue", "treat-verb", "destroy-verb", "effect-verb"].compactMap(
                lexicon.classID))
        guard cues.contains(where: { present[$0] }) else { return }
        var changed = false
        for condition in conditions where condition.end - condition.start >= 2 {
            for word in condition.start..<condition.end {
                // A verb's phrase starting here and ending inside the condition: its cues go.
                let ends = Set(
                    tags[word].filter {
                        lexicon.isVerbClass[$0.classID] && $0.end <= condition.end
                    }.map(\.end))
                guard !ends.isEmpty else { continue }
                let before = tags[word].count
                tags[word].removeAll { ends.contains($0.end) && cues.contains($0.classID) }
                changed = changed || tags[word].count != before
            }
        }
        guard changed else { return }
        present = [Bool](repeating: false, count: present.count)
        for list in tags {
            for tag in list { present[tag.classID] = true }
        }
    }

    /// Principle D: a condition said of a thing is a figure of speech. The condition (a phrase
    /// of the vocabulary or a word that says "a disease", `@disease-word`) is the complement of
    /// "is" or "was" (`@be-verb`), or the second object of a verb of naming (`@naming-verb`:
    /// "called the defending a cancer"), after "a", "an" or "the" and at most one word more,
    /// and what it is said of (the word before the verb, or before the article after the
    /// naming verb's object) is no body and no one's: not a part of a body, an animal, a
    /// person, a product, a substance, a drug or a condition, not a stopword (a pronoun may be
    /// the product: "it is a cure") and not a name written with a capital ("The club's losing
    /// habit is a disease he intends to cure", "Procrastination is a chronic condition in our
    /// office", "a deflationary spiral is the disease central bankers fear"). Such a condition
    /// names no illness: its words keep no class.
    static func dropFigures(
        tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        conditions: inout [(start: Int, end: Int, concept: Int)],
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let be = lexicon.classID("be-verb"), present[be] || hasNaming(present, lexicon)
        else { return }
        // A product in the sentence may be what the figure is about ("Our okra water protocol
        // is the diabetes cure …"): the reading is for sentences without one.
        if ["product-topic", "substance", "drug", "coined-name"].contains(where: { name in
            lexicon.classID(name).map { present[$0] } ?? false
        }) {
            return
        }
        let word = lexicon.classID("disease-word")
        var spans = conditions.map { $0.start..<$0.end }
        if let word, present[word] {
            for start in tags.indices {
                for tag in tags[start] where tag.classID == word {
                    spans.append(start..<tag.end)
                }
            }
        }
        guard !spans.isEmpty else { return }
        let naming = lexicon.classID("naming-verb")
        let holders = [
            "company-body-noun", "company-animal-noun", "vocative-head", "body-part", "organ",
            "internal-organ", "animal-kind", "living-body", "product-topic", "substance", "drug",
            "first-person", "reader-address", "disease-word", "coined-name",
        ].compactMap(lexicon.classID)
        let terms = tokens.map(\.term)
        func has(_ id: Int?, _ index: Int) -> Bool {
            guard let id else { return false }
            return tags[index].contains { $0.classID == id }
        }
        func spaced(_ index: Int) -> Bool {
            gap(before: index, tokens: tokens, text: text).allSatisfy { $0 == " " }
        }
        func isArticle(_ index: Int) -> Bool { Self.figureArticles.contains(terms[index]) }
        func inCondition(_ index: Int) -> Bool { spans.contains { $0.contains(index) } }
        // What the condition is said of: no body, no one's, no condition, no pronoun or name.
        // (a body's or someone's: a possessor of a body two words before it, "your dog's limp")
        func isThing(_ index: Int) -> Bool {
            guard index >= 0, !lexicon.stopwords.contains(terms[index]), !inCondition(index),
                !tags[index].contains(where: { holders.contains($0.classID) }),
                !(max(0, index - 2)..<index).contains(where: { word in
                    tags[word].contains { holders.contains($0.classID) }
                        || Self.figurePossessives.contains(terms[word])
                })
            else { return false }
            let first = tokens[index].start
            return index == 0 || first >= text.count || !text[first].properties.isUppercase
        }
        // The condition ends its noun phrase: a stopword, a mark or the sentence's end after it
        // ("is the diabetes cure" says what the cure is for).
        func endsPhrase(_ end: Int) -> Bool {
            guard end < tokens.count else { return true }
            return !gap(before: end, tokens: tokens, text: text).allSatisfy({ $0 == " " })
                || lexicon.stopwords.contains(terms[end])
        }
        var dropped: [Range<Int>] = []
        for span in spans where span.lowerBound >= 3 && endsPhrase(span.upperBound) {
            // the article, right before the condition or one word before it
            guard
                let article = [span.lowerBound - 1, span.lowerBound - 2].first(where: {
                    $0 >= 1 && isArticle($0)
                        && ($0 + 1..<span.lowerBound).allSatisfy {
                            !lexicon.stopwords.contains(terms[$0]) && !inCondition($0)
                        }
                }),
                (article + 1...span.lowerBound).allSatisfy(spaced), spaced(article)
            else { continue }
            let verb = article - 1
            var subject: Int?
            if has(be, verb), verb >= 1, spaced(verb) {
                subject = verb - 1
            } else if !has(naming, verb), isThing(verb),
                let named = (max(0, verb - 4)..<verb).last(where: { has(naming, $0) }),
                (named + 1...verb).allSatisfy(spaced)
            {
                // a verb of naming, its object, then the article ("called the defending a
                // cancer"): the object's last word is what the condition is said of
                subject = verb
            }
            guard let subject, isThing(subject) else { continue }
            dropped.append(span)
        }
        guard !dropped.isEmpty else { return }
        conditions.removeAll { c in dropped.contains { $0.overlaps(c.start..<c.end) } }
        for span in dropped {
            for token in span { tags[token].removeAll() }
        }
        present = [Bool](repeating: false, count: present.count)
        for list in tags {
            for tag in list { present[tag.classID] = true }
        }
    }

    /// The articles before a condition said of a thing ("is a disease", "the disease").
    static let figureArticles: Set<String> = Set(["a", "an", "the"].map { Stemmer.stem($0) })
    /// The possessive determiners of a person: what follows is someone's own.
    static let figurePossessives: Set<String> = Set(
        ["my", "your", "his", "her", "their"].map { Stemmer.stem($0) })

    private static func hasNaming(_ present: [Bool], _ lexicon: Lexicon) -> Bool {
        lexicon.classID("naming-verb").map { present[$0] } ?? false
    }

    /// Principle W: the body's natural course is no disease (21 CFR 101.93(g)(2): natural
    /// states). A condition of the vocabulary whose whole phrase is a natural state
    /// (`@natural-state`: "late pregnancy", an ICD-10 term that names the last weeks of a
    /// pregnancy), or one the copy itself calls natural (`@natural-course`, right before it:
    /// "healthy digestion and natural tooth wear") with no noun of its own phrase after it (the
    /// next word a stopword, a mark or the sentence's end: "a natural arthritis remedy" calls
    /// the remedy natural), names what a healthy body goes through: its words keep no class.
    static func dropNaturalCourses(
        tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        conditions: inout [(start: Int, end: Int, concept: Int)],
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        let state = lexicon.classID("natural-state")
        let natural = lexicon.classID("natural-course")
        guard !conditions.isEmpty,
            (state.map { present[$0] } ?? false) || (natural.map { present[$0] } ?? false)
        else { return }
        func ends(_ condition: (start: Int, end: Int, concept: Int)) -> Bool {
            let next = condition.end
            guard next < tokens.count else { return true }
            let space = gap(before: next, tokens: tokens, text: text)
            return !space.allSatisfy({ $0 == " " }) || lexicon.stopwords.contains(tokens[next].term)
        }
        var dropped: [Range<Int>] = []
        for condition in conditions {
            let whole =
                state.map { id in
                    tags[condition.start].contains { $0.classID == id && $0.end == condition.end }
                } ?? false
            let called =
                condition.start > 0 && ends(condition)
                && (natural.map { id in
                    tags[condition.start - 1].contains {
                        $0.classID == id && $0.end == condition.start
                    }
                } ?? false)
                && gap(before: condition.start, tokens: tokens, text: text).allSatisfy {
                    $0 == " "
                }
            if whole || called { dropped.append(condition.start..<condition.end) }
        }
        dropSpans(dropped, conditions: &conditions, tags: &tags, present: &present)
    }
}
