/// A trie over stemmed words: every phrase that starts at a position of a word sequence, found
/// in one walk as long as the longest phrase there (however many phrases there are).
///
/// Words are interned once (a word id per distinct stem) and every edge lives in one table keyed
/// by (node, word id), so building it allocates no table per node, and a step of a lookup is
/// one hash of the word and one of the edge.
struct TermTrie: Sendable {
    private var words: [String: Int32] = [:]
    private var edges: [UInt64: Int32] = [:]
    /// Per node, the first value of the phrase ending there (`-1`: no phrase ends there).
    private var first: [Int32] = [-1]
    /// The further values of a node, for a phrase that carries several (rare).
    private var more: [Int32: [Int32]] = [:]
    /// The words that fill one slot after a phrase's first word (see `fillSlot(with:)`), and
    /// the word id of that slot.
    private var slotted: Set<Int32> = []
    private var slot: Int32 = -1

    /// An empty trie.
    init() {}

    /// The number of nodes (for size checks).
    var nodeCount: Int { first.count }

    private static func key(_ node: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }

    /// Makes room for about `nodes` nodes (one per word of the phrases, at most) and `words`
    /// distinct words, so that loading a large vocabulary does not grow the tables step by step.
    mutating func reserveCapacity(nodes: Int, words: Int = 0) {
        edges.reserveCapacity(nodes)
        first.reserveCapacity(nodes + 1)
        self.words.reserveCapacity(words)
    }

    /// The id of a stem, interned on first use.
    mutating func wordID(_ term: String) -> Int32 {
        if let known = words[term] { return known }
        let word = Int32(words.count)
        words[term] = word
        return word
    }

    /// Makes `terms` one slot after a phrase's first word: a phrase written with one of them
    /// there matches any of them ("ringing in the ears": "ringing in your ears"). Call before
    /// inserting phrases.
    mutating func fillSlot(with terms: [String]) {
        slot = wordID(" ")
        for term in terms { slotted.insert(wordID(term)) }
    }

    /// The word id a walk follows for the word at `index` of a phrase: the slot for a slotted
    /// word after the first.
    private func step(_ word: Int32, at index: Int) -> Int32 {
        index > 0 && slotted.contains(word) ? slot : word
    }

    /// Adds a phrase (its stems) with a value; a phrase may carry several values.
    mutating func insert(_ terms: [String], value: Int) {
        var ids: [Int32] = []
        ids.reserveCapacity(terms.count)
        for term in terms { ids.append(wordID(term)) }
        insert(ids: ids, value: value)
    }

    /// Adds a phrase given as word ids (from `wordID(_:)`) with a value.
    mutating func insert(ids: [Int32], value: Int) {
        guard !ids.isEmpty else { return }
        var node: Int32 = 0
        for (index, word) in ids.enumerated() {
            let key = TermTrie.key(node, step(word, at: index))
            if let next = edges[key] {
                node = next
            } else {
                let next = Int32(first.count)
                first.append(-1)
                edges[key] = next
                node = next
            }
        }
        let value = Int32(value)
        if first[Int(node)] < 0 {
            first[Int(node)] = value
        } else if first[Int(node)] != value, more[node]?.contains(value) != true {
            more[node, default: []].append(value)
        }
    }

    /// Every phrase starting at `position`: (end, values), longest first.
    func matches(_ terms: [String], at position: Int) -> [(end: Int, values: [Int32])] {
        var result: [(end: Int, values: [Int32])] = []
        var node: Int32 = 0
        var index = position
        while index < terms.count, let word = words[terms[index]],
            let next = edges[TermTrie.key(node, step(word, at: index - position))]
        {
            node = next
            index += 1
            let value = first[Int(node)]
            if value >= 0 { result.append((index, [value] + (more[node] ?? []))) }
        }
        return result.reversed()
    }

    /// The longest phrase starting at `position` (the first of `matches(_:at:)`), without
    /// collecting the shorter ones.
    func longest(_ terms: [String], at position: Int) -> (end: Int, values: [Int32])? {
        longest(from: position, count: terms.count) { words[terms[$0]] }
    }

