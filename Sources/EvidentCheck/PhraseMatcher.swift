/// Finds lexicon phrases (sequences of stems) in a token sequence, indexed by first stem.
struct PhraseMatcher: Sendable {
    /// One phrase and the labels (class or concept ids) it carries.
    struct Entry: Sendable {
        var terms: [String]
        var labels: [Int]
    }

    private(set) var byFirst: [String: [Entry]] = [:]

    init() {}

    /// A matcher of phrases already grouped by their first stem, each group longest first as
    /// `add(_:label:)` leaves it (the lexicon's cache file: `Lexicon+Cache.swift`).
    init(byFirst: [String: [Entry]]) {
        self.byFirst = byFirst
    }

    /// Adds a phrase with a label; the same phrase may carry several labels.
    mutating func add(_ terms: [String], label: Int) {
        guard let first = terms.first else { return }
        // In place: a bucket is neither copied out and back nor sorted again for every phrase.
        PhraseMatcher.add(terms, label: label, to: &byFirst[first, default: []])
    }

    /// Adds a phrase to the phrases of its first stem, longest first: after the phrases of its
    /// length added before it (the order of a stable sort by length of the phrases as added).
    private static func add(_ terms: [String], label: Int, to entries: inout [Entry]) {
        if let existing = entries.firstIndex(where: { $0.terms == terms }) {
            if !entries[existing].labels.contains(label) { entries[existing].labels.append(label) }
            return
        }
        let position = entries.firstIndex { $0.terms.count < terms.count } ?? entries.endIndex
        entries.insert(Entry(terms: terms, labels: [label]), at: position)
    }

    /// The longest phrase starting at `position` (the first of `matches(_:at:)`), without
    /// building the others.
    func longest(_ terms: [String], at position: Int) -> (end: Int, labels: [Int])? {
        guard let entries = byFirst[terms[position]] else { return nil }
        for entry in entries where PhraseMatcher.fits(entry, terms, at: position) {
            return (position + entry.terms.count, entry.labels)
        }
        return nil
    }

    /// `longest(_:at:)` among `entries`, the phrases whose first stem is `terms[position]`
    /// (`byFirst[terms[position]]`, looked up once by the caller).
    static func longest(
        in entries: [Entry], _ terms: [String], at position: Int
    ) -> (end: Int, labels: [Int])? {
        for entry in entries where PhraseMatcher.fits(entry, terms, at: position) {
            return (position + entry.terms.count, entry.labels)
        }
        return nil
    }

    /// Every phrase starting at `position`: (end, labels), longest first.
    func matches(_ terms: [String], at position: Int) -> [(end: Int, labels: [Int])] {
        guard let entries = byFirst[terms[position]] else { return [] }
        return PhraseMatcher.matches(in: entries, terms, at: position)
    }

    /// `matches(_:at:)` among `entries`, the phrases whose first stem is `terms[position]`
    /// (looked up once by the caller).
    static func matches(
        in entries: [Entry], _ terms: [String], at position: Int
    ) -> [(end: Int, labels: [Int])] {
        var result: [(end: Int, labels: [Int])] = []
        for entry in entries where PhraseMatcher.fits(entry, terms, at: position) {
            result.append((position + entry.terms.count, entry.labels))
        }
        return result
    }

    /// Whether a phrase (whose first stem is `terms[position]`) is at `position`.
    static func fits(_ entry: Entry, _ terms: [String], at position: Int) -> Bool {
        guard position + entry.terms.count <= terms.count else { return false }
        for k in 1..<max(1, entry.terms.count)
        where !ShortText.equal(terms[position + k], entry.terms[k]) {
            return false
        }
        return true
    }
}
