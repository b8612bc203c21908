/// Every class's phrases as stems, in one flat table: the stems once, each phrase a run of stem
/// ids, each class a run of phrases. A lexicon read from its cache file copies three lists of
/// ids instead of making ~88,000 small arrays (`Lexicon+Cache.swift`); a class's phrases are
/// made as lists of stems only when asked for (the few classes read when a book is built).
struct LexiconClassPhrases: Sendable, Equatable {
    /// The stems the ids stand for.
    let stems: [String]
    /// Every phrase's stem ids, phrase after phrase, class after class.
    let ids: [Int32]
    /// Per phrase, where its ids end in `ids`.
    let phraseEnds: [Int32]
    /// Per class id, where its phrases end in `phraseEnds`.
    let classEnds: [Int32]

    /// A table of `stems`, `ids`, `phraseEnds` and `classEnds` already checked against each
    /// other (`Lexicon+Cache.swift`).
    init(stems: [String], ids: [Int32], phraseEnds: [Int32], classEnds: [Int32]) {
        self.stems = stems
        self.ids = ids
        self.phraseEnds = phraseEnds
        self.classEnds = classEnds
    }

    /// The table of per-class phrases as stems.
    init(_ classes: [[[String]]]) {
        var table = CacheTextTable()
        var ids: [Int32] = []
        var phraseEnds: [Int32] = []
        var classEnds: [Int32] = []
        for phrases in classes {
            for phrase in phrases {
                for stem in phrase { ids.append(table.id(stem)) }
                phraseEnds.append(Int32(ids.count))
            }
            classEnds.append(Int32(phraseEnds.count))
        }
        self.init(stems: table.texts, ids: ids, phraseEnds: phraseEnds, classEnds: classEnds)
    }

    /// The number of classes.
    var count: Int { classEnds.count }

    /// The phrase indexes (into `phraseEnds`) of a class.
    func phraseRange(ofClass id: Int) -> Range<Int> {
        (id == 0 ? 0 : Int(classEnds[id - 1]))..<Int(classEnds[id])
    }

    /// The id indexes (into `ids`) of a phrase.
    func idRange(ofPhrase index: Int) -> Range<Int> {
        (index == 0 ? 0 : Int(phraseEnds[index - 1]))..<Int(phraseEnds[index])
    }

    /// The phrases of a class, as stems.
    subscript(id: Int) -> [[String]] {
        phraseRange(ofClass: id).map { phrase in
            idRange(ofPhrase: phrase).map { stems[Int(ids[$0])] }
        }
    }

    /// The one-word phrases of a class.
    func words(ofClass id: Int) -> Set<String> {
        var words: Set<String> = []
        for phrase in phraseRange(ofClass: id) {
            let range = idRange(ofPhrase: phrase)
            if range.count == 1 { words.insert(stems[Int(ids[range.lowerBound])]) }
        }
        return words
    }

    /// Every class's phrases, as stems.
    var all: [[[String]]] { (0..<count).map { self[$0] } }

    /// Equal when every class has the same phrases (whatever the stems' ids).
    static func == (lhs: Self, rhs: Self) -> Bool { lhs.all == rhs.all }
}
