/// Lab values: an analyte of `lab-values.yaml` with a number written beside it.
extension TaggedSentence {
    /// How many `value-link` words may stand between an analyte and its value ("A1C went from
    /// 9.2", "creatinine was at 2.4").
    static let valueLinkWindow = 5

    /// Tags `@abnormal-value` over an analyte and its value when the value lies outside the
    /// analyte's reference range ("fasting glucose of 190", "a 9.2 A1C", "160/100 readings",
    /// "T-score of -2.8", "T-score of minus 2.8"), or is said to be brought back to it ("eGFR back above 60", "A1C
    /// down to 5.4"). Between the analyte and a value after it only `value-link` words may
    /// stand; a value before it must be right before it. A number followed by another
    /// analyte's unit, a count or a time ("for 8 hours") is no reading of it.
    static func tagLabValues(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        let hasDigit = tokens.contains(where: {
            $0.start < text.count && Tokenizer.isDigit(text[$0.start])
        })
        // A number in words is read only as a before or an after (`movedValue`), and only in
        // a sentence that writes no number in digits (one that does is read as before).
        let spelled = !hasDigit && tokens.contains { LabValueTable.startsSpelledNumber($0.term) }
        let hasNumber = hasDigit || spelled
        tagStateMoves(
            tokens, text: text, lexicon: lexicon, hasDigit: hasNumber, spelled: spelled,
            tags: &tags, present: &present)
        tagScoreNames(tokens, text: text, lexicon: lexicon, tags: &tags, present: &present)
        tagReadingMoves(tokens, text: text, lexicon: lexicon, tags: &tags, present: &present)
        // A marker named by its abbreviation said off its range and back in words, with no
        // number written ("her GFAP came back raised … the repeat is normal"): the acronyms are
        // read here, as `tagFoldChanges` reads them in a sentence with numbers.
        if !hasNumber, let stateMoved = lexicon.classID("lab-state-moved"), present[stateMoved] {
            tagMeasureAcronyms(tokens, text: text, lexicon: lexicon, tags: &tags, present: &present)
        }
        guard let table = lexicon.labValues, let abnormal = lexicon.abnormalValue, hasNumber
        else { return }
        let terms = tokens.map(\.term)
        func has(_ id: Int?, at index: Int) -> Int? {
            guard let id else { return nil }
            return tags[index].filter { $0.classID == id }.map(\.end).max()
        }
        var position = 0
        while position < terms.count {
            guard let found = table.matcher.longest(terms, at: position) else {
                position += 1
                continue
            }
            var tagged: (start: Int, end: Int)? = nil
            for analyte in found.labels {
                // After the analyte: link words, then values ("from 9.2 to 5.4").
                var index = found.end
                var returning = false
                var links = 0
                let spoken = table.takesPairs(analyte)
                while index < terms.count, links <= valueLinkWindow, tagged == nil {
                    if let (reading, end) = table.reading(
                        at: index, of: tokens, in: text, spoken: spoken)
                    {
                        let ranges = table.ranges(for: reading, analyte: analyte)
                        if !ranges.isEmpty
                            && (returning || table.isAbnormal(reading, analyte: analyte))
                        {
                            tagged = (position, end)
                        }
                        index = end
                        links += 1
                    } else if index + 1 < terms.count,
                        LabValueTable.spelledSign(before: tokens[index + 1].start, in: text)
                    {
                        index += 1  // "minus" before the value: read with it
                    } else if let end = has(lexicon.valueLink, at: index) {
                        if has(lexicon.valueReturn, at: index) != nil { returning = true }
                        index = end
                        links += 1
                    } else {
                        break
                    }
                }
                // Right before the analyte: "a 9.2 A1C", "160/100 readings", "a 165 over 100
                // reading".
                if tagged == nil, position > 0 {
                    var first = position - 1
                    if first > 0, tokens[first - 1].end < tokens[first].start,
                        text[tokens[first - 1].end] == "/"
                    {
                        first -= 1
                    } else if spoken, first > 1, terms[first - 1] == "over" {
                        first -= 2
                    }
                    if let (reading, end) = table.reading(
                        at: first, of: tokens, in: text, spoken: spoken),
                        end == position, table.isAbnormal(reading, analyte: analyte)
                    {
                        tagged = (first, found.end)
                    }
                }
                if tagged != nil { break }
            }
            if let tagged {
                tags[tagged.start].append((abnormal, tagged.end))
                present[abnormal] = true
            }
            position = found.end
        }
        if terms.contains("over") {
            tagSpokenPairs(
                tokens, terms: terms, text: text, table: table, abnormal: abnormal, tags: &tags,
                present: &present)
        }
        tagFoldChanges(
            tokens, text: text, table: table, lexicon: lexicon, spelled: spelled, tags: &tags,
            present: &present)
    }

