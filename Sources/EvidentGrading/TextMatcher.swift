/// Whole-word, case-insensitive phrase matching over free text (notes, titles).
struct TextMatcher {
    private let haystack: String

    /// Prepares a text: lowercased, every character other than a letter, digit or hyphen
    /// turned into a space, padded with spaces.
    init(_ text: String) {
        haystack = Self.normalise(text)
    }

    /// The phrases from `terms` that occur in the text as whole words, in the given order.
    func matches(_ terms: [String]) -> [String] {
        terms.filter { term in
            let needle = Self.normalise(term)
            return needle.count > 2 && haystack.contains(needle)
        }
    }

    /// True when any of `terms` occurs.
    func containsAny(_ terms: [String]) -> Bool { !matches(terms).isEmpty }

    private static func normalise(_ text: String) -> String {
        var out = " "
        var lastWasSpace = true
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "-" {
                out.append(character)
                lastWasSpace = false
            } else if !lastWasSpace {
                out.append(" ")
                lastWasSpace = true
            }
        }
        if !lastWasSpace { out.append(" ") }
        return out
    }
}
