import EvidentKit

/// A source document's text addressed the way claim positions are: in Unicode scalars from
/// the start. Finds a claim's quote, the paragraph around it, and the paragraphs of the text
/// (separated by blank lines).
struct DocumentText: Sendable {
    /// The text's scalars.
    let scalars: [Unicode.Scalar]

    /// Addresses `text`.
    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Where `claim`'s quote is: its recorded position when the text there is the quote, else
    /// the first place the quote occurs; `nil` when it does not occur.
    func locate(_ claim: Claim) -> Range<Int>? {
        let quote = Array(claim.quote.unicodeScalars)
        guard !quote.isEmpty else { return nil }
        if let position = claim.position, position.start >= 0, position.start <= position.end,
            position.end <= scalars.count,
            scalars[position.start..<position.end].elementsEqual(quote)
        {
            return position.start..<position.end
        }
        guard quote.count <= scalars.count else { return nil }
        for start in 0...(scalars.count - quote.count)
        where scalars[start] == quote[0]
            && scalars[start..<(start + quote.count)].elementsEqual(quote)
        {
            return start..<(start + quote.count)
        }
        return nil
    }

    /// The paragraph holding `range`: from after the blank line before it to the blank line
    /// after it, without surrounding newlines.
    func paragraph(around range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start > 0, !isBlankLineBreak(endingAt: start) { start -= 1 }
        var end = range.upperBound
        while end < scalars.count, !isBlankLineBreak(startingAt: end) { end += 1 }
        return start..<end
    }

    /// Every paragraph, in order (blank-line separated, empty ones left out).
    func paragraphs() -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            if isBlankLineBreak(startingAt: index) {
                if start < index { result.append(start..<index) }
                while index < scalars.count, scalars[index] == "\n" { index += 1 }
                start = index
            } else {
                index += 1
            }
        }
        if start < scalars.count { result.append(start..<scalars.count) }
        return result.filter { range in scalars[range].contains { !$0.properties.isWhitespace } }
    }

    /// The text of `range`.
    func text(_ range: Range<Int>) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return String(out)
    }

    /// True when a blank line starts at `index` (`\n\n`).
    private func isBlankLineBreak(startingAt index: Int) -> Bool {
        index + 1 < scalars.count && scalars[index] == "\n" && scalars[index + 1] == "\n"
    }

    /// True when a blank line ends just before `index`.
    private func isBlankLineBreak(endingAt index: Int) -> Bool {
        index >= 2 && scalars[index - 1] == "\n" && scalars[index - 2] == "\n"
    }
}