    /// Tags `@abnormal-value` over a pair said in words with no analyte named ("165 over 100")
    /// when the sentence says two such pairs, one outside the spoken-pair analyte's range and one
    /// inside it ("118 over 76, down from 165 over 100"): a systolic and a diastolic pressure,
    /// given as a before and an after across the normal limit, are a blood pressure brought
    /// into range. One pair alone ("my cuff said 120 over 80") names no analyte, so it is read
    /// only beside one (`tagLabValues`).
    static func tagSpokenPairs(
        _ tokens: [Token], terms: [String], text: [Unicode.Scalar], table: LabValueTable,
        abnormal: Int, tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let analyte = table.spokenPairAnalyte else { return }
        var pairs: [(start: Int, end: Int, isAbnormal: Bool)] = []
        var index = 0
        while index + 2 < terms.count {
            guard terms[index + 1] == "over",
                let (reading, end) = table.reading(
                    at: index, of: tokens, in: text, spoken: true),
                reading.second != nil, !table.ranges(for: reading, analyte: analyte).isEmpty
            else {
                index += 1
                continue
            }
            pairs.append((index, end, table.isAbnormal(reading, analyte: analyte)))
            index = end
        }
        guard pairs.contains(where: \.isAbnormal), pairs.contains(where: { !$0.isAbnormal })
        else { return }
        for pair in pairs where pair.isAbnormal {
            tags[pair.start].append((abnormal, pair.end))
            present[abnormal] = true
        }
    }

    /// Words that may stand between "to" and the value a measure moved to ("to under 200").
    static let foldQualifiers: Set<String> = [
        "under", "below", "over", "above", "about", "around", "just", "nearly", "roughly",
        "barely", "only", "a", "less", "than", "more",
    ]

