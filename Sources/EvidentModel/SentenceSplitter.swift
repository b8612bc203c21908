/// Splits prose into sentences: the one splitter of Evident. The copy checker checks its
/// sentences, `evident validate` reports the document statements no claim quotes, and
/// `evident new` drafts one claim per sentence, all with these boundaries.
///
/// Handles abbreviations (`e.g.`, `i.e.`, `Dr.`, `vs.`, `approx.`, `Jan. 2025`), decimals
/// (`2.5 mg`), initials, list items (`1.`, `-`, `•`), headings and lines without terminal
/// punctuation, soft-wrapped lines (a line continues when the next starts in lowercase), and a
/// missing space after a full stop (`body.One`).
///
/// Linear in the text, whatever it holds: a run without a sentence end longer than
/// ``maximumSentenceLength`` is cut at white space into sentences of at most that length, and
/// every look-around (the word before a full stop, a run of punctuation) is bounded.
public enum SentenceSplitter {
    /// The longest sentence, in Unicode scalars. Real sentences are far shorter (a long one
    /// has 400–600 characters); a longer run without a sentence end (a wall of text, a line of
    /// a machine-made file) is cut at the last white space before this length, so that the
    /// work spent on one sentence stays bounded.
    public static let maximumSentenceLength = 2_000
    /// The longest run of punctuation after a sentence end that is read as part of it.
    static let maximumPunctuationRun = 16
    /// How far back from a full stop its word is read (the longest abbreviation has 6 letters;
    /// a longer word is no abbreviation, whatever its length).
    static let maximumWordLookBack = 16

    /// Abbreviations after which a full stop never ends a sentence (lowercased, no final dot).
    static let abbreviations: Set<String> = [
        "e.g", "i.e", "eg", "ie", "dr", "mr", "mrs", "ms", "prof", "st", "vs", "approx", "fig",
        "figs", "no", "nos", "al", "cf", "ca", "incl", "min", "max", "est", "dept", "jr", "sr",
        "vol", "p", "pp", "ed", "eds", "inc", "ltd", "co", "corp", "u.s", "u.k", "e.u", "resp",
        "approx", "ref", "refs", "viz", "mt", "op", "ph.d", "m.d", "b.sc",
        "wt", "avg", "sec", "hrs", "tbsp", "tsp", "nr",
    ]

    /// Month abbreviations: a full stop after one ends no sentence when a number follows
    /// ("updated Jan. 2025", "on Sept. 12").
    static let monthAbbreviations: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Abbreviations that end a sentence when the next word is capitalised.
    static let softAbbreviations: Set<String> = ["etc", "inc", "ltd", "co", "corp"]

    /// The sentences of `text` as ranges of Unicode-scalar offsets, trimmed, in order.
    public static func split(_ text: String) -> [Range<Int>] {
        split(Array(text.unicodeScalars))
    }

    /// The sentences of `text` as ranges of scalar offsets, trimmed, in order.
    public static func split(_ text: [Unicode.Scalar]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start: Int? = nil
        var index = 0
        let count = text.count
        func close(_ end: Int) {
            if let s = start { appendTrimmed(text, s..<end, to: &sentences) }
            start = nil
        }
        var atLineStart = true
        while index < count {
            let scalar = text[index]
            if atLineStart {
                atLineStart = false
                let markerEnd = listMarkerEnd(text, from: index)
                if markerEnd > index {
                    close(index)
                    index = markerEnd
                    continue
                }
            }
            if scalar == "\n" {
                if start != nil, isHardBreak(text, at: index) { close(index) }
                atLineStart = true
                index += 1
                continue
            }
            if start == nil {
                if !isWhitespace(scalar) { start = index }
                index += 1
                continue
            }
            if let first = start, index - first >= maximumSentenceLength {
                let cut = cutPoint(text, from: first, to: index)
                close(cut)
                index = cut
                continue
            }
            if scalar == "." || scalar == "!" || scalar == "?" || scalar == "\u{3002}" {
                let limit = min(count, index + 1 + maximumPunctuationRun)
                var end = index + 1
                // Closing quotes, brackets and Markdown emphasis (`**Heart health.** Fish…`).
                while end < limit, "\"'\u{201D}\u{2019})]*_".unicodeScalars.contains(text[end]) {
                    end += 1
                }
                while end < limit, text[end] == "." || text[end] == "!" || text[end] == "?" {
                    end += 1
                }
                if endsSentence(text, period: index, after: end) {
                    close(end)
                    index = end
                    continue
                }
            }
            index += 1
        }
        close(count)
        return sentences
    }

