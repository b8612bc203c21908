import Foundation
import GRDB
import GRDBSQLite

/// `evident_rank(referenceFTS, ranking[, passes])`: collects the `k` best matches of a query by
/// FTS5's bm25, score for score, in one pass over the matches and without sorting them.
///
/// `ranking` is a ``Ranking`` bound as a pointer (`sqlite3_bind_pointer`, see
/// ``run(_:ranking:arguments:)``). The function is a term of the WHERE clause that is always
/// false, `SELECT count(*) FROM referenceFTS WHERE referenceFTS MATCH ?2 AND
/// evident_rank(referenceFTS, ?1)`, so SQLite calls it once per match and builds and sorts no
/// row. A match counts only when `passes` (the query's filters, when it has any) is true. The
/// ranking keeps the `k` best (score, row) pairs.
///
/// FTS5's bm25 reads each match's length (a lookup in `referenceFTS_docsize`): a word found in
/// most of a million references costs seconds. For each match the function first computes an
/// upper bound of the match's score from what FTS5 already decoded: the weighted counts of
/// each phrase, as bm25 uses them, and the shortest the match can be (each column with a hit
/// has at least as many tokens as its last hit's offset plus one). bm25 falls as the length
/// grows, so the bound is at least the score. When the bound cannot beat the `k`-th best so
/// far, the match is not one of the `k` best whatever its length and is passed over without
/// reading it. Otherwise its exact bm25 score is computed and it joins the `k` best.
///
/// So the ranking holds exactly the rows and scores of `ORDER BY bm25(…), rowid LIMIT k`.
/// How much it saves depends on the data (rows with few hits far apart are the cheapest to
/// rule out), not on a cap: every match is considered.
enum IndexRankFunction {
    /// The SQL name of the function.
    static let name = "evident_rank"

    /// The pointer type of the bound ``Ranking`` (`sqlite3_value_pointer` checks it).
    static let pointerType: StaticString = "evident_rank.ranking"

    /// bm25's constants, as in FTS5.
    static let k1 = 1.2
    static let b = 0.75