    /// Tags `@fold-change` (a class filled here) over two values said to be a measure's before
    /// and after when one is at least twice the other: "from 900 to 40", "from 800,000 to under
    /// 200,000", "down to 12 from 22". A value halved or doubled is moved as far as only an
    /// abnormal value needs to be, whatever the measure's range (the `@multiply-verb` reading,
    /// in numbers). A count or a time ("from 4 to 12 years") is no measured value.
    static func tagFoldChanges(
        _ tokens: [Token], text: [Unicode.Scalar], table: LabValueTable, lexicon: Lexicon,
        spelled: Bool = false, tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let fold = lexicon.classID("fold-change") else { return }
        let terms = tokens.map(\.term)
        // The value at `index`, when it is no count; its end (a token index).
        func value(at index: Int) -> (Double, Int)? {
            guard index < terms.count,
                let (reading, end) = movedReading(
                    at: index, tokens, text: text, table: table, spelled: spelled),
                !reading.isCount, reading.second == nil
            else { return nil }
            return (reading.value, end)
        }
        // The first token at or after `index`, within `skip` tokens, whose term is `word`.
        func find(_ word: String, from index: Int, skip: Int) -> Int? {
            var cursor = index
            while cursor < terms.count, cursor <= index + skip {
                if terms[cursor] == word { return cursor }
                if value(at: cursor) != nil { return nil }
                cursor += 1
            }
            return nil
        }
        func qualified(from index: Int) -> Int {
            var cursor = index
            while cursor < terms.count, cursor < index + 2, foldQualifiers.contains(terms[cursor]) {
                cursor += 1
            }
            return cursor
        }
        func isFold(_ a: Double, _ b: Double) -> Bool {
            let (low, high) = (min(a, b), max(a, b))
            return low > 0 && high >= 2 * low
        }
        for index in terms.indices where terms[index] == "from" || terms[index] == "to" {
            let isFrom = terms[index] == "from"
            let first = isFrom ? index + 1 : qualified(from: index + 1)
            guard let (a, endA) = value(at: first),
                let link = find(isFrom ? "to" : "from", from: endA, skip: 2)
            else { continue }
            let second = isFrom ? qualified(from: link + 1) : link + 1
            guard let (b, endB) = value(at: second), isFold(a, b) else { continue }
            tags[index].append((fold, endB))
            present[fold] = true
        }
        // A story's before and after told as two states: "was 38 … it's 9", "was reading 29 …
        // now 16". The before is a value the measure "was" (or "was at", "was reading"); the
        // after is the next value in the sentence, said to be what the measure is now ("it's",
        // "is", "now", "at", "to", "under"). One at least twice the other, as above.
        for index in terms.indices where terms[index] == "was" || terms[index] == "were" {
            var first = index + 1
            while first < terms.count, first <= index + 2, value(at: first) == nil,
                foldBeforeLinks.contains(terms[first]) || foldQualifiers.contains(terms[first])
            {
                first += 1
            }
            guard let (a, endA) = value(at: first) else { continue }
            var cursor = endA
            while cursor < terms.count, cursor <= endA + foldStoryWindow, value(at: cursor) == nil {
                cursor += 1
            }
            guard let (b, endB) = value(at: cursor), isFold(a, b) else { continue }
            // The word before the after value (past its qualifiers) says it is the state now.
            var before = cursor - 1
            while before > endA, foldQualifiers.contains(terms[before]) { before -= 1 }
            guard before >= endA,
                foldAfterLinks.contains(terms[before])
                    || terms[before] == "it" && tokens[before].isPossessive
            else { continue }
            tags[index].append((fold, endB))
            present[fold] = true
        }
        tagMeasureAcronyms(tokens, text: text, lexicon: lexicon, tags: &tags, present: &present)
        tagValueMoves(
            tokens, text: text, table: table, lexicon: lexicon, fold: fold, spelled: spelled,
            tags: &tags, present: &present)
    }

    /// Scalars that write "became" between two values ("28 → 12", "180 -> 450").
    static let arrowScalars: Set<Unicode.Scalar> = [
        "\u{2192}", "\u{27F6}", "\u{2794}", "\u{279C}", "\u{279D}", "\u{21D2}", "\u{2799}",
    ]
    /// Words between two values that make the second what the first became ("21 to 6", "0.6
    /// then 1.8", "2.4 from 5.8"), with the qualifiers of `foldQualifiers`.
    static let moveLinks: Set<String> = ["to", "then", "from", "down", "up", "back"]
    /// Words near a value (before it or after it) that say it is the state now, after the
    /// change: "it's 94", "reads 430 now", "1.8 since the tea", "350 at the retest", "0.95 this
    /// summer", "9 by June".
    static let afterCues: Set<String> = [
        "now", "today", "is", "are", "s", "to", "read", "reads", "came", "come", "back",
        "since", "after", "this", "by", "currently", "again", "retest", "recheck", "latest",
        "sits", "sit", "dropped", "fell", "rose", "climbed",
    ]
    /// Words of a calendar time: a value followed by one and another value followed by one
    /// ("480 in March, 95 in October") are a before and an after.
    /// The names are stemmed as the copy's words are.
    static let calendarWords: Set<String> = Set(
        [
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "spring", "summer", "autumn", "fall",
            "winter",
        ]
        .map { Stemmer.stem($0) })
    /// How many words around a value are read for its cue.
    static let cueWindow = 4
    /// How many words after a first value are read for its time of the calendar ("12 at the
    /// surgery in June and 5 in August": the place before the month).
    static let calendarWindow = 6

