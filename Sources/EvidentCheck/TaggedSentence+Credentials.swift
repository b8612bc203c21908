import Foundation

extension TaggedSentence {
    /// Whether the one-word phrase at `start` (one that counts only in capitals) is set off by
    /// commas after a capitalised word: a person's degrees and titles, listed after the name ("Jane
    /// Doe, MS, RD"), where "MS" is a master of science, not multiple sclerosis. The comma
    /// before it is needed, and after it a comma, the sentence's end or another word in capitals
    /// ("Jane Doe, MS RD").
    static func isCredential(
        _ start: Int, _ end: Int, tokens: [Token], text: [Unicode.Scalar]
    ) -> Bool {
        guard start > 0, end == start + 1, tokens[start].start < tokens[start].end,
            tokens[start].end <= text.count,
            text[tokens[start].start..<tokens[start].end].allSatisfy({
                $0.properties.isUppercase
            }),
            gap(before: start, tokens: tokens, text: text).contains(","),
            tokens[start - 1].start < text.count,
            text[tokens[start - 1].start].properties.isUppercase
        else { return false }
        guard end < tokens.count else { return true }
        if gap(before: end, tokens: tokens, text: text).contains(",") { return true }
        let next = tokens[end]
        return next.start < next.end && next.end <= text.count
            && text[next.start..<next.end].allSatisfy { $0.properties.isUppercase }
    }
}
