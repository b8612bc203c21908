/// Exact search in Unicode scalars (no normalisation, no case folding); for many searches in
/// one text, prepare it once as a ``SearchableText``.
enum TextSearch {
    /// The start offsets (in scalars) of every occurrence of `needle` in `haystack`.
    static func occurrences(of needle: String, in haystack: String) -> [Int] {
        SearchableText(haystack).occurrences(of: needle)
    }

    /// True when `needle` occurs in `haystack` ignoring case and runs of white space.
    static func containsLoosely(_ needle: String, in haystack: String) -> Bool {
        func squeeze(_ text: String) -> String {
            text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let pattern = squeeze(needle)
        return !pattern.isEmpty && squeeze(haystack).contains(pattern)
    }

    /// The 1-based line of a scalar offset.
    static func line(of offset: Int, in text: String) -> Int {
        SearchableText(text).line(of: offset)
    }
}