    /// Tags `@value-moved` (a class filled here) over two values of a measure told as its
    /// before and its after, one at least a tenth away from the other: linked as a change ("21
    /// → 6", "from 52% to 74%", "down to 2.4 from 5.8"), or the second said to be the state now
    /// ("was 108 … it's 94", "0.6 through the winter, 1.8 since the tea", "480 in March, 95 in
    /// October"). A count, a time, a dose, a year, a clock time or a number inside a name
    /// ("PHQ-9") is no value. Such a pair that also moves by half or more is `@fold-change` too;
    /// one whose value is written in a laboratory's unit or as a percentage of predicted is
    /// `@lab-value-moved` too (a class filled here), and one whose value is written in a unit
    /// only a laboratory writes a body's values in (`LabValueTable.laboratoryUnits`: "64
    /// mmol/mol", "20 copies/mL", "11 mIU/L") `@lab-unit-moved`.
    static func tagValueMoves(
        _ tokens: [Token], text: [Unicode.Scalar], table: LabValueTable, lexicon: Lexicon,
        fold: Int, spelled: Bool = false, tags: inout [[(classID: Int, end: Int)]],
        present: inout [Bool]
    ) {
        guard let moved = lexicon.classID("value-moved") else { return }
        let clinical = lexicon.classID("lab-value-moved")
        let laboratory = lexicon.classID("lab-unit-moved")
        let terms = tokens.map(\.term)
        var values: [(start: Int, end: Int, value: Double, isClinical: Bool, isLaboratory: Bool)] =
            []
        var index = 0
        while index < tokens.count {
            guard
                let (reading, end) = movedValue(
                    at: index, tokens, text: text, table: table, spelled: spelled)
            else {
                index += 1
                continue
            }
            // A laboratory's unit (an amount per volume: "mg/dL", "x10^9/L"; "mmHg"), or a
            // percentage "of predicted" (how a lung function test is reported).
            let isClinical =
                reading.unit.map { $0.contains("/") || $0 == "mmhg" } ?? false
                || end + 1 < terms.count && terms[end] == "of" && terms[end + 1] == "predict"
                || end < terms.count && terms[end] == "predict"
            let isLaboratory = reading.unit.map { table.laboratoryUnits.contains($0) } ?? false
            // The value's words end past its unit's ("340 U/mL → 60 U/mL": the arrow and the
            // link words are read after the unit, not between the number and its unit).
            let valueEnd = unitEnd(after: end, unit: reading.unit, tokens, text: text)
            values.append((index, valueEnd, reading.value, isClinical, isLaboratory))
            index = valueEnd
        }
        guard values.count >= 2 else { return }
        // Whether a word of `range` says its value is the state now (`isAfterCue`), or is a
        // word of the calendar.
        func isAfter(_ range: Range<Int>) -> Bool {
            range.contains { isAfterCue($0, tokens, text: text) }
        }
        func isCalendar(_ range: Range<Int>) -> Bool {
            range.contains { calendarWords.contains(terms[$0]) }
        }
        for (first, second) in zip(values, values.dropFirst()) {
            guard second.start - first.end <= foldStoryWindow else { continue }
            let (a, b) = (first.value, second.value)
            guard abs(a - b) >= 0.1 * max(abs(a), abs(b)) else { continue }
            let between = first.end..<second.start
            let linked =
                between.count <= 3
                && (between.isEmpty
                    || between.allSatisfy {
                        moveLinks.contains(terms[$0]) || foldQualifiers.contains(terms[$0])
                    })
                && (hasArrow(
                    from: tokens[first.end - 1].end, to: tokens[second.start].start, in: text)
                    || between.contains { ["to", "then", "from"].contains(terms[$0]) })
            let nearSecond =
                max(first.end, second.start - cueWindow)..<min(terms.count, second.end + cueWindow)
            let nearFirst =
                max(0, first.start - cueWindow)..<min(second.start, first.end + cueWindow)
            // a first value's time may follow its place ("12 at the surgery in June")
            let timeOfFirst =
                max(0, first.start - cueWindow)..<min(second.start, first.end + calendarWindow)
            let told =
                isAfter(nearSecond) || isCalendar(timeOfFirst) && isCalendar(nearSecond)
            guard linked || told else { continue }
            tags[first.start].append((moved, second.end))
            present[moved] = true
            if let clinical, first.isClinical || second.isClinical {
                tags[first.start].append((clinical, second.end))
                present[clinical] = true
            }
            if let laboratory, first.isLaboratory || second.isLaboratory {
                tags[first.start].append((laboratory, second.end))
                present[laboratory] = true
            }
            // a fold the linked and story forms above read already ("from 900 to 40") is
            // tagged once
            if min(a, b) > 0, max(a, b) >= 2 * min(a, b),
                !tags[...first.start].contains(where: {
                    $0.contains { $0.classID == fold && $0.end == second.end }
                })
            {
                tags[first.start].append((fold, second.end))
                present[fold] = true
            }
        }
    }

