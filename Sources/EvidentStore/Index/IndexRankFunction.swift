import Foundation
import GRDB
import GRDBSQLite

/// `evident_rank(referenceFTS, k, weights…)`: FTS5's bm25, score for score, that skips the
/// work for rows that cannot be among the `k` best.
///
/// A query ordered by bm25 scores every match, and FTS5's bm25 reads each match's length (a
/// lookup in `referenceFTS_docsize`): a word found in most of a million references costs
/// seconds. This function keeps the `k` best scores seen so far in the query. For each match
/// it first computes an upper bound of the match's score from what FTS5 already decoded: the
/// weighted counts of each phrase, as bm25 uses them, and the shortest the match can be (each
/// column with a hit has at least as many tokens as its last hit's offset plus one). bm25
/// falls as the length grows, so the bound is at least the score. When the bound is below the
/// `k`-th best score, the match is not one of the `k` best whatever its length: the function
/// returns the bound (negated, as bm25 does), which sorts after the `k` best, without reading
/// the length. Otherwise it returns the exact bm25 score and updates the `k` best.
///
/// So `ORDER BY evident_rank(…) LIMIT k` returns exactly the rows and scores of
/// `ORDER BY bm25(…) LIMIT k`: a row whose score was not computed is worse than `k` rows
/// whose score was. The function must see only rows that the query keeps (SQLite computes an
/// ORDER BY term after the WHERE clause), and each row once (a row seen again returns its
/// first answer). How much it saves depends on the data (rows with few hits far apart are the
/// cheapest to rule out), not on a cap: every match is considered.
enum IndexRankFunction {
    /// The SQL name of the function.
    static let name = "evident_rank"

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

    /// The per-query state: bm25's statistics and the `k` best scores so far. The per-row
    /// scratch lives in buffers allocated once (the function runs once per match).
    final class State {
        let idf: UnsafeMutableBufferPointer<Double>
        let averageLength: Double
        let weights: UnsafeMutableBufferPointer<Double>
        let k: Int
        /// The best scores (bm25 negated: higher is better), a min-heap of at most `k`.
        var best: [Double] = []
        let frequencies: UnsafeMutableBufferPointer<Double>
        let lastOffsets: UnsafeMutableBufferPointer<Int32>
        var lastRow: Int64 = .min
        var lastResult = 0.0

        init(idf: [Double], averageLength: Double, weights: [Double], columns: Int, k: Int) {
            self.idf = .allocate(capacity: idf.count)
            _ = self.idf.initialize(from: idf)
            self.averageLength = averageLength
            // A column without a weight weighs 1, as in bm25.
            self.weights = .allocate(capacity: columns)
            self.weights.initialize(repeating: 1.0)
            for (column, weight) in weights.prefix(columns).enumerated() {
                self.weights[column] = weight
            }
            self.k = k
            frequencies = .allocate(capacity: idf.count)
            frequencies.initialize(repeating: 0)
            lastOffsets = .allocate(capacity: columns)
            lastOffsets.initialize(repeating: -1)
            best.reserveCapacity(k)
        }

        deinit {
            idf.deallocate()
            weights.deallocate()
            frequencies.deallocate()
            lastOffsets.deallocate()
        }

        /// bm25 (not negated) of a row with these phrase frequencies and `length` tokens.
        func score(length: Double) -> Double {
            var score = 0.0
            for i in 0..<idf.count {
                let f = frequencies[i]
                score +=
                    idf[i]
                    * ((f * (k1 + 1.0)) / (f + k1 * (1 - b + b * length / averageLength)))
            }
            return score
        }

        /// Whether `score` would enter the `k` best (ties enter).
        func mayEnter(_ score: Double) -> Bool {
            best.count < k || score >= best[0]
        }

        /// Adds `score` to the `k` best.
        func add(_ score: Double) {
            if best.count < k {
                best.append(score)
                var child = best.count - 1
                while child > 0 {
                    let parent = (child - 1) / 2
                    if best[parent] <= best[child] { break }
                    best.swapAt(parent, child)
                    child = parent
                }
                return
            }
            guard score > best[0] else { return }
            best[0] = score
            var parent = 0
            while true {
                let left = 2 * parent + 1
                if left >= best.count { break }
                let right = left + 1
                let child = right < best.count && best[right] < best[left] ? right : left
                if best[parent] <= best[child] { break }
                best.swapAt(parent, child)
                parent = child
            }
        }
    }

    /// The auxiliary function (see the type's discussion).
    static let rank: fts5_extension_function = { api, fts, context, count, values in
        guard let api, let fts else { return }
        let code = evaluate(api, fts, context, Int(count), values)
        if code != SQLITE_OK { sqlite3_result_error_code(context, code) }
    }

