import EvidentModel

/// The statements of an article's text and what each one is: a checkable statement, or a
/// title, heading or question that makes no claim. Sentences come from the one
/// ``SentenceSplitter`` (the coverage check of `evident validate` uses the same boundaries).
struct ArticleStructure {
    /// A statement: its trimmed range in the text and, for a non-claim, why it makes none.
    struct Statement: Hashable {
        var range: Range<Int>
        /// `title`, `heading`, `question`, `answer` or `aside`; `nil` for a checkable statement.
        var nonClaimReason: String?
    }

    let scalars: [Unicode.Scalar]
    let statements: [Statement]

    /// Headings without a stop are short: at most this many words.
    static let headingWords = 12
    /// A title (the first line, without a stop) may be longer.
    static let titleWords = 25
    /// A line ending with `:` is a heading up to this many words ("Some points for attention:").
    static let colonHeadingWords = 6
    /// A list item's first sentence of at most this many words, followed by more text on its
    /// line, is a label ("1. Heart health. Fish oil lowers…").
    static let labelWords = 3

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        var result: [Statement] = []
        for raw in SentenceSplitter.split(scalars) {
            let range = Self.trimmed(raw, scalars)
            guard !range.isEmpty else { continue }
            var reason = Self.reason(range, scalars, isFirst: result.isEmpty)
            // One word ("Yes.", "No.") asserts nothing checkable on its own: after a question
            // it is the question's answer, elsewhere an aside.
            if reason == nil, Self.wordCount(range, scalars) <= 1 {
                reason = result.last?.nonClaimReason == "question" ? "answer" : "aside"
            }
            result.append(Statement(range: range, nonClaimReason: reason))
        }
        statements = result
    }

    /// The text of a range.
    func text(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }

    /// The range without heading and quote markers (`#`, `>`) and white space around it.
    static func trimmed(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, s[lower] == "#" || s[lower] == ">" || s[lower].properties.isWhitespace
        {
            lower += 1
        }
        while upper > lower, s[upper - 1].properties.isWhitespace || s[upper - 1] == "#" {
            upper -= 1
        }
        return lower..<upper
    }

    private static func reason(
        _ range: Range<Int>, _ s: [Unicode.Scalar], isFirst: Bool
    ) -> String? {
        let closing: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "*", "_"]
        var last = range.upperBound - 1
        while last > range.lowerBound, closing.contains(s[last]) { last -= 1 }
        if s[last] == "?" { return "question" }

        let lineStart = start(ofLineAt: range.lowerBound, s)
        let lineEnd = end(ofLineAt: range.lowerBound, s)
        let words = wordCount(range, s)
        // A statement over several lines (a soft-wrapped paragraph) is no heading or label.
        guard range.upperBound <= lineEnd else { return nil }
        // A list item's short first sentence, followed by more on its line: a label.
        let markerEnd = SentenceSplitter.listMarkerEnd(s, from: lineStart)
        if markerEnd > lineStart, markerEnd <= range.lowerBound,
            isBlank(markerEnd..<range.lowerBound, s), [".", ":"].contains(s[last]),
            words <= labelWords, !isBlank(range.upperBound..<lineEnd, s)
        {
            return "heading"
        }
        // Headings take their whole line.
        guard isBlank(lineStart..<range.lowerBound, s, allowing: "#>"),
            isBlank(range.upperBound..<lineEnd, s, allowing: "#")
        else { return nil }
        let heading = isFirst ? "title" : "heading"
        let first = s[lineStart..<lineEnd].first { $0 != " " && $0 != "\t" }
        if first == "#" || isUnderline(after: lineEnd, s) { return heading }
        // A whole line in emphasis without a stop: strong (`**Dosage**`) a heading, single
        // (`*By A. Smith, updated Jan. 2025*`) an aside (a byline, a date, a caption).
        if let marks = emphasis(range, s), !".!".unicodeScalars.contains(s[last]) {
            return marks == 2 ? heading : "aside"
        }
        guard markerEnd == lineStart, !".!".unicodeScalars.contains(s[last]) else { return nil }
        if isFirst, words <= titleWords { return "title" }
        guard words <= headingWords else { return nil }
        if s[last] == ":" { return words <= colonHeadingWords ? "heading" : nil }
        return isTitleCase(range, s) ? "heading" : nil
    }

    /// How many emphasis marks (`*` or `_`, 1 or 2) open and close the range, with text between
    /// that does not start with a space (`* item` is a list item); `nil` when it is not.
    private static func emphasis(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Int? {
        let mark = s[range.lowerBound]
        guard mark == "*" || mark == "_" else { return nil }
        let marks = range.count > 4 && s[range.lowerBound + 1] == mark ? 2 : 1
        guard range.count > 2 * marks,
            s[(range.upperBound - marks)..<range.upperBound].allSatisfy({ $0 == mark }),
            !s[range.lowerBound + marks].properties.isWhitespace,
            s[range.lowerBound + marks] != mark
        else { return nil }
        return marks
    }

    /// Most longer words capitalised (`Where Can I Get Omega-3s`).
    private static func isTitleCase(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Bool {
        let text = String(String.UnicodeScalarView(s[range]))
        let long = text.split { !$0.isLetter }.filter { $0.count >= 4 }
        guard !long.isEmpty else { return false }
        let capitalised = long.filter { $0.first?.isUppercase == true }.count
        return capitalised * 4 >= long.count * 3
    }

    private static func wordCount(_ range: Range<Int>, _ s: [Unicode.Scalar]) -> Int {
        String(String.UnicodeScalarView(s[range]))
            .split { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "'" && $0 != "\u{2019}" }
            .count
    }

    private static func isUnderline(after lineEnd: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard lineEnd < s.count else { return false }
        let next = lineEnd + 1
        let end = end(ofLineAt: next, s)
        let line = s[min(next, end)..<end].filter { $0 != " " }
        return line.count >= 2 && (line.allSatisfy { $0 == "=" } || line.allSatisfy { $0 == "-" })
    }

    private static func hasPrefix(_ s: [Unicode.Scalar], _ at: Int, _ prefix: String) -> Bool {
        let p = Array(prefix.unicodeScalars)
        return at + p.count <= s.count && Array(s[at..<at + p.count]) == p
    }

    private static func isBlank(
        _ range: Range<Int>, _ s: [Unicode.Scalar], allowing extra: String = ""
    ) -> Bool {
        guard !range.isEmpty else { return true }
        let allowed = Set(extra.unicodeScalars)
        return s[range].allSatisfy { $0.properties.isWhitespace || allowed.contains($0) }
    }

    static func start(ofLineAt offset: Int, _ s: [Unicode.Scalar]) -> Int {
        var k = min(offset, s.count)
        while k > 0, s[k - 1] != "\n" { k -= 1 }
        return k
    }

    static func end(ofLineAt offset: Int, _ s: [Unicode.Scalar]) -> Int {
        var k = max(0, offset)
        while k < s.count, s[k] != "\n" { k += 1 }
        return k
    }
}
