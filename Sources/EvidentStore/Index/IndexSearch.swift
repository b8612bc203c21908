import EvidentModel
import GRDB

/// Full-text search over the index (FTS5, bm25 over title, abstract and MeSH terms), and
/// suggestions of references for a claim.
///
/// Exact: the hits are the best by bm25 among every match, as `ORDER BY bm25(…) LIMIT k`
/// would return them, score for score. bm25 reads the length of every match it scores, which
/// costs seconds for a word found in most of a million references; ``IndexRankFunction``
/// gives the same answer while skipping that work for the matches that cannot be among the
/// best.
public struct IndexSearch: Sendable {
    /// The index searched.
    public let index: IndexDatabase

    /// bm25 weights of the full-text columns: title, abstract, MeSH terms.
    static let weights = "5.0, 1.0, 3.0"
    /// ``weights`` as numbers, in column order.
    static let weightValues = [5.0, 1.0, 3.0]

    /// Words too common to help a suggestion query (they would match nearly everything).
    static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "by", "can", "does", "for", "from", "has",
        "have", "in", "into", "is", "it", "its", "may", "not", "of", "on", "or", "than", "that",
        "the", "their", "this", "to", "was", "were", "which", "will", "with", "without", "no",
        "more", "less", "people", "general",
    ]

    /// The most results a search or a suggestion returns (a larger `limit` is cut to it, a
    /// smaller than 1 raised to 1): the arithmetic on it stays far from overflow, and the rows
    /// fetched stay bounded whatever a caller asks for.
    public static let maximumLimit = 10_000

    /// The most words a search query may have (every one must match; a query of more is
    /// refused with ``IndexError/queryTooLong(words:maximum:)``).
    public static let maximumQueryWords = 64
    /// The most words of a claim a suggestion searches for (its first distinct ones; a
    /// statement has at most 1,000 characters, so this bounds only claims stored long ago).
    public static let maximumSuggestionWords = 256

    /// Creates a search over `index`.
    public init(index: IndexDatabase) {
        self.index = index
    }

    /// The searchable words of `text`: lowercase letters and digits runs, deduplicated in order.
    public static func words(_ text: String, droppingStopWords: Bool = false) -> [String] {
        var words: [String] = []
        var seen: Set<String> = []
        var current = ""
        func flush() {
            if !current.isEmpty, !seen.contains(current),
                !(droppingStopWords && (stopWords.contains(current) || current.count < 2))
            {
                seen.insert(current)
                words.append(current)
            }
            current = ""
        }
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// Searches for references containing every word of `text` (stemmed: `fractures` finds
    /// `fracture`), best bm25 first; `design` and `humansOnly` filter.
    public func search(
        _ text: String, design: StudyDesign? = nil, humansOnly: Bool = false, limit: Int = 20
    ) throws -> [IndexSearchHit] {
        let words = Self.words(text)
        guard !words.isEmpty else { throw IndexError.emptyQuery(text) }
        guard words.count <= Self.maximumQueryWords else {
            throw IndexError.queryTooLong(words: words.count, maximum: Self.maximumQueryWords)
        }
        let pattern = words.map { "\"\($0)\"" }.joined(separator: " ")
        return try run(
            pattern: pattern, design: design, humansOnly: humansOnly,
            excludeRetracted: false, limit: Self.bounded(limit))
    }

    /// Candidate references for a claim: any word of its statement, keywords, subjects and
    /// outcome, ranked by bm25 weighted by design quality (meta-analyses and trials first);
    /// retracted references are left out; each hit says whether the claim already cites it.
    public func suggest(for claim: Claim, limit: Int = 10) throws -> [IndexSearchHit] {
        let text =
            ([claim.statement] + claim.keywords + claim.subjects
            + [claim.outcome?.name ?? ""]).joined(separator: " ")
        let words = Self.words(text, droppingStopWords: true).prefix(Self.maximumSuggestionWords)
        guard !words.isEmpty else { throw IndexError.emptyQuery(claim.statement) }
        let pattern = words.map { "\"\($0)\"" }.joined(separator: " OR ")
        let limit = Self.bounded(limit)
        var hits = try run(
            pattern: pattern, design: nil, humansOnly: false,
            excludeRetracted: true, limit: max(limit * 10, 100))
        let cited = Set(claim.citations.map(\.reference.description))
        for index in hits.indices {
            let quality = IndexDesignClassifier.quality(of: hits[index].design)
            hits[index].score = Self.round(hits[index].score * (1 + quality))
            hits[index].cited = !hits[index].citableKeys.isDisjoint(with: cited)
        }
        hits.sort { ($0.score, $1.key) > ($1.score, $0.key) }
        return Array(hits.prefix(limit))
    }

    /// Suggestions for a claim stored in the index (see ``IndexKnowledgeBase``).
    public func suggest(claimID: String, limit: Int = 10) throws -> [IndexSearchHit] {
        guard let claim = try IndexKnowledgeBase(index: index).claim(claimID) else {
            throw IndexError.unknownClaim(claimID)
        }
        return try suggest(for: claim, limit: limit)
    }

    private func run(
        pattern: String, design: StudyDesign?, humansOnly: Bool, excludeRetracted: Bool,
        limit: Int
    ) throws -> [IndexSearchHit] {
        // The best matches that pass the filters, by bm25 (IndexRankFunction: exact, the same
        // rows and scores as bm25, in one pass without sorting the matches); only they are
        // then read from their (wide) reference rows. Knowledge-base and imported rows may
        // share a key: fetch extra, keep the best of each.
        let ranking = IndexRankFunction.Ranking(k: limit * 2 + 10, weights: Self.weightValues)
        var filters: [String] = []
        var arguments: [DatabaseValue] = [pattern.databaseValue]
        if let design {
            filters.append("r.design = ?3")
            arguments.append(design.rawValue.databaseValue)
        }
        if humansOnly { filters.append("r.humans") }
        if excludeRetracted { filters.append("NOT r.retracted") }
        // The rank function sees every match and considers those that pass the filters (its
        // third argument). The filters are not terms of the WHERE clause as well: SQLite
        // would evaluate them in an order of its choosing, and it replaces a column compared
        // to a constant there by the constant everywhere else in the clause (the argument
        // would always be true).
        let sql: String
        if filters.isEmpty {
            sql = """
                SELECT count(*) FROM referenceFTS
                WHERE referenceFTS MATCH ?2 AND \(IndexRankFunction.name)(referenceFTS, ?1)
                """
        } else {
            let passes = filters.joined(separator: " AND ")
            sql = """
                SELECT count(*) FROM referenceFTS JOIN reference r ON r.id = referenceFTS.rowid
                WHERE referenceFTS MATCH ?2
                    AND \(IndexRankFunction.name)(referenceFTS, ?1, \(passes))
                """
        }
        let rows = try index.queue.read { db -> [Row] in
            try IndexRankFunction.run(
                try db.makeStatement(sql: sql), ranking: ranking, arguments: arguments)
            let best = ranking.best
            guard !best.isEmpty else { return [] }
            let ids = best.map { String($0.row) }.joined(separator: ",")
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT r.key, r.source, r.pmid, r.title, r.firstAuthor, r.journal, r.year,
                        r.doi, r.design, r.humans, r.retracted, r.id
                    FROM reference r WHERE r.id IN (\(ids))
                    """)
        }
        let scores = Dictionary(
            ranking.best.map { ($0.row, $0.score) }, uniquingKeysWith: { first, _ in first })
        // One hit per key, at the best rank of its rows, described by the knowledge-base row
        // when there is one (the curated record wins over an imported copy).
        let ranked = rows.compactMap { row -> (rank: Double, row: Row)? in
            scores[row[11]].map { (rank: $0, row: row) }
        }.sorted { a, b in
            let (keyA, keyB): (String, String) = (a.row[0], b.row[0])
            let (sourceA, sourceB): (String, String) = (a.row[1], b.row[1])
            return (a.rank, keyA, sourceA) < (b.rank, keyB, sourceB)
        }
        var position: [String: Int] = [:]
        var hits: [IndexSearchHit] = []
        for (rank, row) in ranked {
            let key: String = row[0]
            let pmid: Int64? = row[2]
            var hit = IndexSearchHit(
                key: key, source: row[1], pmid: pmid.map { String($0) }, title: row[3],
                firstAuthor: row[4], journal: row[5], year: row[6], doi: row[7],
                design: StudyDesign(rawValue: row[8]) ?? .unknown, humans: row[9],
                retracted: row[10], score: Self.round(-rank))
            if let existing = position[key] {
                if hit.source == IndexKnowledgeBase.source {
                    hit.score = hits[existing].score
                    hits[existing] = hit
                }
                continue
            }
            position[key] = hits.count
            hits.append(hit)
        }
        return Array(hits.prefix(limit))
    }

    /// `limit` within 1...``maximumLimit``.
    static func bounded(_ limit: Int) -> Int { min(max(limit, 1), maximumLimit) }

    static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
