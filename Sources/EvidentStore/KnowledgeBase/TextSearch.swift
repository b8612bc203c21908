/// Exact search in Unicode scalars (no normalisation, no case folding).
enum TextSearch {
    /// The start offsets (in scalars) of every occurrence of `needle` in `haystack`.
    static func occurrences(of needle: String, in haystack: String) -> [Int] {
        let text = Array(haystack.unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= text.count else { return [] }
        var result: [Int] = []
        for start in 0...(text.count - pattern.count)
        where text[start] == pattern[0]
            && text[start..<start + pattern.count].elementsEqual(pattern)
        {
            result.append(start)
        }
        return result
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
        text.unicodeScalars.prefix(offset).reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }
}
