import EvidentModel
import EvidentPubMed
import Foundation
import GRDB
import Testing

@testable import EvidentStore

@Suite("Index search and suggest")
struct IndexSearchTests {
    typealias S = IndexTestSupport

    /// Five references about menaquinone, fracture and calcification, of varied designs.
    static func populated() throws -> IndexDatabase {
        let index = try IndexDatabase()
        _ = try IndexImporter(index: index, classify: try S.graderDesign()).importRecords(
            [
                .article(
                    S.article(
                        1, title: "Menaquinone and fracture: a meta-analysis",
                        abstract: "Pooled trials of vitamin K2 and fractures.",
                        types: ["Meta-Analysis"], mesh: ["Humans", "Fractures, Bone"])),
                .article(
                    S.article(
                        2, title: "Bone density in postmenopausal women",
                        abstract: "Menaquinone-7 did not prevent fractures in this trial.",
                        types: ["Randomized Controlled Trial"], mesh: ["Humans"], doi: "10.1/ABC")),
                .article(
                    S.article(
                        3, title: "Vascular calcification in rats",
                        abstract: "Menaquinone fed to rats; fracture healing was not studied.",
                        mesh: ["Animals", "Rats"])),
                .article(
                    S.article(
                        4, title: "Menaquinone fracture prevention: retracted trial",
                        types: ["Randomized Controlled Trial", "Retracted Publication"],
                        mesh: ["Humans"])),
                .article(S.article(5, title: "Cirrhosis and liver cancer", mesh: ["Humans"])),
            ] + S.filler())
        return index
    }

    /// 400 matches of one word, of every length and number of hits (in the title, the
    /// abstract or both; every second one about humans), and the filler that does not match.
    static func manyMatches() throws -> IndexDatabase {
        let index = try IndexDatabase()
        _ = try IndexImporter(index: index).importRecords(
            IndexSearchBlocksTests.records(1...400) + S.filler())
        return index
    }

