/// Readings of a clinical measure told by their shape (session 33): a letter or a number after
/// a word of a result's kind ("type B", "grade 3"), a number out of a total ("38 out of 56"), or
/// the colour a result is flagged in ("in the red", "back in the green").
extension TaggedSentence {
    /// One reading: where it is, what it is a reading of (the kind word, or the total it is out
    /// of, or a flag), and its value as written.
    struct ShapedReading {
        var start: Int
        var end: Int
        var key: String
        var value: String
        var isFlagOff = false
        var isFlagIn = false
    }

    /// Tags `@reading-moved` (a class filled here) over two readings of one measure told as a
    /// before and an after, in a shape no number alone has: the same kind word with another
    /// letter or number after it (`@reading-kind`: "type B in October … type A in January",
    /// "grade 3 at last year's check and grade 1 this year"), another number out of the same
    /// total (`@reading-out-of`: "38 out of 56 before, 51 out of 56 after"), or a flag's colour
    /// off its range then in it (`@reading-flag-off` … `@reading-flag-in`: "in the red … back in
    /// the green"). The after comes within `foldStoryWindow` words of the before, and a word
    /// from the before's end to just past the after says it is the state now
    /// (`isAfterCue`, `readingCues`), or both readings stand by a word of the calendar
    /// ("in October … in January"). Which measure the readings are of is the rule's to say
    /// (`implied-lab-reading-moved` names a clinician, a test or a marker beside them).
    /// Read only in a sentence with a hit of one of the three shapes' classes.
    static func tagReadingMoves(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let moved = lexicon.classID("reading-moved") else { return }
        func hit(_ name: String) -> Int? {
            lexicon.classID(name).flatMap { present[$0] ? $0 : nil }
        }
        let kind = hit("reading-kind")
        let outOf = hit("reading-out-of")
        let flagOff = hit("reading-flag-off")
        let flagIn = flagOff == nil ? nil : hit("reading-flag-in")
        guard kind != nil || outOf != nil || flagIn != nil else { return }
        func end(of id: Int?, at index: Int) -> Int? {
            guard let id, index < tags.count else { return nil }
            return tags[index].lazy.filter { $0.classID == id }.map(\.end).max()
        }
        // A mark after a kind word: one capital letter ("B") or a number of one or two digits
        // ("3", "12").
        func mark(at index: Int) -> String? {
            guard index < tokens.count, tokens[index].end <= text.count else { return nil }
            let written = text[tokens[index].start..<tokens[index].end]
            if written.count == 1, let letter = written.first, ("A"..."Z").contains(letter) {
                return String(letter)
            }
            guard (1...2).contains(written.count), written.allSatisfy(Tokenizer.isDigit),
                isStandaloneValue(tokens[index].start, tokens[index].end, in: text)
            else { return nil }
            return String(String.UnicodeScalarView(written))
        }
        func number(at index: Int) -> String? {
            guard index >= 0, index < tokens.count, tokens[index].end <= text.count else {
                return nil
            }
            let written = text[tokens[index].start..<tokens[index].end]
            guard (1...3).contains(written.count), written.allSatisfy(Tokenizer.isDigit),
                isStandaloneValue(tokens[index].start, tokens[index].end, in: text)
            else { return nil }
            return String(String.UnicodeScalarView(written))
        }
        var readings: [ShapedReading] = []
        var index = 0
        while index < tokens.count {
            if let stop = end(of: kind, at: index), let value = mark(at: stop) {
                readings.append(
                    ShapedReading(
                        start: index, end: stop + 1, key: "kind " + tokens[index].term,
                        value: value))
                index = stop + 1
                continue
            }
            if let value = number(at: index), let stop = end(of: outOf, at: index + 1),
                let total = number(at: stop)
            {
                readings.append(
                    ShapedReading(start: index, end: stop + 1, key: "of " + total, value: value))
                index = stop + 1
                continue
            }
            let offEnd = end(of: flagOff, at: index)
            let inEnd = end(of: flagIn, at: index)
            if offEnd != nil || inEnd != nil {
                let stop = max(offEnd ?? 0, inEnd ?? 0)
                readings.append(
                    ShapedReading(
                        start: index, end: stop, key: "flag", value: "",
                        isFlagOff: offEnd == stop, isFlagIn: inEnd == stop))
                index = stop
                continue
            }
            index += 1
        }
        guard readings.count >= 2 else { return }
        let terms = tokens.map(\.term)
        for (number, before) in readings.enumerated() {
            for after in readings[(number + 1)...] {
                guard after.start - before.end <= foldStoryWindow else { break }
                guard after.key == before.key else { continue }
                if before.key == "flag" {
                    guard before.isFlagOff, after.isFlagIn else { continue }
                } else {
                    guard after.value != before.value else { continue }
                }
                let told =
                    (before.end..<min(tokens.count, after.end + cueWindow)).contains {
                        isAfterCue($0, tokens, text: text) || readingCues.contains(terms[$0])
                    }
                    || atTwoTimes(before.start..<before.end, after.start..<after.end, terms: terms)
                guard told else { continue }
                tags[before.start].append((moved, after.end))
                present[moved] = true
                break
            }
        }
    }

    /// Whether a before (`first`) and an after (`second`, past it) each stand by a word of the
    /// calendar ("in October … in January", "at the spring check … in the autumn"): the first's
    /// time within `cueWindow` words before it or `calendarWindow` after it (its place may come
    /// first: "12 at the surgery in June"), the second's within `cueWindow` words around it.
    static func atTwoTimes(_ first: Range<Int>, _ second: Range<Int>, terms: [String]) -> Bool {
        let firstTime =
            max(
                0, first.lowerBound - cueWindow)..<min(
                second.lowerBound, first.upperBound + calendarWindow)
        let secondTime =
            max(
                first.upperBound, second.lowerBound - cueWindow)..<min(
                terms.count, second.upperBound + cueWindow)
        return firstTime.contains { calendarWords.contains(terms[$0]) }
            && secondTime.contains { calendarWords.contains(terms[$0]) }
    }

    /// Words besides `afterCues` that tell two readings as a before and an after: "then", "later",
    /// "before", "within" (a span of the product), "first", "second" (a test's first and its
    /// repeat). Stemmed as the copy's words are.
    static let readingCues: Set<String> = Set(
        ["then", "later", "before", "within", "first", "second", "repeat"].map { Stemmer.stem($0) })
}
