import Foundation
import GRDB
import GRDBSQLite

/// Score bounds of the full-text index by block of reference rows, so a search for a word in
/// most references reads only the blocks that can hold its best hits.
///
/// The rows of `reference` are cut into blocks of ``defaultBlockSize`` consecutive row ids.
/// When a block is complete (every id in it has been handed out: ids only grow, see below),
/// its rows are tokenized as FTS5 tokenizes them and, for each term found in at least
/// 1/``minimumRowShare`` of the block's rows, the block stores the term's *impacts*: the
/// (weighted hit count, row length) pairs of its rows that no other row of the block beats
/// in both (more hits and a shorter row). bm25 grows with the hits and falls with the length,
/// so the best score any row of the block can have for the term is the best score of those
/// pairs, whatever the collection's statistics. ``IndexSearch`` adds these bounds over a
/// query's terms, reads the blocks best bound first, and stops when no unread block can beat
/// the `k`-th best score found: the same hits, score for score, as ranking every match.
///
/// Kept in step by every writer of `reference` (``IndexImporter``, ``IndexKnowledgeBase``),
/// which call ``summarizeCompletedBlocks(_:)`` in their transaction. `reference` ids are
/// `AUTOINCREMENT`: an id is never handed out twice, so a row inserted later (a new version,
/// a refreshed knowledge base) lands in a later block, and a summarized block only ever loses
/// rows (deleted or replaced), which leaves its bounds above the truth, never below. Blocks
/// not summarized (the last, incomplete one; a term too rare in a block to have impacts
/// there) are read whole.
///
/// Tables: `searchBlock` (one row per summarized block; `live` is 0 once every row of it is
/// gone and its impacts are dropped) and `searchImpact` (term, block, impacts: pairs of
/// little-endian doubles). The block size and the column weights the hit counts were
/// weighted by are in `meta` (`search.blockSize`, `search.weights`); a search with other
/// weights does not use the bounds.
enum IndexSearchBlocks {
    /// Rows per block of a new index.
    static let defaultBlockSize: Int64 = 4096
    /// A term has impacts in a block when at least this share of the block's rows (1/n) holds
    /// it; rarer terms have few matches there, which are read.
    static let minimumRowShare: Int64 = 16
    /// FTS5's longest token (longer ones are cut to it), in bytes.
    static let maximumTokenBytes = 32768

    /// `meta` keys.
    enum Meta {
        static let blockSize = "search.blockSize"
        static let weights = "search.weights"
    }