    /// Whether the word at `index` says what follows is the state now, after the change: a
    /// word of `afterCues`, "it's" ("it" written as a possessive), or a contraction of "are"
    /// ("they're 0.6").
    static func isAfterCue(_ index: Int, _ tokens: [Token], text: [Unicode.Scalar]) -> Bool {
        let token = tokens[index]
        if afterCues.contains(token.term) || token.term == "it" && token.isPossessive {
            return true
        }
        guard token.end - token.start > 3, token.end <= text.count else { return false }
        let last = text[(token.end - 3)..<token.end].map { $0.properties.lowercaseMapping }
        return Tokenizer.isApostrophe(text[token.end - 3]) && last[1] == "r" && last[2] == "e"
    }

    /// Tags `@lab-state-moved` (a class filled here) over a measure's before and after told
    /// with at least one of them in words: a state off its range (`@lab-state-off`: "sky-high",
    /// "rock bottom", "undetectable", "in the thousands") then a value ("… it's back at 4"), or
    /// a value then a state in range (`@lab-state-in`: "850 in January … it came back normal"),
    /// or the two states in words ("rock bottom all winter … back to normal"). The after comes
    /// within `foldStoryWindow` words of the before, and a word from the before's end to just
    /// past the after says it is the state now (`isAfterCue`: "back", "now", "it's", "since",
    /// "after", "by"). Two values are `@value-moved`'s.
    static func tagStateMoves(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon, hasDigit: Bool,
        spelled: Bool = false, tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let off = lexicon.classID("lab-state-off"),
            let moved = lexicon.classID("lab-state-moved")
        else { return }
        let inRange = lexicon.classID("lab-state-in").flatMap { present[$0] ? $0 : nil }
        // a state off its range, or a value and a state in range
        guard present[off] || hasDigit && inRange != nil else { return }
        // The states in order: words (off or in range, the longest phrase at a word) and values.
        var states: [(start: Int, end: Int, isOff: Bool, isIn: Bool)] = []
        var index = 0
        while index < tokens.count {
            let offEnd = tags[index].filter { $0.classID == off }.map(\.end).max()
            let inEnd = inRange.flatMap { id in
                tags[index].filter { $0.classID == id }.map(\.end).max()
            }
            if offEnd != nil || inEnd != nil {
                let end = max(offEnd ?? 0, inEnd ?? 0)
                states.append((index, end, offEnd == end, inEnd == end))
                index = end
                continue
            }
            if hasDigit, let table = lexicon.labValues,
                let (_, end) = movedValue(
                    at: index, tokens, text: text, table: table, spelled: spelled)
            {
                states.append((index, end, false, false))
                index = end
                continue
            }
            index += 1
        }
        // A state in range right after a verb of a structure/function claim (`@sf-verb`: "to
        // support normal urinary flow", "helps maintain healthy levels") is the state kept,
        // which no value moved to (session 26).
        let keeping = lexicon.classID("sf-verb")
        func kept(_ start: Int) -> Bool {
            guard let keeping else { return false }
            return (max(0, start - 3)..<start).contains { at in
                tags[at].contains { $0.classID == keeping && $0.end == start }
            }
        }
        let terms = tokens.map(\.term)
        for (number, before) in states.enumerated() {
            let beforeIsValue = !before.isOff && !before.isIn
            guard before.isOff || beforeIsValue else { continue }
            for after in states[(number + 1)...] {
                guard after.start - before.end <= foldStoryWindow else { break }
                let afterIsValue = !after.isOff && !after.isIn
                // a value after an off state, or a state in range after either
                guard before.isOff ? (afterIsValue || after.isIn) : after.isIn else { continue }
                if after.isIn && kept(after.start) { continue }
                // (session 33) or each state stands by a word of the calendar ("raised in
                // January, all normal on the June bloods", "high at the spring check and normal
                // in the autumn"), as two values do (`tagValueMoves`)
                let told =
                    (before.end..<min(tokens.count, after.end + cueWindow)).contains {
                        isAfterCue($0, tokens, text: text)
                    }
                    || atTwoTimes(before.start..<before.end, after.start..<after.end, terms: terms)
                guard told else { continue }
                tags[before.start].append((moved, after.end))
                present[moved] = true
                break
            }
        }
    }

