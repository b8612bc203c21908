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
        try ranked(text, design: design, humansOnly: humansOnly, limit: limit).hits
    }

    /// ``search(_:design:humansOnly:limit:)``, with the number of matches the rank function
    /// considered (tests: the blocks skipped are not read).
    func ranked(
        _ text: String, design: StudyDesign? = nil, humansOnly: Bool = false, limit: Int = 20
    ) throws -> (hits: [IndexSearchHit], considered: Int) {
        let words = Self.words(text)
        guard !words.isEmpty else { throw IndexError.emptyQuery(text) }
        guard words.count <= Self.maximumQueryWords else {
            throw IndexError.queryTooLong(words: words.count, maximum: Self.maximumQueryWords)
        }
        let pattern = words.map { "\"\($0)\"" }.joined(separator: " ")
        return try run(
            pattern: pattern, terms: words, design: design, humansOnly: humansOnly,
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
            excludeRetracted: true, limit: max(limit * 10, 100)
        ).hits
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
        pattern: String, terms words: [String]? = nil, design: StudyDesign?, humansOnly: Bool,
        excludeRetracted: Bool, limit: Int
    ) throws -> (hits: [IndexSearchHit], considered: Int) {
        // The best matches that pass the filters, by bm25 (IndexRankFunction: exact, the same
        // rows and scores as bm25, in one pass without sorting the matches); only they are
        // then read from their (wide) reference rows. Knowledge-base and imported rows may
        // share a key: fetch extra, keep the best of each.
        let ranking = IndexRankFunction.Ranking(k: limit * 2 + 10, weights: Self.weightValues)
        var filters: [String] = []
        var filterArguments: [DatabaseValue] = []
        if let design {
            filters.append("r.design = ?5")
            filterArguments.append(design.rawValue.databaseValue)
        }
        if humansOnly { filters.append("r.humans") }
        if excludeRetracted { filters.append("NOT r.retracted") }
        // The rank function sees every match of the row-id range ?3…?4 and considers those
        // that pass the filters (its third argument). The filters are not terms of the WHERE
        // clause as well: SQLite would evaluate them in an order of its choosing, and it
        // replaces a column compared to a constant there by the constant everywhere else in
        // the clause (the argument would always be true).
        let sql: String
        if filters.isEmpty {
            sql = """
                SELECT count(*) FROM referenceFTS
                WHERE referenceFTS MATCH ?2 AND referenceFTS.rowid BETWEEN ?3 AND ?4
                    AND \(IndexRankFunction.name)(referenceFTS, ?1)
                """
        } else {
            let passes = filters.joined(separator: " AND ")
            sql = """
                SELECT count(*) FROM referenceFTS JOIN reference r ON r.id = referenceFTS.rowid
                WHERE referenceFTS MATCH ?2 AND referenceFTS.rowid BETWEEN ?3 AND ?4
                    AND \(IndexRankFunction.name)(referenceFTS, ?1, \(passes))
                """
        }
        let rows = try index.queue.read { db -> [Row] in
            let statement = try db.makeStatement(sql: sql)
            func read(_ first: Int64, _ last: Int64) throws {
                try IndexRankFunction.run(
                    statement, ranking: ranking,
                    arguments: [pattern.databaseValue, first.databaseValue, last.databaseValue]
                        + filterArguments)
            }
            if let words, let plan = try Self.plan(db, words: words) {
                try rank(db, pattern: pattern, plan: plan, ranking: ranking, read: read)
            } else {
                try read(.min, .max)
            }
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
        return (Array(hits.prefix(limit)), ranking.considered)
    }

    /// The block plan of a search for every word of `words` (each one FTS5 token), or `nil`
    /// when a word is not one token or the index has no bounds for these weights.
    static func plan(_ db: Database, words: [String]) throws -> IndexSearchBlocks.Plan? {
        let tokenizer = try db.makeTokenizer(.porter(wrapping: .unicode61()))
        var terms: [String] = []
        for word in words {
            let tokens = try tokenizer.tokenize(query: word)
            guard tokens.count == 1 else { return nil }
            terms.append(tokens[0].token)
        }
        return try IndexSearchBlocks.plan(db, terms: terms, weights: weightValues)
    }

    /// Ranks the matches of `pattern` block by block (``IndexSearchBlocks``): first the blocks
    /// without bounds for every term (read whole, with the rows after the last summarized
    /// block), then the others best bound first, until a block's bound is below the `k`-th
    /// best score found: no row of it or of a later block can be among the best. `read` ranks
    /// the matches of a row-id range.
    private func rank(
        _ db: Database, pattern: String, plan: IndexSearchBlocks.Plan,
        ranking: IndexRankFunction.Ranking, read: (Int64, Int64) throws -> Void
    ) throws {
        // bm25's statistics come from the first match (the bounds need them).
        ranking.statisticsOnly = true
        try IndexRankFunction.run(
            try db.makeStatement(
                sql: """
                    SELECT \(IndexRankFunction.name)(referenceFTS, ?1) FROM referenceFTS
                    WHERE referenceFTS MATCH ?2 LIMIT 1
                    """),
            ranking: ranking, arguments: [pattern.databaseValue])
        ranking.statisticsOnly = false
        guard ranking.isPrepared else { return }
        let size = plan.blockSize
        var bounded: [(bound: Double, block: Int64)] = []
        var unbounded: Int64?  // the first of a run of blocks without bounds
        for block in 0..<plan.summarized {
            guard let impacts = plan.impacts[block] else {
                if unbounded == nil { unbounded = block }
                continue
            }
            if let first = unbounded {
                try read(first * size, block * size - 1)
                unbounded = nil
            }
            var bound = 0.0
            for (phrase, pairs) in impacts.enumerated() {
                bound += ranking.bound(phrase: phrase, impacts: pairs)
            }
            bounded.append((bound, block))
        }
        try read((unbounded ?? plan.summarized) * size, .max)
        bounded.sort { ($0.bound, $1.block) > ($1.bound, $0.block) }
        for (bound, block) in bounded {
            if let threshold = ranking.threshold {
                // Below the k-th best (with a margin for rounding): so is every later block.
                if bound < threshold.score * (1 - 1e-9) { break }
                // A tie enters only before the k-th best's row.
                if bound <= threshold.score && block * size > threshold.row { continue }
            }
            try read(block * size, block * size + size - 1)
        }
    }

    /// `limit` within 1...``maximumLimit``.
    static func bounded(_ limit: Int) -> Int { min(max(limit, 1), maximumLimit) }

    static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