    /// Creates the tables and summarizes the blocks an existing index already completed.
    static func create(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE searchBlock (block INTEGER PRIMARY KEY, live INTEGER NOT NULL);
                CREATE TABLE searchImpact (
                    term TEXT NOT NULL, block INTEGER NOT NULL, impacts BLOB NOT NULL,
                    PRIMARY KEY (term, block)) WITHOUT ROWID;
                """)
        try setMeta(db, Meta.blockSize, String(defaultBlockSize))
        try setMeta(db, Meta.weights, weightsText(IndexSearch.weightValues))
        try summarizeCompletedBlocks(db)
    }

    /// Sets the block size of an index without references (tests: small blocks on a small
    /// index). Throws when the index already holds references.
    static func setBlockSize(_ db: Database, _ size: Int64) throws {
        guard size >= 1, try Int.fetchOne(db, sql: "SELECT count(*) FROM reference") == 0 else {
            throw DatabaseError(message: "the block size can only be set on an empty index")
        }
        try db.execute(sql: "DELETE FROM searchBlock")
        try db.execute(sql: "DELETE FROM searchImpact")
        try setMeta(db, Meta.blockSize, String(size))
    }

    static func weightsText(_ weights: [Double]) -> String {
        weights.map { String($0) }.joined(separator: ",")
    }

    private static func setMeta(_ db: Database, _ key: String, _ value: String) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
    }

    /// The block size and column weights of the index.
    static func settings(_ db: Database) throws -> (blockSize: Int64, weights: String)? {
        let values = try Dictionary(
            uniqueKeysWithValues: Row.fetchAll(
                db, sql: "SELECT key, value FROM meta WHERE key IN (?, ?)",
                arguments: [Meta.blockSize, Meta.weights]
            ).map { row -> (String, String) in (row[0], row[1]) })
        guard let size = values[Meta.blockSize].flatMap({ Int64($0) }), size >= 1,
            let weights = values[Meta.weights]
        else { return nil }
        return (size, weights)
    }

    /// Summarizes every complete block not summarized yet, and drops the impacts of
    /// summarized blocks whose rows are all gone. Runs inside the caller's transaction.
    static func summarizeCompletedBlocks(_ db: Database) throws {
        guard let (size, weightsText) = try settings(db) else { return }
        let weights = weightsText.split(separator: ",").compactMap { Double($0) }
        // The last id handed out (AUTOINCREMENT): every later row gets a larger one.
        let last =
            try Int64.fetchOne(
                db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'reference'") ?? 0
        let next = (try Int64.fetchOne(db, sql: "SELECT max(block) + 1 FROM searchBlock")) ?? 0
        let complete = (last + 1) / size  // blocks 0..<complete hold no id still to come
        if next < complete {
            let summarizer = try Summarizer(db, weights: weights)
            defer { summarizer.finalize() }
            for block in next..<complete {
                try summarizer.summarize(block: block, size: size)
            }
        }
        // Blocks emptied by deletions (a refreshed knowledge base, replaced records).
        let emptied = try Int64.fetchAll(
            db,
            sql: """
                SELECT block FROM searchBlock b WHERE live AND NOT EXISTS (
                    SELECT 1 FROM reference WHERE id BETWEEN b.block * ?1 AND b.block * ?1 + ?1 - 1)
                """, arguments: [size])
        for block in emptied {
            try db.execute(sql: "DELETE FROM searchImpact WHERE block = ?", arguments: [block])
            try db.execute(
                sql: "UPDATE searchBlock SET live = 0 WHERE block = ?", arguments: [block])
        }
    }

    /// A query's blocks: the summarized ones (below `summarized`), each with the impacts of
    /// every query term that has some there, in the order of `terms`.
    struct Plan {
        /// Rows per block.
        let blockSize: Int64
        /// Blocks `0..<summarized` are summarized.
        let summarized: Int64
        /// For each summarized block that has impacts for every term: the impacts, term by term.
        let impacts: [Int64: [[Double]]]
    }

    /// The plan of a query for `terms` (FTS5 tokens), or `nil` when the index has no usable
    /// bounds for it (weighted otherwise than `weights`).
    static func plan(_ db: Database, terms: [String], weights: [Double]) throws -> Plan? {
        guard let (size, stored) = try settings(db), stored == weightsText(weights),
            !terms.isEmpty
        else { return nil }
        let summarized =
            (try Int64.fetchOne(db, sql: "SELECT max(block) + 1 FROM searchBlock")) ?? 0
        var impacts: [Int64: [[Double]]] = [:]
        for (position, term) in terms.enumerated() {
            var found: [Int64: [[Double]]] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT block, impacts FROM searchImpact WHERE term = ?",
                arguments: [term])
            while let row = try rows.next() {
                let block: Int64 = row[0]
                guard position == 0 || impacts[block] != nil else { continue }
                let pairs = try row.withUnsafeData(atIndex: 1) { data in
                    try decode(data ?? Data())
                }
                found[block] = (impacts[block] ?? []) + [pairs]
            }
            impacts = found
        }
        return Plan(blockSize: size, summarized: summarized, impacts: impacts)
    }

    /// Impacts as stored: (hits, length) pairs of little-endian doubles.
    static func encode(_ pairs: [Double]) -> Data {
        var data = Data(capacity: pairs.count * 8)
        for value in pairs {
            withUnsafeBytes(of: value.bitPattern.littleEndian) { data.append(contentsOf: $0) }
        }
        return data
    }

    /// The pairs of stored impacts; throws on a blob that is not whole pairs.
    static func decode(_ data: Data) throws -> [Double] {
        guard data.count % 16 == 0, !data.isEmpty else {
            throw DatabaseError(
                resultCode: .SQLITE_CORRUPT, message: "search impacts of \(data.count) bytes")
        }
        return data.withUnsafeBytes { raw in
            (0..<(data.count / 8)).map { i in
                Double(
                    bitPattern: UInt64(
                        littleEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)))
            }
        }
    }

    /// Tokenizes blocks of rows with the full-text table's tokenizer and writes their impacts.
    final class Summarizer {
        private let db: Database
        private let tokenizer: any FTS5Tokenizer
        private let select: IndexStatement
        private let weights: [Double]
        /// The counts, behind a pointer: the tokenizer's callback reaches them without
        /// exclusivity checks on a class property per token.
        private let tally: UnsafeMutablePointer<IndexTermTally>

        init(_ db: Database, weights: [Double]) throws {
            self.db = db
            self.weights = weights
            tokenizer = try db.makeTokenizer(.porter(wrapping: .unicode61()))
            select = try IndexStatement(
                db,
                "SELECT id, title, abstract, meshTerms FROM reference WHERE id BETWEEN ?1 AND ?2")
            tally = .allocate(capacity: 1)
            tally.initialize(to: IndexTermTally())
        }

        deinit {
            tally.deinitialize(count: 1)
            tally.deallocate()
        }

        func finalize() { select.finalize() }

        /// Summarizes block `block` (ids `block * size ..< (block + 1) * size`).
        func summarize(block: Int64, size: Int64) throws {
            let callback: FTS5TokenCallback = { context, flags, token, count, _, _ in
                guard let context, let token, count > 0 else { return SQLITE_OK }
                context.assumingMemoryBound(to: IndexTermTally.self).pointee.add(
                    UnsafeRawBufferPointer(
                        start: token, count: min(Int(count), IndexSearchBlocks.maximumTokenBytes)),
                    colocated: flags & FTS5_TOKEN_COLOCATED != 0)
                return SQLITE_OK
            }
            let context = UnsafeMutableRawPointer(tally)
            var rows: Int64 = 0
            try select.forEachRow(bind: [block * size, block * size + size - 1]) { handle in
                rows += 1
                var length = 0
                for column in 0..<3 {
                    let index = Int32(column + 1)
                    guard let text = sqlite3_column_text(handle, index) else { continue }
                    let count = sqlite3_column_bytes(handle, index)
                    tally.pointee.weight = column < weights.count ? weights[column] : 1
                    tally.pointee.columnTokens = 0
                    let code = text.withMemoryRebound(to: CChar.self, capacity: Int(count)) {
                        tokenizer.tokenize(
                            context: context, tokenization: .document, pText: $0, nText: count,
                            tokenCallback: callback)
                    }
                    guard code == SQLITE_OK else {
                        throw DatabaseError(
                            resultCode: ResultCode(rawValue: code),
                            message: "cannot tokenize reference \(sqlite3_column_int64(handle, 0))")
                    }
                    length += tally.pointee.columnTokens
                }
                tally.pointee.endRow(length: length)
            }
            let minimum = max(1, Int(size / minimumRowShare))
            let insert = try db.cachedStatement(
                sql: "INSERT INTO searchImpact (term, block, impacts) VALUES (?, ?, ?)")
            for (id, impacts) in tally.pointee.impacts(minimumRows: minimum) {
                try insert.execute(arguments: [tally.pointee.term(id), block, encode(impacts)])
            }
            tally.pointee.endBlock()
            try db.execute(
                sql: "INSERT INTO searchBlock (block, live) VALUES (?, ?)",
                arguments: [block, rows > 0])
        }
    }
}