    /// The value at `tokens[index]` read as a measure's before or after: in digits (a lab
    /// reading) or in words (`LabValueTable.spelledReading`), and the index just past it.
    /// `spelled`: whether numbers in words are read (a sentence with no digit).
    static func movedReading(
        at index: Int, _ tokens: [Token], text: [Unicode.Scalar], table: LabValueTable,
        spelled: Bool
    ) -> (reading: LabValueTable.Reading, end: Int)? {
        if let found = table.reading(at: index, of: tokens, in: text) { return found }
        return spelled ? table.spelledReading(at: index, of: tokens, in: text) : nil
    }

    /// `movedReading` when it is one value (no count, no pair) standing alone
    /// (`isStandaloneValue`: digits only).
    static func movedValue(
        at index: Int, _ tokens: [Token], text: [Unicode.Scalar], table: LabValueTable,
        spelled: Bool
    ) -> (reading: LabValueTable.Reading, end: Int)? {
        guard
            let (reading, end) = movedReading(
                at: index, tokens, text: text, table: table, spelled: spelled),
            !reading.isCount, reading.second == nil
        else { return nil }
        let start = tokens[index].start
        guard
            start >= text.count || !Tokenizer.isDigit(text[start])
                || isStandaloneValue(start, tokens[end - 1].end, in: text)
        else { return nil }
        return (reading, end)
    }

