/// Splits text into stemmed word tokens; punctuation and hyphens separate words.
///
/// Apostrophes inside words are kept (`Parkinson's` → `parkinson`), `n't` becomes a separate
/// `not` token, and a period between digits stays inside a number (`2.5`).
public enum Tokenizer {
    /// Tokens of `scalars[range]`, with offsets into `scalars`.
    public static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Token] {
        var result: [Token] = []
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            guard isWordScalar(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < end {
                let scalar = scalars[index]
                if isWordScalar(scalar) {
                    index += 1
                } else if isApostrophe(scalar), index + 1 < end, isLetter(scalars[index + 1]),
                    index > start
                {
                    index += 1
                } else if scalar == ".", index + 1 < end, index > start,
                    isDigit(scalars[index - 1]), isDigit(scalars[index + 1])
                {
                    index += 1
                } else {
                    break
                }
            }
            append(scalars[start..<index], start: start, to: &result)
        }
        return result
    }

    /// Tokens of a whole string (for lexicon phrases and claims).
    public static func tokens(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        return tokens(scalars, in: 0..<scalars.count)
    }

    /// The stems of a string, in order.
    public static func terms(_ text: String) -> [String] { tokens(text).map(\.term) }

    private static func append(
        _ scalars: ArraySlice<Unicode.Scalar>, start: Int, to result: inout [Token]
    ) {
        let count = scalars.count
        let end = start + count
        let first = scalars.startIndex
        func at(_ offset: Int) -> Unicode.Scalar { scalars[first + offset] }
        if count > 3, at(count - 1) == "t" || at(count - 1) == "T",
            isApostrophe(at(count - 2)), at(count - 3) == "n" || at(count - 3) == "N"
        {
            let base = scalars[first..<(first + count - 3)]
            result.append(Token(term: Stemmer.stem(scalars: base), start: start, end: end))
            result.append(Token(term: "not", start: start, end: end))
            return
        }
        let possessive =
            count > 2 && (at(count - 1) == "s" || at(count - 1) == "S")
            && isApostrophe(at(count - 2))
        // The plural of an acronym ("UTIs", "STDs") is the acronym.
        let acronymPlural =
            count >= 3 && at(count - 1) == "s"
            && scalars.dropLast().allSatisfy { ("A"..."Z").contains($0) }
        result.append(
            Token(
                term: Stemmer.stem(scalars: acronymPlural ? scalars.dropLast() : scalars),
                start: start, end: end, isPossessive: possessive))
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar)
        }
        return scalar.properties.isAlphabetic
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        }
        return scalar.properties.isAlphabetic
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }
}
