/// Coined product names built on a condition's name: "HyperTensa" (hypertension), "Diabetix"
/// (diabetes), "Insomnex" (insomnia).
extension ConditionVocabulary {
    /// The shortest shared beginning that makes a coined word stand for a condition: six
    /// letters, and all but the last three of the condition's name ("diabet" of "diabetes",
    /// "hypertens" of "hypertension"), so a coined word keeps the name's distinctive part.
    static let coinedOverlap = 6

    /// The medical suffixes that say "inflammation of", "condition of" or "disease of" after a
    /// stem naming the part ("epicondyl-itis", "fibr-osis", "giardi-asis", "neuro-pathy"): a
    /// coined word that keeps all of the stem, seven letters or more, keeps the name's
    /// distinctive part ("EpicondylEx" on "epicondylitis"), however long the suffix is.
    static let stemSuffixes = ["itis", "osis", "iasis", "pathy", "algia"]

    /// The shortest stem before one of `stemSuffixes` a coined word may keep.
    static let coinedStem = 7

    /// How many letters of a condition's name a coined word must share with it: all but the
    /// last three, or all but a suffix of `stemSuffixes` when the stem before it is long
    /// enough; never fewer than `coinedOverlap`.
    static func coinedLength(of name: String) -> Int {
        let length = name.unicodeScalars.count
        var needed = length - 3
        for suffix in stemSuffixes where name.hasSuffix(suffix) {
            let stem = length - suffix.unicodeScalars.count
            if stem >= coinedStem { needed = min(needed, stem) }
        }
        return max(coinedOverlap, needed)
    }

    /// The one-word condition name a coined word (lowercase, unstemmed) is built on, or `nil`:
    /// the name sharing the longest beginning with it, when that beginning is at least
    /// `coinedLength(of:)` letters: all of the name but its last three letters, or but its
    /// medical suffix. A word that is itself a vocabulary word is not coined.
    func coinedCondition(_ word: String) -> String? {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= Self.coinedOverlap, !words.contains(word) else { return nil }
        // The names sharing the longest beginning with `word` sit around where it would be
        // inserted in the sorted list: walk both ways while they share six letters or more.
        var low = 0
        var high = names.count
        while low < high {
            let middle = (low + high) / 2
            if names[middle] < word { low = middle + 1 } else { high = middle }
        }
        func shared(_ index: Int) -> (count: Int, fits: Bool) {
            let name = Array(names[index].unicodeScalars)
            var count = 0
            while count < min(name.count, scalars.count), name[count] == scalars[count] {
                count += 1
            }
            return (count, count >= Self.coinedLength(of: names[index]))
        }
        var best: (name: String, shared: Int)?
        for step in [-1, 1] {
            var index = step < 0 ? low - 1 : low
            while names.indices.contains(index) {
                let found = shared(index)
                guard found.count >= Self.coinedOverlap else { break }
                if found.fits, found.count > best?.shared ?? 0 {
                    best = (names[index], found.count)
                }
                index += step
            }
        }
        return best?.name
    }

    /// The one-word condition names (of `names`) that begin with `prefix` (lowercase).
    func names(startingWith prefix: String) -> ArraySlice<String> {
        names.sortedSlice(startingWith: prefix)
    }

    /// Whether a one-word condition name (of `names`) begins with `prefix` (lowercase), the
    /// prefix being at least half the name when `atLeastHalf` ("depre" of "depression").
    func hasName(startingWith prefix: String, atLeastHalf: Bool) -> Bool {
        let length = prefix.unicodeScalars.count
        return names(startingWith: prefix).contains {
            !atLeastHalf || 2 * length >= $0.unicodeScalars.count
        }
    }
}
