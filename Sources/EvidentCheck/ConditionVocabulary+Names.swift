/// Coined product names built on a condition's name: "HyperTensa" (hypertension), "Diabetix"
/// (diabetes), "Insomnex" (insomnia).
extension ConditionVocabulary {
    /// The shortest shared beginning that makes a coined word stand for a condition: six
    /// letters, and all but the last three of the condition's name ("diabet" of "diabetes",
    /// "hypertens" of "hypertension"), so a coined word keeps the name's distinctive part.
    static let coinedOverlap = 6

    /// The one-word condition name a coined word (lowercase, unstemmed) is built on, or `nil`:
    /// the name sharing the longest beginning with it, when that beginning is at least
    /// `coinedOverlap` letters and all of the name but its last three letters. A word that is
    /// itself a vocabulary word is not coined.
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
            return (count, count >= max(Self.coinedOverlap, name.count - 3))
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
