/// Texts a cache file stores once and refers to by id (`CacheWriter.ids`): stems shared by many
/// phrases are written, and read back as strings, once.
struct CacheTextTable {
    private(set) var texts: [String] = []
    private var ids: [String: Int32] = [:]

    /// The id of a text, given the next one when it is new.
    mutating func id(_ text: String) -> Int32 {
        if let known = ids[text] { return known }
        let new = Int32(texts.count)
        ids[text] = new
        texts.append(text)
        return new
    }

    /// Writes the texts (count + texts).
    func write(into writer: inout CacheWriter) {
        writer.count(texts.count)
        for text in texts { writer.text(text) }
    }

    /// The texts a reader holds next (count + texts), when they are whole.
    static func read(_ reader: inout CacheReader) -> [String]? {
        guard let count = reader.count(), count <= reader.bytes.count else { return nil }
        var texts: [String] = []
        texts.reserveCapacity(count)
        for _ in 0..<count {
            guard let text = reader.text() else { return nil }
            texts.append(text)
        }
        return texts
    }
}

/// A phrase matcher in a cache file (the lexicon's, the substance catalog's): its entries, each
/// its stems' ids in a `CacheTextTable` and its labels, grouped by first stem (groups by
/// ascending stem, each group in the matcher's order, longest first).
extension PhraseMatcher {
    /// The entries as ids of `table` (added to it), in the order they are written.
    func cacheEntries(_ table: inout CacheTextTable) -> [(terms: [Int32], labels: [Int32])] {
        byFirst.keys.sorted().flatMap { first in
            (byFirst[first] ?? []).map { entry in
                (entry.terms.map { table.id($0) }, entry.labels.map { Int32($0) })
            }
        }
    }

    /// Writes entries made by `cacheEntries(_:)` (count, then each one's ids and labels).
    static func write(
        _ entries: [(terms: [Int32], labels: [Int32])], into writer: inout CacheWriter
    ) {
        writer.count(entries.count)
        for entry in entries {
            writer.ids(entry.terms)
            writer.ids(entry.labels)
        }
    }

    /// The matcher a reader holds next, when every stem id is one of `stems`, every label is
    /// below `labels` and no entry is empty.
    static func read(_ reader: inout CacheReader, stems: [String], labels: Int) -> PhraseMatcher? {
        guard let count = reader.count(), count <= reader.bytes.count else { return nil }
        var byFirst: [String: [Entry]] = [:]
        byFirst.reserveCapacity(min(count, stems.count))
        // Entries come grouped by first stem: each group is stored once, whole (its list
        // moved in, not copied; a first stem met again is added to, as entry by entry).
        var group: [Entry] = []
        func store() {
            guard let first = group.first?.terms.first else { return }
            // One look-up for a first stem not met before (each group's stem is new when the
            // groups come in order).
            if let earlier = byFirst.updateValue(group, forKey: first) {
                byFirst[first] = earlier + group
            }
            group = []
            group.reserveCapacity(4)
        }
        // A phrase of one stem, a phrase with one label: its list is shared with the entries
        // that hold the same (made once per stem and per label: one list per entry was two
        // allocations for each of 92,000 entries of the lexicon's matcher).
        var oneStem = [[String]?](repeating: nil, count: stems.count)
        var oneLabel = [[Int]?](repeating: nil, count: labels)
        for _ in 0..<count {
            let terms: [String]
            if let id = reader.soleID(below: stems.count) {
                let shared = oneStem[id] ?? [stems[id]]
                oneStem[id] = shared
                terms = shared
            } else {
                guard let read = reader.texts(of: stems) else { return nil }
                terms = read
            }
            let ids: [Int]
            if let label = reader.soleID(below: labels) {
                let shared = oneLabel[label] ?? [label]
                oneLabel[label] = shared
                ids = shared
            } else {
                guard let read = reader.numbers(below: labels) else { return nil }
                ids = read
            }
            guard let first = terms.first, !ids.isEmpty else { return nil }
            if group.first?.terms.first != first { store() }
            group.append(Entry(terms: terms, labels: ids))
        }
        store()
        return PhraseMatcher(byFirst: byFirst)
    }
}