    /// The index just past the words of a value's unit written right after `end` (the tokens
    /// of "U/mL", "mmol/mol", "mg/dL", each written as a piece of `unit`, with nothing but the
    /// unit's slash between them), or `end` when it has none.
    static func unitEnd(
        after end: Int, unit: String?, _ tokens: [Token], text: [Unicode.Scalar]
    ) -> Int {
        guard let unit, end > 0 else { return end }
        let pieces = Set(
            unit.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
        var last = end
        var previous = tokens[end - 1].end
        while last < tokens.count, tokens[last].start - previous <= 2,
            tokens[last].end <= text.count
        {
            let written = String(
                String.UnicodeScalarView(text[tokens[last].start..<tokens[last].end])
            )
            .lowercased().replacingOccurrences(of: "\u{03BC}", with: "\u{00B5}")
            guard pieces.contains(written) else { break }
            previous = tokens[last].end
            last += 1
        }
        return last
    }

    /// Whether the scalars between two values write an arrow ("→", "->", "=>").
    static func hasArrow(from start: Int, to end: Int, in text: [Unicode.Scalar]) -> Bool {
        guard start < end, end <= text.count else { return false }
        let gap = text[start..<end]
        if gap.contains(where: { arrowScalars.contains($0) }) { return true }
        return zip(gap, gap.dropFirst()).contains { ($0 == "-" || $0 == "=") && $1 == ">" }
    }

    /// Whether the number written at `text[start..<end]` stands alone: not inside a name
    /// ("PHQ-9", "B12"), not a clock time or a race time ("31:40"), not a year ("in 2019").
    static func isStandaloneValue(_ start: Int, _ end: Int, in text: [Unicode.Scalar]) -> Bool {
        if start > 0 {
            let before = text[start - 1]
            if Tokenizer.isLetter(before) || before == ":" { return false }
            if before == "-", start > 1, Tokenizer.isLetter(text[start - 2]) { return false }
        }
        if end < text.count, text[end] == ":" { return false }
        let digits = text[start..<min(end, text.count)]
        if digits.count == 4, digits.allSatisfy(Tokenizer.isDigit),
            let year = Int(String(String.UnicodeScalarView(digits))), (1900...2099).contains(year)
        {
            return false
        }
        return true
    }

    /// Words between "was" and a story's before value ("was at 150", "was reading 29").
    static let foldBeforeLinks: Set<String> = ["at", "read", "reading", "sit", "sitting", "around"]
    /// Words right before a story's after value: the value the measure is now, or is back at.
    static let foldAfterLinks: Set<String> = [
        "is", "are", "now", "at", "to", "s", "under", "below", "measur", "measured", "read",
        "back",
    ]
    /// How many words may stand between a story's before value and its after value.
    static let foldStoryWindow = 16

    /// All-capital words that are no measure: pronouns, times, places, units of sun protection.
    static let nonMeasureAcronyms: Set<String> = [
        "I", "OK", "TV", "UK", "US", "USA", "EU", "AM", "PM", "DIY", "CEO", "FAQ", "SPF", "UV",
        "UVA", "UVB", "ID", "PS", "NB", "AKA", "ASAP", "FYI", "LOL", "OMG",
    ]

    /// An ASCII letter or digit: what an abbreviation is written with.
    static func isAcronymScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// Tags `@measure-acronym` (a class filled here) over a word written with two or more
    /// capital letters and at most six characters ("BNP", "FSH", "GGT", "FeNO", "cPLI", "IgE"):
    /// what a laboratory reports is named by its abbreviation, and a value of one said to move
    /// by half or more beside the product (`@fold-change`) is a lab value moved that far,
    /// whether or not the table knows the analyte.
    static func tagMeasureAcronyms(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let acronym = lexicon.classID("measure-acronym") else { return }
        for (index, token) in tokens.enumerated() {
            let length = token.end - token.start
            guard length >= 2, length <= 6, token.end <= text.count else { continue }
            let word = text[token.start..<token.end]
            let capitals = word.filter { ("A"..."Z").contains($0) }.count
            guard capitals >= 2, word.allSatisfy(isAcronymScalar),
                !nonMeasureAcronyms.contains(String(String.UnicodeScalarView(word)))
            else { continue }
            tags[index].append((acronym, index + 1))
            present[acronym] = true
        }
    }

    /// Tags `@score-named` (rule L1, session 31, a class filled here) over a clinical score,
    /// index, ratio, scale or test named after the people who devised it: a head of
    /// `@score-head` (implied.yaml) right after one or two words written with a capital inside
    /// the sentence, or opening it as a word no dictionary knows (`Lexicon.isKnownWord`),
    /// joined by hyphens or spaces ("Ferriman-Gallwey score", "Schirmer test", "her Mayo
    /// score", "Harvey-Bradshaw index").
    /// A measure named by its deviser is a clinician's instrument: its value moved beside the
    /// product is a clinical finding moved (`implied-lab-score-moved`). A name the dictionary
    /// knows ("Reading test", "Richter scale" is known to WordNet) is left to the other readings.
    /// A ratio of two things named as one ("cup-to-disc ratio", "waist-to-hip ratio") is a
    /// measure too: two words joined by "to" before the head.
    static func tagScoreNames(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let head = lexicon.classID("score-head"), present[head],
            let named = lexicon.classID("score-named")
        else { return }
        for index in tokens.indices.dropFirst() {
            var longest: Int?
            for tag in tags[index] where tag.classID == head {
                longest = max(longest ?? tag.end, tag.end)
            }
            guard let end = longest else { continue }
            // the words of the name before the head: one or two capitalised unknown words
            var start = index
            while start > 0, index - start < 2 {
                let word = tokens[start - 1]
                // a capital inside the sentence writes a name whatever the word ("Mayo score",
                // "Beck inventory"); at its start only a word no dictionary knows does
                guard !word.isHashtag, !word.isPossessive, word.end <= text.count,
                    word.end - word.start >= 3, text[word.start].properties.isUppercase,
                    text[word.start..<word.end].allSatisfy({ $0.properties.isAlphabetic }),
                    start - 1 > 0 || !Lexicon.isKnownWord(writtenForm(word, text: text))
                else { break }
                start -= 1
            }
            // or a ratio of two measured things named as one ("cup-to-disc ratio", "waist to
            // hip ratio"): two words joined by "to" before the head
            if start == index, index >= 3, tokens[index].term == ratioHead,
                tokens[index - 2].term == ratioLink,
                [index - 3, index - 1].allSatisfy({ word in
                    let token = tokens[word]
                    return !token.isHashtag && !token.isPossessive && token.end <= text.count
                        && !lexicon.stopwords.contains(token.term)
                        && isLetters(writtenForm(token, text: text))
                })
            {
                start = index - 3
            }
            guard start < index else { continue }
            tags[start].append((named, end))
            present[named] = true
        }
    }

    static let ratioLink = Stemmer.stem("to")
    static let ratioHead = Stemmer.stem("ratio")
}