    /// Registers the function on a connection (once per connection).
    static func register(_ db: Database) throws {
        let api = UnsafeMutablePointer(mutating: FTS5.api(db))
        guard let create = api.pointee.xCreateFunction else {
            throw DatabaseError(message: "FTS5 cannot register auxiliary functions")
        }
        let code = create(api, name, nil, rank, nil)
        guard code == SQLITE_OK else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code),
                message: "cannot register the FTS5 function '\(name)'")
        }
    }

    /// Runs `statement` (a query calling `evident_rank(referenceFTS, ?1…)`) with `ranking`
    /// bound to its first parameter and `arguments` (text or integers) to the next ones, to
    /// its end: `ranking` then holds the `k` best matches.
    static func run(_ statement: Statement, ranking: Ranking, arguments: [DatabaseValue]) throws {
        let handle = statement.sqliteStatement
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        let type = UnsafeRawPointer(pointerType.utf8Start).assumingMemoryBound(to: CChar.self)
        try withExtendedLifetime(ranking) {
            defer {
                sqlite3_reset(handle)
                sqlite3_clear_bindings(handle)
            }
            var code = sqlite3_bind_pointer(
                handle, 1, Unmanaged.passUnretained(ranking).toOpaque(), type, nil)
            for (offset, argument) in arguments.enumerated() where code == SQLITE_OK {
                let parameter = Int32(offset + 2)
                switch argument.storage {
                case .int64(let value): code = sqlite3_bind_int64(handle, parameter, value)
                case .string(let value):
                    code = sqlite3_bind_text(handle, parameter, value, -1, transient)
                default: code = SQLITE_MISUSE
                }
            }
            while code == SQLITE_OK || code == SQLITE_ROW {
                code = sqlite3_step(handle)
            }
            guard code == SQLITE_DONE else {
                let connection = sqlite3_db_handle(handle)
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: code),
                    message: connection.map { String(cString: sqlite3_errmsg($0)) },
                    sql: statement.sql)
            }
        }
    }

    /// One query's ranking: bm25's statistics (computed from the first match), the `k` best
    /// (score, row) pairs so far, and per-row scratch allocated once.
    final class Ranking {
        /// How many best matches are kept.
        let k: Int
        /// The weight of each column, in column order (a column without one weighs 1).
        let columnWeights: [Double]
        /// The rows whose length was read to score them exactly (the others were ruled out by
        /// their bound).
        private(set) var exactlyScored = 0
        /// The matches the function was called on.
        private(set) var considered = 0
        /// When true, the function only computes bm25's statistics (on the first match it is
        /// called on) and considers no match.
        var statisticsOnly = false

        private var idf: UnsafeMutableBufferPointer<Double> = .init(start: nil, count: 0)
        private var averageLength = 0.0
        private var weights: UnsafeMutableBufferPointer<Double> = .init(start: nil, count: 0)
        private var frequencies: UnsafeMutableBufferPointer<Double> = .init(start: nil, count: 0)
        private var lastOffsets: UnsafeMutableBufferPointer<Int32> = .init(start: nil, count: 0)
        private var prepared = false
        private var lastRow: Int64 = .min
        /// The best so far, a heap whose root is the worst of them (lower score, or the same
        /// score and a later row).
        private var scores: [Double] = []
        private var rows: [Int64] = []

        /// A ranking of the `k` best, with bm25 column weights `weights`.
        init(k: Int, weights: [Double]) {
            self.k = max(k, 1)
            self.columnWeights = weights
            scores.reserveCapacity(self.k)
            rows.reserveCapacity(self.k)
        }

        deinit {
            idf.deallocate()
            weights.deallocate()
            frequencies.deallocate()
            lastOffsets.deallocate()
        }

        /// The `k` best matches, best first (ties: the earlier row first); `score` is bm25
        /// negated, as FTS5's `bm25()` returns it (lower is better).
        var best: [(row: Int64, score: Double)] {
            zip(rows, scores).map { (row: $0, score: -1.0 * $1) }
                .sorted { ($0.score, $0.row) < ($1.score, $1.row) }
        }

        /// Whether bm25's statistics are computed (the function met a match).
        var isPrepared: Bool { prepared }

        /// The worst of the `k` best once there are `k`, else `nil`: its score (bm25, not
        /// negated) and row. A match enters with a higher score, or the same and an earlier row.
        var threshold: (score: Double, row: Int64)? {
            scores.count == k ? (scores[0], rows[0]) : nil
        }

        /// The best score phrase `phrase` alone can give a row whose (weighted hits, length) is
        /// one of `impacts` (flat pairs) or beaten by one: its bm25 term at the best pair.
        /// Needs the statistics (``isPrepared``).
        func bound(phrase: Int, impacts: [Double]) -> Double {
            guard phrase < idf.count else { return .infinity }
            var best = 0.0
            var i = 0
            while i + 1 < impacts.count {
                let f = impacts[i]
                let norm = IndexRankFunction.k1 * (1 - b + b * impacts[i + 1] / averageLength)
                best = max(best, idf[phrase] * ((f * (k1 + 1.0)) / (f + norm)))
                i += 2
            }
            return best
        }

        /// Whether a match scoring `score` at `row` would be one of the `k` best so far.
        private func enters(_ score: Double, row: Int64) -> Bool {
            scores.count < k || score > scores[0] || (score == scores[0] && row < rows[0])
        }

        /// Whether the pair at `i` is worse than the pair at `j` (the heap's order).
        private func worse(_ i: Int, _ j: Int) -> Bool {
            scores[i] < scores[j] || (scores[i] == scores[j] && rows[i] > rows[j])
        }

        /// Adds a pair that ``enters(_:row:)``.
        private func add(_ score: Double, row: Int64) {
            if scores.count < k {
                scores.append(score)
                rows.append(row)
                var child = scores.count - 1
                while child > 0 {
                    let parent = (child - 1) / 2
                    guard worse(child, parent) else { break }
                    scores.swapAt(parent, child)
                    rows.swapAt(parent, child)
                    child = parent
                }
                return
            }
            scores[0] = score
            rows[0] = row
            var parent = 0
            while true {
                let left = 2 * parent + 1
                guard left < scores.count else { break }
                let right = left + 1
                let child = right < scores.count && worse(right, left) ? right : left
                guard worse(child, parent) else { break }
                scores.swapAt(parent, child)
                rows.swapAt(parent, child)
                parent = child
            }
        }

        /// bm25 (not negated) of a row with the current phrase frequencies and `length` tokens.
        private func score(length: Double) -> Double {
            var score = 0.0
            let norm = IndexRankFunction.k1 * (1 - b + b * length / averageLength)
            for i in 0..<idf.count {
                let f = frequencies[i]
                score += idf[i] * ((f * (k1 + 1.0)) / (f + norm))
            }
            return score
        }

        /// Considers the row FTS5's cursor is on.
        fileprivate func consider(
            _ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer
        ) -> Int32 {
            if !prepared {
                let code = prepare(api, fts)
                guard code == SQLITE_OK else { return code }
            }
            if statisticsOnly { return SQLITE_OK }
            considered += 1
            guard let rowid = api.pointee.xRowid, let phraseFirst = api.pointee.xPhraseFirst,
                let phraseNext = api.pointee.xPhraseNext
            else { return SQLITE_ERROR }
            let row = rowid(fts)
            guard row != lastRow else { return SQLITE_OK }
            lastRow = row
            for c in 0..<lastOffsets.count { lastOffsets[c] = -1 }
            // Each phrase's hits in this row, read straight from its position list (cheaper
            // than xInst, which first merges every phrase's hits into one sorted array).
            var iterator = Fts5PhraseIter()
            for p in 0..<frequencies.count {
                var frequency = 0.0
                var column: Int32 = 0
                var offset: Int32 = 0
                let code = phraseFirst(fts, Int32(p), &iterator, &column, &offset)
                guard code == SQLITE_OK else { return code }
                while column >= 0 {
                    let c = Int(column)
                    guard c < weights.count else { return SQLITE_CORRUPT }
                    frequency += weights[c]
                    if offset > lastOffsets[c] { lastOffsets[c] = offset }
                    phraseNext(fts, &iterator, &column, &offset)
                }
                frequencies[p] = frequency
            }
            var shortest = 0.0
            for offset in lastOffsets where offset >= 0 { shortest += Double(offset) + 1 }
            guard enters(score(length: shortest), row: row) else { return SQLITE_OK }
            guard let columnSize = api.pointee.xColumnSize else { return SQLITE_ERROR }
            var tokens: Int32 = 0
            let code = columnSize(fts, -1, &tokens)
            guard code == SQLITE_OK else { return code }
            exactlyScored += 1
            let exact = score(length: Double(tokens))
            if enters(exact, row: row) { add(exact, row: row) }
            return SQLITE_OK
        }

        /// bm25's statistics for the query, as FTS5's bm25 computes them.
        private func prepare(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer) -> Int32
        {
            let functions = api.pointee
            guard let rowCount = functions.xRowCount,
                let totalSize = functions.xColumnTotalSize,
                let phraseCount = functions.xPhraseCount,
                let queryPhrase = functions.xQueryPhrase,
                let columnCount = functions.xColumnCount
            else { return SQLITE_ERROR }
            var rowTotal: Int64 = 0
            var tokens: Int64 = 0
            var code = rowCount(fts, &rowTotal)
            guard code == SQLITE_OK else { return code }
            code = totalSize(fts, -1, &tokens)
            guard code == SQLITE_OK else { return code }
            var values: [Double] = []
            for phrase in 0..<phraseCount(fts) {
                // Matches of the phrase alone; counting stops at half the rows, where bm25's
                // IDF is no longer positive and FTS5 uses 1e-6 instead.
                var counter = (hits: Int64(0), half: (rowTotal + 1) / 2)
                code = queryPhrase(fts, phrase, &counter) { _, _, user in
                    guard let user else { return SQLITE_ERROR }
                    let counter = user.assumingMemoryBound(to: (hits: Int64, half: Int64).self)
                    counter.pointee.hits += 1
                    return counter.pointee.hits >= counter.pointee.half ? SQLITE_DONE : SQLITE_OK
                }
                guard code == SQLITE_OK else { return code }
                let hits = Double(counter.hits)
                let n = Double(rowTotal)
                var value = log((n - hits + 0.5) / (hits + 0.5))
                if value <= 0.0 { value = 1e-6 }
                values.append(value)
            }
            let columns = Int(columnCount(fts))
            idf = .allocate(capacity: values.count)
            _ = idf.initialize(from: values)
            averageLength = Double(tokens) / Double(rowTotal)
            weights = .allocate(capacity: columns)
            weights.initialize(repeating: 1.0)
            for (column, weight) in columnWeights.prefix(columns).enumerated() {
                weights[column] = weight
            }
            frequencies = .allocate(capacity: values.count)
            frequencies.initialize(repeating: 0)
            lastOffsets = .allocate(capacity: columns)
            lastOffsets.initialize(repeating: -1)
            prepared = true
            return SQLITE_OK
        }
    }

    /// The auxiliary function (see the type's discussion).
    static let rank: fts5_extension_function = { api, fts, context, count, values in
        let type = UnsafeRawPointer(pointerType.utf8Start).assumingMemoryBound(to: CChar.self)
        guard let api, let fts, let values, count == 1 || count == 2,
            let pointer = sqlite3_value_pointer(values[0], type)
        else {
            sqlite3_result_error(
                context, "\(name) expects the ranking bound by IndexRankFunction.run", -1)
            return
        }
        if count == 2, sqlite3_value_int(values[1]) == 0 {
            sqlite3_result_int(context, 0)
            return
        }
        let code = Unmanaged<Ranking>.fromOpaque(pointer)._withUnsafeGuaranteedRef {
            $0.consider(api, fts)
        }
        if code == SQLITE_OK {
            sqlite3_result_int(context, 0)
        } else {
            sqlite3_result_error_code(context, code)
        }
    }
}
