/// Splits a document's text into statements (sentences), for the coverage check.
///
/// A statement ends at `.`, `!` or `?` (plus closing quotes or brackets) followed by white
/// space, the end of the line, or — when a lowercase letter precedes the stop — directly by an
/// uppercase letter (`body.One`, a missing space). Lines are separate statements; a leading
/// list marker (`1.`) is not part of one. Offsets count Unicode scalars.
public struct StatementSplitter: Sendable {
    /// One statement: its text and where it sits.
    public struct Statement: Hashable, Sendable {
        /// The statement's text.
        public var text: String
        /// Offset of its first scalar.
        public var start: Int
        /// Offset just past its last scalar.
        public var end: Int
        /// 1-based line.
        public var line: Int
        /// 1-based column (in scalars).
        public var column: Int
    }

    /// Creates a splitter.
    public init() {}

    /// The statements of `text`, in order.
    public func statements(in text: String) -> [Statement] {
        let scalars = Array(text.unicodeScalars)
        var result: [Statement] = []
        var lineStart = 0
        var lineNumber = 1
        while lineStart <= scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            split(scalars, from: lineStart, to: lineEnd, line: lineNumber, into: &result)
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        return result
    }

    private func split(
        _ s: [Unicode.Scalar], from lineStart: Int, to lineEnd: Int, line: Int,
        into result: inout [Statement]
    ) {
        var start = lineStart
        while start < lineEnd, s[start].properties.isWhitespace { start += 1 }
        // A list marker: digits, a dot, white space.
        var marker = start
        while marker < lineEnd, ("0"..."9").contains(s[marker]) { marker += 1 }
        if marker > start, marker + 1 < lineEnd, s[marker] == ".",
            s[marker + 1].properties.isWhitespace
        {
            start = marker + 1
        }
        var index = start
        while index < lineEnd {
            if [".", "!", "?"].contains(s[index]) {
                var after = index + 1
                while after < lineEnd,
                    ["\u{201D}", "\"", "\u{2019}", "'", ")", "]"].contains(s[after])
                {
                    after += 1
                }
                let boundary =
                    after == lineEnd || s[after].properties.isWhitespace
                    || (s[after].properties.isUppercase && index > lineStart
                        && s[index - 1].properties.isLowercase)
                if boundary {
                    emit(s, start, after, lineStart, line, &result)
                    start = after
                    index = after
                    continue
                }
            }
            index += 1
        }
        emit(s, start, lineEnd, lineStart, line, &result)
    }

    private func emit(
        _ s: [Unicode.Scalar], _ from: Int, _ to: Int, _ lineStart: Int, _ line: Int,
        _ result: inout [Statement]
    ) {
        var start = from
        var end = to
        while start < end, s[start].properties.isWhitespace { start += 1 }
        while end > start, s[end - 1].properties.isWhitespace { end -= 1 }
        guard s[start..<end].contains(where: { $0.properties.isAlphabetic }) else { return }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: s[start..<end])
        result.append(
            Statement(
                text: String(text), start: start, end: end, line: line,
                column: start - lineStart + 1))
    }
}
