import EvidentModel
import EvidentPubMed
import Foundation
import GRDB
import Testing

@testable import EvidentStore

@Suite("Index search bounds by block")
struct IndexSearchBlocksTests {
    typealias S = IndexTestSupport

    /// 400 matches of `menaquinone` of every length and number of hits (see
    /// ``IndexSearchTests/manyMatches()``), in blocks of `blockSize` rows.
    static func manyMatches(blockSize: Int64) throws -> IndexDatabase {
        let index = try IndexDatabase()
        try index.queue.write { try IndexSearchBlocks.setBlockSize($0, blockSize) }
        _ = try IndexImporter(index: index).importRecords(Self.records(1...400) + S.filler())
        return index
    }

    /// Records `numbers` (PMIDs), each with `menaquinone` 0–4 times among 0–59 filler words,
    /// in the title of every ninth, about humans every second; `shift` shifts the pattern
    /// (other text under the same PMIDs).
    static func records(_ numbers: ClosedRange<Int>, version: Int = 1, shift: Int = 0)
        -> [PubMedRecord]
    {
        numbers.map { n in
            let m = n + shift
            let hits = Array(repeating: "menaquinone", count: m % 5)
            let filler = Array(repeating: "bone density vitamin", count: (m * 37) % 60)
            let abstract = (filler.prefix(m % 7) + hits + filler.dropFirst(m % 7))
                .joined(separator: " ")
            let title = m % 9 == 0 ? "Menaquinone study \(n)" : "Study \(n) of bone"
            return .article(
                S.article(
                    UInt64(n), version: version, title: title,
                    abstract: abstract.isEmpty ? "Bone." : abstract,
                    mesh: m % 2 == 0 ? ["Humans"] : ["Rats"]))
        }
    }

