/// A policy's phrase list prepared once for ``TextMatcher``: every phrase normalised the way
/// texts are (lowercased, punctuation to spaces, padded), so matching a citation's text does
/// not redo that work for every phrase of every citation.
struct PhraseList: Sendable {
    /// One phrase: as written in the policy and normalised.
    struct Phrase: Sendable {
        /// The phrase as the policy writes it (what reasons quote).
        var term: String
        /// The normalised phrase, padded with spaces (` mk-7 `).
        var needle: String
        /// The needle's UTF-8 bytes when it is ASCII (then matched byte by byte).
        var asciiNeedle: [UInt8]?
        /// Whether the phrase is long enough to match (at least one character besides padding).
        var usable: Bool
    }

    /// The phrases, in policy order.
    let phrases: [Phrase]

    /// Prepares `terms`.
    init(_ terms: [String]) {
        phrases = terms.map { term in
            let needle = TextMatcher.normalise(term)
            let bytes = Array(needle.utf8)
            return Phrase(
                term: term, needle: needle,
                asciiNeedle: bytes.allSatisfy { $0 < 0x80 } ? bytes : nil,
                usable: needle.count > 2)
        }
    }
}
