/// A trie over stemmed words: every phrase that starts at a position of a word sequence, found
/// in one walk as long as the longest phrase there (however many phrases there are).
struct TermTrie: Sendable {
    private var children: [[String: Int32]] = [[:]]
    private var values: [[Int32]] = [[]]

    /// Adds a phrase (its stems) with a value; a phrase may carry several values.
    mutating func insert(_ terms: [String], value: Int) {
        guard !terms.isEmpty else { return }
        var node = 0
        for term in terms {
            if let next = children[node][term] {
                node = Int(next)
            } else {
                let next = children.count
                children.append([:])
                values.append([])
                children[node][term] = Int32(next)
                node = next
            }
        }
        if !values[node].contains(Int32(value)) { values[node].append(Int32(value)) }
    }

    /// Every phrase starting at `position`: (end, values), longest first.
    func matches(_ terms: [String], at position: Int) -> [(end: Int, values: [Int32])] {
        var result: [(end: Int, values: [Int32])] = []
        var node = 0
        var index = position
        while index < terms.count, let next = children[node][terms[index]] {
            node = Int(next)
            index += 1
            if !values[node].isEmpty { result.append((index, values[node])) }
        }
        return result.reversed()
    }

    /// Whether a word begins any phrase (most words begin none).
    func starts(_ term: String) -> Bool { children[0][term] != nil }

    /// The number of nodes (for size checks).
    var nodeCount: Int { children.count }
}
