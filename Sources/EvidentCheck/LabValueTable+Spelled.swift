/// Cardinal numbers written in words ("nine", "twenty-six", "two hundred and ten", "four point
/// one"): copy that tells a measure's before and after writes them as often as digits ("Y-BOCS
/// down from thirty-one to eleven"). They are read by English's grammar of cardinals, and only
/// where two values are told as a before and an after (`TaggedSentence.movedValue`), never as
/// one value against an analyte's range: "potassium is one of …" gives no reading.
extension LabValueTable {
    /// What a number word is: a value under twenty, a multiple of ten, a multiplier, "and"
    /// (after a multiplier, before the rest: "two hundred and ten") or "point" (the decimals
    /// after it, one digit a word: "four point one").
    enum SpelledWord: Sendable {
        case small(Double)
        case tens(Double)
        case scale(Double)
        case and
        case point
    }

    /// The number words by stem (`StringTable`: looked up for every word of a sentence).
    static let spelledWords: StringTable<SpelledWord> = {
        var words: [String: SpelledWord] = [:]
        let small = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen",
        ]
        for (value, word) in small.enumerated() {
            words[Stemmer.stem(word)] = .small(Double(value))
        }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (offset, word) in tens.enumerated() {
            words[Stemmer.stem(word)] = .tens(Double(20 + 10 * offset))
        }
        for (word, value) in [("hundred", 100.0), ("thousand", 1_000), ("million", 1_000_000)] {
            words[Stemmer.stem(word)] = .scale(value)
        }
        words[Stemmer.stem("and")] = .and
        words[Stemmer.stem("point")] = .point
        return StringTable(words)
    }()

    /// Whether a stem starts a number in words (a value under twenty or a multiple of ten).
    static func startsSpelledNumber(_ term: String) -> Bool {
        switch spelledWords[term] {
        case .small, .tens: return true
        default: return false
        }
    }

    /// The cardinal written in words from `terms[index]`, and the index just past it: the
    /// longest run English's grammar reads as one number ("twenty six" but not "six twenty";
    /// "and" only between a multiplier and the rest; "point" and one digit a word after it). A
    /// lone "one" is a pronoun or a determiner as often ("the one I take"): no number.
    static func spelledNumber(at index: Int, _ terms: [String]) -> (value: Double, end: Int)? {
        guard index < terms.count, startsSpelledNumber(terms[index]) else { return nil }
        var total = 0.0
        // The group under a thousand being read, and what the last word read was.
        var group = 0.0
        var last: SpelledWord? = nil
        var end = index
        var cursor = index
        while cursor < terms.count, let word = spelledWords[terms[cursor]] {
            var fits = false
            switch word {
            case .small(let value):
                switch last {
                case nil, .scale?, .and?: fits = true
                // "twenty six": a unit after a multiple of ten
                case .tens?: fits = value >= 1 && value <= 9
                default: fits = false
                }
                if fits { group += value }
            case .tens(let value):
                switch last {
                case nil, .scale?, .and?: fits = group.truncatingRemainder(dividingBy: 100) == 0
                default: fits = false
                }
                if fits { group += value }
            case .scale(let value) where value == 100:
                // "two hundred": a multiplier of the unit before it
                if case .small? = last, group >= 1, group <= 9 {
                    fits = true
                    group *= 100
                }
            case .scale(let value):
                // "forty thousand", "two hundred thousand"
                switch last {
                case .small?, .tens?, .scale?: fits = group >= 1
                default: fits = false
                }
                if fits {
                    total += group * value
                    group = 0
                }
            case .and:
                // only between a multiplier and the rest of the number
                if case .scale? = last, cursor + 1 < terms.count,
                    startsSpelledNumber(terms[cursor + 1])
                {
                    fits = true
                }
            case .point:
                var afterAnd = false
                if case .and? = last { afterAnd = true }
                guard last != nil, !afterAnd else { break }
                // the decimals, one digit a word
                var decimals = ""
                var next = cursor + 1
                while next < terms.count, case .small(let digit)? = spelledWords[terms[next]],
                    digit <= 9
                {
                    decimals += String(Int(digit))
                    next += 1
                }
                if !decimals.isEmpty, let fraction = Double("0." + decimals) {
                    return finish(total + group + fraction, next, terms, index)
                }
            }
            guard fits else { break }
            last = word
            cursor += 1
            if case .and = word {} else { end = cursor }
        }
        return finish(total + group, end, terms, index)
    }

    /// The number read, unless it is a lone "one".
    private static func finish(_ value: Double, _ end: Int, _ terms: [String], _ start: Int)
        -> (value: Double, end: Int)?
    {
        guard end > start, !(end == start + 1 && terms[start] == "one") else { return nil }
        return (value, end)
    }

    /// The cardinal written in words at `tokens[index]` as a reading: a count when the word
    /// after it is one of `counts` ("nine months"), a percentage before "percent" or "per
    /// cent". Only the sentence's own words are read.
    func spelledReading(at index: Int, of tokens: [Token], in text: [Unicode.Scalar])
        -> (reading: Reading, end: Int)?
    {
        guard Self.startsSpelledNumber(tokens[index].term) else { return nil }
        let terms = tokens.map(\.term)
        guard let (value, end) = Self.spelledNumber(at: index, terms) else { return nil }
        var unit: String? = nil
        var isCount = false
        if end < tokens.count, tokens[end].end <= text.count {
            let word = String(
                String.UnicodeScalarView(text[tokens[end].start..<tokens[end].end])
            ).lowercased()
            if word == "percent"
                || word == "per" && end + 1 < terms.count
                    && terms[end + 1] == "cent"
            {
                unit = "%"
            } else if counts.contains(word) {
                isCount = true
            }
        }
        return (Reading(value: value, second: nil, unit: unit, isCount: isCount), end)
    }
}