    private static func endsSentence(_ text: [Unicode.Scalar], period: Int, after end: Int) -> Bool
    {
        let count = text.count
        guard end < count else { return true }
        let next = text[end]
        if text[period] != "." {
            return isWhitespace(next) || isUppercase(next)
        }
        if isUppercase(next), !isWhitespace(next) {
            // "body.One": a missing space after a full stop, after a lowercase word.
            return period >= 2 && isLowercase(text[period - 1])
                && isLowercase(text[period - 2])
        }
        guard isWhitespace(next) else { return false }
        var k = end
        while k < count, text[k] == " " || text[k] == "\t" { k += 1 }
        let following: Unicode.Scalar? = k < count ? text[k] : nil
        let word = precedingWord(text, before: period)
        if following.map(isLowercase) == true { return false }
        if abbreviations.contains(word) { return false }
        if monthAbbreviations.contains(word), following?.properties.numericType != nil {
            return false
        }
        if softAbbreviations.contains(word) { return true }
        if word.count == 1, word.unicodeScalars.first?.properties.isAlphabetic == true,
            isUppercase(text[period - 1]), following.map(isUppercase) == true
        {
            return false  // an initial: "J. Smith"
        }
        return true
    }

    /// Where an over-long sentence is cut: after the last white space in its second half, or
    /// at `end` when there is none.
    private static func cutPoint(_ text: [Unicode.Scalar], from start: Int, to end: Int) -> Int {
        var k = end - 1
        while k > start + maximumSentenceLength / 2 {
            if isWhitespace(text[k]) { return k + 1 }
            k -= 1
        }
        return end
    }

    private static func precedingWord(_ text: [Unicode.Scalar], before period: Int) -> String {
        var k = period - 1
        let stop = max(period - 1 - maximumWordLookBack, -1)
        var ascii = true
        while k > stop, text[k] == "." || isAlphabetic(text[k]) {
            ascii = ascii && text[k].isASCII
            k -= 1
        }
        guard ascii else {
            return String(String.UnicodeScalarView(text[(k + 1)..<period])).lowercased()
        }
        // ASCII (nearly every word): its letters lowercased as bytes, the same string.
        return String(unsafeUninitializedCapacity: period - k - 1) { buffer in
            for (offset, scalar) in text[(k + 1)..<period].enumerated() {
                let byte = UInt8(scalar.value)
                buffer[offset] =
                    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            }
            return period - k - 1
        }
    }

    /// `properties.isWhitespace`, answered without a property lookup for ASCII (where only the
    /// space and U+0009 to U+000D are white space): a sentence's end is tested at every full
    /// stop, and the lookups cost more than the rest of the test.
    @inline(__always)
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isWhitespace }
        return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D)
    }

    /// `properties.isUppercase`, without a property lookup for ASCII (only A to Z).
    @inline(__always)
    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isUppercase }
        return scalar.value >= 0x41 && scalar.value <= 0x5A
    }

    /// `properties.isLowercase`, without a property lookup for ASCII (only a to z).
    @inline(__always)
    private static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isLowercase }
        return scalar.value >= 0x61 && scalar.value <= 0x7A
    }

    /// `properties.isAlphabetic`, answered without a property lookup for ASCII (where only the
    /// letters are alphabetic).
    @inline(__always)
    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isAlphabetic }
        return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A
    }

    /// Whether the line break at `index` ends the sentence.
    private static func isHardBreak(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        var k = index + 1
        while k < text.count, text[k] == " " || text[k] == "\t" || text[k] == "\r" { k += 1 }
        guard k < text.count else { return true }
        if text[k] == "\n" { return true }
        if listMarkerEnd(text, from: k) > k { return true }
        var p = index - 1
        while p >= 0, text[p] == " " || text[p] == "\t" || text[p] == "\r" { p -= 1 }
        if p >= 0, ":;.!?".unicodeScalars.contains(text[p]) { return true }
        if p >= 0, ",-(".unicodeScalars.contains(text[p]) { return false }
        return !isLowercase(text[k])
    }

    /// End of a list marker (`1.`, `2)`, `-`, `*`, `•`, `+`) at a line start, or `start`.
    public static func listMarkerEnd(_ text: [Unicode.Scalar], from start: Int) -> Int {
        var k = start
        while k < text.count, text[k] == " " || text[k] == "\t" { k += 1 }
        guard k < text.count else { return start }
        if "-*•+\u{2013}\u{2014}".unicodeScalars.contains(text[k]) {
            return k + 1 < text.count && text[k + 1] == " " ? k + 2 : start
        }
        var d = k
        while d < text.count, ("0"..."9").contains(text[d]), d - k < 3 { d += 1 }
        if d > k, d < text.count, text[d] == "." || text[d] == ")" {
            if d + 1 >= text.count || text[d + 1] == " " || text[d + 1] == "\t"
                || isUppercase(text[d + 1])
            {
                return d + 1
            }
        }
        return start
    }

    private static func appendTrimmed(
        _ text: [Unicode.Scalar], _ range: Range<Int>, to sentences: inout [Range<Int>]
    ) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isWhitespace(text[lower]) { lower += 1 }
        while upper > lower, isWhitespace(text[upper - 1]) { upper -= 1 }
        guard upper > lower,
            text[lower..<upper].contains(where: isWordScalar)
        else { return }
        sentences.append(lower..<upper)
    }

    /// A letter or digit: a span with none of them is no sentence.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar)
        }
        return scalar.properties.isAlphabetic
    }
}