    private static func evaluate(
        _ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer,
        _ context: OpaquePointer?, _ count: Int,
        _ values: UnsafeMutablePointer<OpaquePointer?>?
    ) -> Int32 {
        let functions = api.pointee
        guard let getAuxdata = functions.xGetAuxdata, let rowid = functions.xRowid,
            let phraseFirst = functions.xPhraseFirst, let phraseNext = functions.xPhraseNext,
            let columnSize = functions.xColumnSize
        else { return SQLITE_ERROR }
        let state: State
        if let pointer = getAuxdata(fts, 0) {
            state = Unmanaged<State>.fromOpaque(pointer).takeUnretainedValue()
        } else {
            var created: State?
            let code = makeState(api, fts, count, values, &created)
            guard code == SQLITE_OK, let created else { return code }
            state = created
        }
        let row = rowid(fts)
        if row == state.lastRow {
            sqlite3_result_double(context, state.lastResult)
            return SQLITE_OK
        }
        var code = SQLITE_OK
        let frequencies = state.frequencies
        let lastOffsets = state.lastOffsets
        let weights = state.weights
        frequencies.update(repeating: 0)
        lastOffsets.update(repeating: -1)
        // Each phrase's hits in this row, read straight from its position list (cheaper than
        // xInst, which first merges every phrase's hits into one sorted array).
        var iterator = Fts5PhraseIter()
        for p in 0..<frequencies.count {
            var column: Int32 = 0
            var offset: Int32 = 0
            code = phraseFirst(fts, Int32(p), &iterator, &column, &offset)
            guard code == SQLITE_OK else { return code }
            while column >= 0 {
                let c = Int(column)
                guard c < weights.count else { return SQLITE_CORRUPT }
                frequencies[p] += weights[c]
                if offset > lastOffsets[c] { lastOffsets[c] = offset }
                phraseNext(fts, &iterator, &column, &offset)
            }
        }
        var shortest = 0.0
        for offset in lastOffsets where offset >= 0 { shortest += Double(offset) + 1 }
        let result: Double
        let bound = state.score(length: shortest)
        if !state.mayEnter(bound) {
            result = -1.0 * bound
        } else {
            var tokens: Int32 = 0
            code = columnSize(fts, -1, &tokens)
            guard code == SQLITE_OK else { return code }
            let score = state.score(length: Double(tokens))
            state.add(score)
            result = -1.0 * score
        }
        state.lastRow = row
        state.lastResult = result
        sqlite3_result_double(context, result)
        return SQLITE_OK
    }

    /// bm25's statistics for the query (as FTS5's bm25 computes them) and an empty `k` best,
    /// stored as the query's auxiliary data.
    private static func makeState(
        _ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer, _ count: Int,
        _ values: UnsafeMutablePointer<OpaquePointer?>?, _ state: inout State?
    ) -> Int32 {
        let functions = api.pointee
        guard let rowCount = functions.xRowCount, let totalSize = functions.xColumnTotalSize,
            let phraseCount = functions.xPhraseCount, let queryPhrase = functions.xQueryPhrase,
            let setAuxdata = functions.xSetAuxdata, let columnCount = functions.xColumnCount,
            let values, count >= 1
        else { return SQLITE_ERROR }
        let k = Int(sqlite3_value_int64(values[0]))
        guard k >= 1 else { return SQLITE_RANGE }
        let weights = (1..<max(count, 1)).map { sqlite3_value_double(values[$0]) }
        var rows: Int64 = 0
        var tokens: Int64 = 0
        var code = rowCount(fts, &rows)
        guard code == SQLITE_OK else { return code }
        code = totalSize(fts, -1, &tokens)
        guard code == SQLITE_OK else { return code }
        var idf: [Double] = []
        for phrase in 0..<phraseCount(fts) {
            // Matches of the phrase alone; counting stops at half the rows, where bm25's IDF
            // is no longer positive and FTS5 uses 1e-6 instead.
            var counter = (hits: Int64(0), half: (rows + 1) / 2)
            code = queryPhrase(fts, phrase, &counter) { _, _, user in
                guard let user else { return SQLITE_ERROR }
                let counter = user.assumingMemoryBound(to: (hits: Int64, half: Int64).self)
                counter.pointee.hits += 1
                return counter.pointee.hits >= counter.pointee.half ? SQLITE_DONE : SQLITE_OK
            }
            guard code == SQLITE_OK else { return code }
            let hits = Double(counter.hits)
            let n = Double(rows)
            var value = log((n - hits + 0.5) / (hits + 0.5))
            if value <= 0.0 { value = 1e-6 }
            idf.append(value)
        }
        let created = State(
            idf: idf, averageLength: Double(tokens) / Double(rows), weights: weights,
            columns: Int(columnCount(fts)), k: k)
        code = setAuxdata(fts, Unmanaged.passRetained(created).toOpaque()) { pointer in
            if let pointer { Unmanaged<State>.fromOpaque(pointer).release() }
        }
        guard code == SQLITE_OK else { return code }
        state = created
        return SQLITE_OK
    }
}