    /// The longest phrase starting at `position` of a sequence given as word ids (from
    /// `wordIDs`; `-1` for a word no phrase has): `longest(_:at:)` without hashing a word.
    func longest(ids: [Int32], at position: Int) -> (end: Int, values: [Int32])? {
        longest(from: position, count: ids.count) { ids[$0] >= 0 ? ids[$0] : nil }
    }

    /// The walk of `longest(_:at:)` over `count` words, the word id at an index given by
    /// `word` (`nil`: a word no phrase has).
    private func longest(
        from position: Int, count: Int, word: (Int) -> Int32?
    ) -> (end: Int, values: [Int32])? {
        var node: Int32 = 0
        var index = position
        var found: (end: Int, node: Int32)? = nil
        while index < count, let id = word(index),
            let next = edges[TermTrie.key(node, step(id, at: index - position))]
        {
            node = next
            index += 1
            if first[Int(node)] >= 0 { found = (index, node) }
        }
        guard let found else { return nil }
        let value = first[Int(found.node)]
        guard let others = more[found.node] else { return (found.end, [value]) }
        return (found.end, [value] + others)
    }

    /// Every stem of a phrase, with its word id (for `longest(ids:at:)`).
    var wordIDs: [String: Int32] { words }

    /// The word id of a stem (`-1`: no phrase has it).
    func id(of term: String) -> Int32 { words[term] ?? -1 }

    /// Every word that begins a phrase.
    var firstWords: [String] {
        words.compactMap { edges[TermTrie.key(0, $0.value)] != nil ? $0.key : nil }
    }

    /// Whether a word begins any phrase (most words begin none).
    func starts(_ term: String) -> Bool {
        guard let word = words[term] else { return false }
        return edges[TermTrie.key(0, word)] != nil
    }

    /// Writes the trie to a cache payload (see `init(reading:values:)`).
    func encode(into writer: inout CacheWriter) {
        var byID = [String](repeating: "", count: words.count)
        for (word, id) in words { byID[Int(id)] = word }
        writer.count(byID.count)
        for word in byID { writer.text(word) }
        writer.count(edges.count)
        for (key, node) in edges {
            writer.word(key)
            writer.count(Int(node))
        }
        // Values shifted by one, so that "no phrase ends here" (-1) is 0.
        writer.ids(first.map { $0 + 1 })
        writer.count(more.count)
        for (node, values) in more {
            writer.count(Int(node))
            writer.ids(values)
        }
        writer.ids(slotted.sorted())
        writer.count(Int(slot + 1))
    }

    /// The trie `encode(into:)` wrote, when every node, word and value (below `values`) is in
    /// range; `nil` otherwise.
    init?(reading reader: inout CacheReader, values: Int) {
        guard let wordCount = reader.count() else { return nil }
        words.reserveCapacity(wordCount)
        for id in 0..<wordCount {
            guard let word = reader.text() else { return nil }
            words[word] = Int32(id)
        }
        guard words.count == wordCount, let edgeCount = reader.count() else { return nil }
        var keys: [(UInt64, Int)] = []
        keys.reserveCapacity(edgeCount)
        for _ in 0..<edgeCount {
            guard let key = reader.word(), let node = reader.count() else { return nil }
            keys.append((key, node))
        }
        guard let shifted = reader.ids(below: values + 1), !shifted.isEmpty else { return nil }
        first = shifted.map { $0 - 1 }
        edges.reserveCapacity(edgeCount)
        for (key, node) in keys {
            guard node > 0, node < first.count, Int(key >> 32) < first.count,
                Int(key & 0xFFFF_FFFF) < wordCount
            else { return nil }
            edges[key] = Int32(node)
        }
        guard let moreCount = reader.count() else { return nil }
        for _ in 0..<moreCount {
            guard let node = reader.count(), node < first.count,
                let list = reader.ids(below: values)
            else { return nil }
            more[Int32(node)] = list
        }
        guard let slotted = reader.ids(below: wordCount), let slot = reader.count(),
            slot <= wordCount
        else { return nil }
        self.slotted = Set(slotted)
        self.slot = Int32(slot) - 1
    }
}