    /// The keys and scores FTS5's own bm25 ranks first among every match (the definition the
    /// search must meet), best first, ties by key.
    static func bm25Best(
        _ index: IndexDatabase, _ query: String, humansOnly: Bool = false, limit: Int
    ) throws -> [String] {
        try index.queue.read { db in
            let filter = humansOnly ? " AND r.humans" : ""
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT r.key, bm25(referenceFTS, \(IndexSearch.weights)) AS rank
                    FROM referenceFTS JOIN reference r ON r.id = referenceFTS.rowid
                    WHERE referenceFTS MATCH ?\(filter) ORDER BY rank, r.key
                    """, arguments: [query]
            ).prefix(limit).map { row in
                "\(row[0] as String) \(IndexSearch.round(-(row[1] as Double)))"
            }
        }
    }

    /// The top hits are the best of every match by bm25, score for score: for a word in
    /// every record, two words, a filter that leaves out most of the best, and limits from 1
    /// to more than match.
    @Test func theTopHitsAreTheBestOfEveryMatch() throws {
        let index = try Self.manyMatches()
        let search = IndexSearch(index: index)
        for (query, humans) in [
            ("bone", false), ("menaquinone", false), ("menaquinone", true),
            ("menaquinone bone", false), ("vitamin density", true),
        ] {
            for limit in [1, 3, 10, 50, 500] {
                let hits = try search.search(query, humansOnly: humans, limit: limit)
                let expected = try Self.bm25Best(
                    index,
                    query.split(separator: " ").map { "\"\($0)\"" }
                        .joined(separator: " "),
                    humansOnly: humans, limit: limit)
                #expect(hits.map { "\($0.key) \($0.score)" } == expected, "\(query) \(limit)")
            }
        }
        #expect(try search.search("menaquinone", limit: 500).count == 328)
    }

    /// The rank function collects the `k` best in one pass and skips the length lookup of
    /// the rows that cannot be among them: the best are bm25's best, row for row and score
    /// for score, while most of the 328 matches were never scored exactly.
    @Test func rowsThatCannotBeAmongTheBestAreRuledOutByABound() throws {
        let index = try Self.manyMatches()
        let (best, expected, scored) = try index.queue.read { db in
            let ranking = IndexRankFunction.Ranking(k: 5, weights: IndexSearch.weightValues)
            try IndexRankFunction.run(
                try db.makeStatement(
                    sql: """
                        SELECT count(*) FROM referenceFTS
                        WHERE referenceFTS MATCH ?2 AND evident_rank(referenceFTS, ?1)
                        """),
                ranking: ranking, arguments: ["menaquinone".databaseValue])
            let expected = try Row.fetchAll(
                db,
                sql: """
                    SELECT rowid, bm25(referenceFTS, \(IndexSearch.weights)) AS rank
                    FROM referenceFTS WHERE referenceFTS MATCH 'menaquinone'
                    ORDER BY rank, rowid LIMIT 5
                    """
            ).map { "\($0[0] as Int64) \($0[1] as Double)" }
            return (
                ranking.best.map { "\($0.row) \($0.score)" }, expected, ranking.exactlyScored
            )
        }
        #expect(best == expected)
        #expect(best.count == 5)
        #expect(scored < 328 / 2, "\(scored) of 328 matches scored exactly")
    }

    /// Without its ranking bound as a pointer, the rank function fails the query with an
    /// error saying so (no crash, no silent answer).
    @Test func theRankFunctionNeedsItsRanking() throws {
        let index = try Self.manyMatches()
        #expect {
            try index.queue.read { db in
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM referenceFTS
                        WHERE referenceFTS MATCH 'menaquinone' AND evident_rank(referenceFTS, 5)
                        """)
            }
        } throws: { error in
            (error as? DatabaseError)?.message
                == "evident_rank expects the ranking bound by IndexRankFunction.run"
        }
    }

    @Test func aTitleMatchOutranksAnAbstractOnlyMatch() throws {
        let hits = try IndexSearch(index: Self.populated()).search("menaquinone fracture")
        #expect(Set(hits.prefix(2).map(\.key)) == ["pmid:1", "pmid:4"])
        #expect(Set(hits.dropFirst(2).map(\.key)) == ["pmid:2", "pmid:3"])
        #expect(hits.allSatisfy { $0.score > 0 })
        #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.score >= $1.score })
    }

    @Test func wordsAreStemmedAndEveryWordMustMatch() throws {
        let search = IndexSearch(index: try Self.populated())
        #expect(try search.search("fractures").count == 4)
        #expect(try search.search("rat calcifications").map(\.key) == ["pmid:3"])
        #expect(try search.search("menaquinone cirrhosis").isEmpty)
    }

    @Test func filtersByDesignAndHumans() throws {
        let search = IndexSearch(index: try Self.populated())
        let rct = try search.search("menaquinone", design: .rct)
        #expect(rct.map(\.key) == ["pmid:4", "pmid:2"], "\(rct.map { "\($0.key) \($0.score)" })")
        #expect(
            try search.search("menaquinone", humansOnly: true).map(\.key).sorted()
                == ["pmid:1", "pmid:2", "pmid:4"])
        #expect(try search.search("menaquinone", limit: 2).count == 2)
    }

    @Test func meshTermsAreSearchable() throws {
        let hits = try IndexSearch(index: Self.populated()).search("bone fractures")
        #expect(hits.map(\.key).contains("pmid:1"))
    }

    @Test func aQueryWithoutWordsIsAnError() throws {
        let search = IndexSearch(index: try Self.populated())
        #expect(throws: IndexError.emptyQuery("--- ?")) { try search.search("--- ?") }
        #expect(
            IndexError.emptyQuery("--- ?").description
                == "error: the query '--- ?' has no word to search for")
    }

    @Test func queryPunctuationCannotInjectFullTextSyntax() throws {
        let search = IndexSearch(index: try Self.populated())
        #expect(try search.search("menaquinone\" OR \"cirrhosis NEAR(").isEmpty)
        #expect(
            IndexSearch.words("MK-7, K2 and the bones")
                == ["mk", "7", "k2", "and", "the", "bones"])
    }

    @Test func suggestRanksByRelevanceAndDesignAndMarksCitedReferences() throws {
        let claim = Claim(
            id: ClaimID("k2-prevents-fractures")!, document: "vitamin-k2-article",
            quote: "K2 prevents fractures", statement: "Vitamin K2 prevents fractures",
            category: .efficacy, subjects: ["menaquinone"],
            outcome: Outcome(name: "fracture", kind: .clinical),
            citations: [Citation(reference: ReferenceKey("doi:10.1/abc")!, stance: .null)])
        let hits = try IndexSearch(index: Self.populated()).suggest(for: claim, limit: 5)
        #expect(hits.map(\.key) == ["pmid:1", "pmid:2", "pmid:3"])
        #expect(hits.map(\.cited) == [false, true, false])
        #expect(!hits.contains { $0.retracted })
        #expect(hits[0].design == .metaAnalysis)
    }

    @Test func suggestByIdNeedsTheClaimInTheIndex() throws {
        let search = IndexSearch(index: try Self.populated())
        #expect(throws: IndexError.unknownClaim("nope")) { try search.suggest(claimID: "nope") }
    }

    @Test func theIndexStoresTheGradersDesignAndClassifiesNothingItself() throws {
        let guideline = S.article(
            1, title: "A consensus", types: ["Meta-Analysis", "Practice Guideline"],
            mesh: ["Humans"])
        let rats = S.article(2, title: "In rats", mesh: ["Animals", "Rats"])
        let grader = try S.graderDesign()
        let graded = try IndexDatabase()
        _ = try IndexImporter(index: graded, classify: grader).importRecords([
            .article(guideline), .article(rats),
        ])
        // The policy's rules put a guideline before a meta-analysis; the index agrees.
        #expect(grader(guideline) == .guideline)
        #expect(try IndexSearch(index: graded).search("consensus").first?.design == .guideline)
        #expect(try IndexSearch(index: graded).search("rats").first?.design == .experimental)
        let bare = try IndexDatabase()
        _ = try IndexImporter(index: bare).importRecords([.article(guideline)])
        #expect(try IndexSearch(index: bare).search("consensus").first?.design == .unknown)
    }
}
