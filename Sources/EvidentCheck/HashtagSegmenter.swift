import Foundation

/// Splits run-together hashtags and camel-case product names into the words they are made of
/// (`#cancersurvivor` → `cancer` `survivor`, `#covid19` → `covid` `19`, `GoutAway` → `gout`
/// `away`), so social-media copy and product names meet the same word classes as prose.
///
/// A hashtag is split only when the whole of it is made of known words (every word of the
/// lexicon, its stopwords and its `hashtag-words`, and the condition vocabulary's words), choosing the split with the fewest words;
/// a hashtag that is itself a known word, or cannot be split completely into known words of two
/// letters or more (and numbers), stays as it is (`#nomoremigraines` → `no` `more` `migraines`,
/// `EDFix` → `ed` `fix`).
struct HashtagSegmenter: Sendable {
    /// Known words, lowercased and unstemmed.
    let words: Set<String>
    /// The longest known word, in scalars.
    let longest: Int
    /// The known words sorted, made when a product name's piece is first read as clipped (most
    /// copy has none): what a clipped beginning could also be cut from ("calci" of "calcium"
    /// as well as of "calcinosis").
    private let sorted = SortedWords()
    /// The fewest letters of a condition's name a product name's piece keeps when it is cut
    /// short ("Scoli" of "scoliosis"): fewer begin too many words.
    static let clippedMinimum = 5

    /// Known words are taken from phrases (every run of letters or digits of each phrase) and
    /// from `words` as they are.
    init(phrases: [String], words extra: Set<String> = []) {
        var words = extra
        for phrase in phrases {
            var current = ""
            for scalar in phrase.lowercased().unicodeScalars {
                if Tokenizer.isWordScalar(scalar) {
                    current.unicodeScalars.append(scalar)
                } else {
                    if current.unicodeScalars.count >= 2 { words.insert(current) }
                    current = ""
                }
            }
            if current.unicodeScalars.count >= 2 { words.insert(current) }
        }
        self.words = words
        self.longest = words.map { $0.unicodeScalars.count }.max() ?? 0
    }

    /// Whether a word (lowercase) is known, or the plural of a known word.
    func isKnownWord(_ word: String) -> Bool { isKnown(Array(word.unicodeScalars)[...]) }

    /// The known words that begin with `prefix` (lowercase).
    func knownWords(startingWith prefix: String) -> ArraySlice<String> {
        sorted.of(words).sortedSlice(startingWith: prefix)
    }

    /// The words of a hashtag's text (without `#`), or `nil` when it is not split.
    func segments(_ hashtag: [Unicode.Scalar]) -> [String]? {
        let lower = Array(String(String.UnicodeScalarView(hashtag)).lowercased().unicodeScalars)
        let count = lower.count
        guard count >= 4, !words.contains(String(String.UnicodeScalarView(lower))) else {
            return nil
        }
        // fewest[i]: fewest words covering lower[0..<i]; from[i]: where the last word starts.
        var fewest = [Int](repeating: Int.max, count: count + 1)
        var from = [Int](repeating: -1, count: count + 1)
        fewest[0] = 0
        for end in 1...count {
            for start in max(0, end - longest)..<end where fewest[start] != Int.max {
                let piece = lower[start..<end]
                let isNumber = piece.allSatisfy(Tokenizer.isDigit)
                guard isNumber || (piece.count >= 2 && isKnown(piece)) else { continue }
                if fewest[start] + 1 < fewest[end] {
                    fewest[end] = fewest[start] + 1
                    from[end] = start
                }
            }
        }
        guard fewest[count] != Int.max, fewest[count] > 1 else { return nil }
        var pieces: [String] = []
        var end = count
        while end > 0 {
            let start = from[end]
            pieces.append(Self.string(lower[start..<end]))
            end = start
        }
        return pieces.reversed()
    }

    /// Whether a piece is a known word, or the plural of one (`migraines`).
    private func isKnown(_ piece: ArraySlice<Unicode.Scalar>) -> Bool {
        if words.contains(Self.string(piece)) { return true }
        guard piece.count >= 4, piece.last == "s" else { return false }
        return words.contains(Self.string(piece.dropLast()))
    }

    /// Whether a token is a hashtag (right after `#`) or a camel-case name (`GoutAway`: a
    /// capital after a lowercase letter; `EDFix`: an acronym joined to a word), the two kinds of
    /// run-together words.
    static func isRunTogether(_ token: Token, in scalars: [Unicode.Scalar]) -> Bool {
        if token.start > 0, scalars[token.start - 1] == "#" { return true }
        guard token.end - token.start >= 5 else { return false }
        for index in (token.start + 1)..<token.end where Self.isUpper(scalars[index]) {
            // "GoutAway", or an acronym joined to a word ("EDFix": a capital after a capital and
            // before a lowercase letter).
            if Self.isLower(scalars[index - 1]) { return true }
            if index + 1 < token.end, Self.isUpper(scalars[index - 1]),
                Self.isLower(scalars[index + 1])
            {
                return true
            }
        }
        return false
    }