    /// Every query and limit gives bm25's own best, score for score (see
    /// ``IndexSearchTests/bm25Best(_:_:humansOnly:limit:)``).
    static func expectExact(_ index: IndexDatabase, _ note: String) throws {
        let search = IndexSearch(index: index)
        for (query, humans) in [
            ("bone", false), ("menaquinone", false), ("menaquinone", true),
            ("menaquinone bone", false), ("vitamin density", true), ("study", false),
        ] {
            for limit in [1, 3, 10, 50, 500] {
                let hits = try search.search(query, humansOnly: humans, limit: limit)
                let expected = try IndexSearchTests.bm25Best(
                    index,
                    query.split(separator: " ").map { "\"\($0)\"" }.joined(separator: " "),
                    humansOnly: humans, limit: limit)
                #expect(
                    hits.map { "\($0.key) \($0.score)" } == expected, "\(note): \(query) \(limit)")
            }
        }
    }

    /// 400 records whose hits of `osteocalcin` rise with their number (of varied lengths):
    /// the best are in the last blocks.
    static func risingHits(blockSize: Int64) throws -> IndexDatabase {
        let index = try IndexDatabase()
        try index.queue.write { try IndexSearchBlocks.setBlockSize($0, blockSize) }
        let records: [PubMedRecord] = (1...400).map { n in
            let words =
                Array(repeating: "osteocalcin", count: 1 + n / 25)
                + Array(repeating: "cohort", count: 20 + (n * 7) % 13)
            return .article(
                S.article(UInt64(n), title: "Report \(n)", abstract: words.joined(separator: " ")))
        }
        _ = try IndexImporter(index: index).importRecords(records + S.filler())
        return index
    }

    /// With blocks of 16 rows, the top hits are still bm25's best of every match, and the
    /// blocks whose bound is below the best found are never read.
    @Test func theBestHitsAreExactAndBlocksBelowThemAreNotRead() throws {
        try Self.expectExact(Self.manyMatches(blockSize: 16), "blocks of 16")
        let index = try Self.risingHits(blockSize: 16)
        let blocks = try index.queue.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM searchBlock") ?? 0
        }
        #expect(blocks == 420 / 16)
        let (hits, considered) = try IndexSearch(index: index).ranked("osteocalcin", limit: 3)
        let expected = try IndexSearchTests.bm25Best(index, "\"osteocalcin\"", limit: 3)
        #expect(hits.map { "\($0.key) \($0.score)" } == expected)
        #expect(considered <= 5 * 16, "\(considered) of 400 matches considered")
    }

    /// The same with every block too small for bounds (a term needs a 16th of a block's
    /// rows), with one block and the rows after it unsummarized, and with the bounds dropped:
    /// the search reads what it cannot bound.
    @Test func unboundedBlocksAreReadWhole() throws {
        for size: Int64 in [1, 7, 1000] {
            try Self.expectExact(Self.manyMatches(blockSize: size), "blocks of \(size)")
        }
        let index = try Self.manyMatches(blockSize: 16)
        try index.queue.write { db in try db.execute(sql: "DELETE FROM searchImpact") }
        try Self.expectExact(index, "no impacts")
    }

    /// Replaced records (a new version, other text) and deleted ones: the bounds of their old
    /// blocks stay above the truth (a row only leaves a summarized block), the new rows land
    /// in new blocks, and the hits stay exact.
    @Test func theHitsStayExactAfterUpdatesAndDeletions() throws {
        let index = try Self.manyMatches(blockSize: 16)
        let importer = IndexImporter(index: index)
        _ = try importer.importRecords(Self.records(1...150, version: 2, shift: 3))
        try Self.expectExact(index, "after updates")
        _ = try importer.importRecords(
            (151...300).map { .delete(PMID.literal(UInt64($0)), version: 1) })
        try Self.expectExact(index, "after deletions")
        // The best rows replaced by weaker ones and the next best deleted: their blocks keep
        // bounds above the truth (read, to find nothing), the blocks below the new best are not.
        let rising = try Self.risingHits(blockSize: 16)
        _ = try IndexImporter(index: rising).importRecords(
            (376...400).map {
                .article(
                    S.article(
                        UInt64($0), version: 2, title: "Report \($0)",
                        abstract: "osteocalcin cohort cohort"))
            } + (351...375).map { .delete(PMID.literal(UInt64($0)), version: 1) })
        let (hits, considered) = try IndexSearch(index: rising).ranked("osteocalcin", limit: 3)
        let expected = try IndexSearchTests.bm25Best(rising, "\"osteocalcin\"", limit: 3)
        #expect(hits.map { "\($0.key) \($0.score)" } == expected)
        #expect(considered <= 5 * 16, "\(considered) of 375 matches considered")
        // Blocks whose rows are all gone lose their impacts.
        let (dead, impactsOfDead) = try index.queue.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM searchBlock WHERE NOT live") ?? 0,
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM searchImpact
                        WHERE block IN (SELECT block FROM searchBlock WHERE NOT live)
                        """) ?? 0
            )
        }
        #expect(dead >= 8)
        #expect(impactsOfDead == 0)
    }

    /// A knowledge base stored again replaces its rows by new ones (new ids, new blocks).
    @Test func aRefreshedKnowledgeBaseKeepsTheHitsExact() throws {
        let index = try IndexDatabase()
        try index.queue.write { try IndexSearchBlocks.setBlockSize($0, 8) }
        _ = try IndexImporter(index: index).importRecords(S.filler())
        var kb = KnowledgeBase()
        for record in Self.records(1...120) {
            guard case .article(let reference) = record else { continue }
            kb.references[reference.key] = reference
        }
        let store = IndexKnowledgeBase(index: index)
        let signature = IndexFileSignature(root: "/nonexistent")
        try store.store(kb, signature: signature)
        try store.store(kb, signature: signature)
        try Self.expectExact(index, "knowledge base stored twice")
    }

    /// An index made before the bounds existed is summarized when it is opened for writing
    /// (the migration), with the default block size; its hits are the same.
    @Test func anOlderIndexIsSummarizedByItsMigration() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-blocks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("index.sqlite").path
        let older = try DatabaseQueue(path: path)
        try IndexSchema.migrator.migrate(older, upTo: "mergeFullTextSegmentsSixteenAtATime")
        let size = Int(IndexSearchBlocks.defaultBlockSize)
        try older.write { db in
            let writer = try IndexRowWriter(db)
            defer { writer.finalize() }
            for n in 1...(size + 300) {
                // The best for `the`: 4000, 3000, 2000, 1000, then 4200 (after the block).
                let extra = n % 1000 == 0 ? n / 500 : n == size + 104 ? 1 : 0
                let words = "the bone density" + String(repeating: " the", count: extra)
                try writer.insert(
                    IndexPreparedReference(
                        S.article(UInt64(n), title: "Study \(n) of \(words)"),
                        classify: IndexDesignClassifier.declared),
                    source: IndexImporter.source)
            }
        }
        try older.close()
        let index = try IndexDatabase(path: path)
        let blocks = try index.queue.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM searchBlock") ?? 0
        }
        #expect(blocks == 1)
        let hits = try IndexSearch(index: index).search("the", limit: 5)
        #expect(
            hits.map(\.key) == ["pmid:4000", "pmid:3000", "pmid:2000", "pmid:1000", "pmid:4200"])
        #expect(
            hits.map(\.key)
                == (try IndexSearchTests.bm25Best(index, "the", limit: 5)).map {
                    String($0.split(separator: " ")[0])
                })
    }

    /// Impacts keep only the pairs no other pair beats in both hits and length, for the terms
    /// held by enough rows; the next block starts from nothing.
    @Test func impactsKeepTheUnbeatenPairs() throws {
        var tally = IndexTermTally()
        func row(_ tokens: [(String, Double)], length: Int) {
            for (token, weight) in tokens {
                tally.weight = weight
                var bytes = Array(token.utf8)
                bytes.withUnsafeMutableBytes {
                    tally.add(UnsafeRawBufferPointer($0), colocated: false)
                }
            }
            tally.endRow(length: length)
        }
        // (hits, length) of `the`: (3, 10), (1, 2), (3, 8), (2, 9), (5, 40), (1, 5), (2, 2).
        for (hits, length) in [(3, 10), (1, 2), (3, 8), (2, 9), (5, 40), (1, 5), (2, 2)] {
            row(Array(repeating: ("the", 1), count: hits) + [("rare", 1)], length: length)
        }
        row([("title", 5), ("the", 5)], length: 12)
        let impacts = tally.impacts(minimumRows: 2)
        #expect(impacts.map { tally.term($0.term) } == ["the", "rare"])
        #expect(impacts.first?.impacts == [2, 2, 3, 8, 5, 12])
        #expect(impacts.last?.impacts == [1, 2])
        #expect(tally.impacts(minimumRows: 9).isEmpty)
        tally.endBlock()
        row([("the", 1)], length: 1)
        #expect(tally.impacts(minimumRows: 1).map(\.impacts) == [[1, 1]])
        #expect(
            try IndexSearchBlocks.decode(IndexSearchBlocks.encode([2, 2, 3, 8])) == [2, 2, 3, 8])
        #expect(throws: DatabaseError.self) { try IndexSearchBlocks.decode(Data([1, 2, 3])) }
    }
}