    /// Replaces each hashtag or camel-case token of `tokens` by the stemmed words it splits
    /// into, all spanning the token's offsets.
    func expand(_ tokens: [Token], in scalars: [Unicode.Scalar]) -> [Token] {
        guard
            tokens.contains(where: {
                Self.isRunTogether($0, in: scalars)
                    || ($0.start > 0 && scalars[$0.start - 1] == "#")
            })
        else {
            return tokens
        }
        var result: [Token] = []
        result.reserveCapacity(tokens.count + 4)
        for token in tokens {
            let isName = token.start == 0 || scalars[token.start - 1] != "#"
            var whole = token
            whole.isHashtag = !isName
            guard Self.isRunTogether(token, in: scalars) else {
                result.append(whole)
                continue
            }
            let word = Array(scalars[token.start..<token.end])
            // The writer's capitals mark the words of a hashtag too ("#TonsillitisSOS",
            // "#HPyloriGone"), even where a piece is no known word or a single letter.
            let camel = isName ? Self.camelPieces(word) : Self.camelPieces(word, shortest: 1)
            guard let pieces = isName ? camel ?? segments(word) : hashtagPieces(word, camel: camel)
            else {
                result.append(whole)
                continue
            }
            for piece in pieces {
                result.append(
                    Token(
                        term: Stemmer.stem(piece), start: token.start, end: token.end,
                        isNamePiece: isName, isHashtag: !isName))
            }
        }
        return result
    }

    /// The words of a hashtag: at its capitals, unless a piece there is no known word and the
    /// hashtag splits wholly into known words otherwise. Capitals alone cannot tell where an
    /// acronym ends when a lowercase word follows it ("#RSVrecovery" is `rsv` `recovery`, not
    /// `rs` `vrecovery`, the split an acronym joined to a capitalised word gives, "#EDFix").
    func hashtagPieces(_ word: [Unicode.Scalar], camel: [String]?) -> [String]? {
        guard let camel else { return segments(word) }
        let unknown = unknownCount(camel)
        guard unknown > 0 else { return camel }
        if let known = segments(word) { return known }
        // An acronym keeps all its capitals when a known lowercase word follows it.
        guard let whole = Self.camelPieces(word, shortest: 1, acronymsWhole: true),
            unknownCount(whole) < unknown
        else { return camel }
        return whole
    }

    /// How many pieces of two letters or more are no known words (a single letter is an
    /// initial, "#HPyloriGone", not a word cut short).
    private func unknownCount(_ pieces: [String]) -> Int {
        pieces.count(where: {
            $0.unicodeScalars.count >= 2 && !isKnown(Array($0.unicodeScalars)[...])
        })
    }

    /// The words of a camel-case name at its capitals (`LupusLift` → `lupus` `lift`), when
    /// there are two or more and each is `shortest` letters or more (three for a name);
    /// otherwise `nil` (`CoQ10`, `McNeil` stay whole or are split by known words).
    /// With `acronymsWhole`, a run of capitals ends only where a lowercase letter follows a
    /// capital ("RSVrecovery" → `rsv` `recovery`), not one capital before it (`EDFix`).
    static func camelPieces(
        _ word: [Unicode.Scalar], shortest: Int = 3, acronymsWhole: Bool = false
    ) -> [String]? {
        guard word.allSatisfy(Tokenizer.isLetter) else { return nil }
        var pieces: [String] = []
        var start = 0
        for index in 1..<max(1, word.count)
        where isUpper(word[index])
            && (isLower(word[index - 1])
                || (!acronymsWhole && index + 1 < word.count && isUpper(word[index - 1])
                    && isLower(word[index + 1])))
            || (acronymsWhole && isLower(word[index]) && index >= 2 && isUpper(word[index - 1])
                && isUpper(word[index - 2]))
        {
            pieces.append(string(word[start..<index]).lowercased())
            start = index
        }
        pieces.append(string(word[start...]).lowercased())
        guard pieces.count >= 2, pieces.allSatisfy({ $0.unicodeScalars.count >= shortest }) else {
            return nil
        }
        return pieces
    }

    private static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 { return scalar.value >= 65 && scalar.value <= 90 }
        return scalar.properties.isUppercase
    }

    private static func isLower(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 { return scalar.value >= 97 && scalar.value <= 122 }
        return scalar.properties.isLowercase
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}

/// A set of words sorted once, when first asked for; safe to share between threads.
private final class SortedWords: @unchecked Sendable {
    /// Guards `sorted`.
    private let lock = NSLock()
    private var sorted: [String]?

    func of(_ words: Set<String>) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        if let sorted { return sorted }
        let made = words.sorted()
        sorted = made
        return made
    }
}

extension [String] {
    /// The strings of this sorted array that begin with `prefix`.
    func sortedSlice(startingWith prefix: String) -> ArraySlice<String> {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < prefix { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < count, self[end].hasPrefix(prefix) { end += 1 }
        return self[low..<end]
    }
}
