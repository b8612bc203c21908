import EvidentModel
import EvidentPubMed
import Foundation
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

    /// More matches than are ranked: only the most recently added are, and the result says
    /// so; the best of them still comes first. With room for every match, nothing changes.
    @Test func rankingIsBoundedToTheMostRecentMatches() throws {
        let index = try IndexDatabase()
        // PMID 1 is the best match (the word in its title) but the oldest.
        let records: [PubMedRecord] =
            [.article(S.article(1, title: "Menaquinone", abstract: "Menaquinone."))]
            + (2...12).map { n in
                .article(
                    S.article(
                        UInt64(n), title: "Study \(n)",
                        abstract: "A long abstract about bones that mentions menaquinone once."))
            } + [.article(S.article(13, title: "Menaquinone and bone", abstract: "Bone."))]
        _ = try IndexImporter(index: index).importRecords(records + S.filler())
        let bounded = try IndexSearch(index: index, rankedMatches: 5).find("menaquinone")
        #expect(bounded.bounded)
        #expect(bounded.hits.count == 5)
        #expect(bounded.hits.first?.key == "pmid:13")
        #expect(
            Set(bounded.hits.map(\.key)) == ["pmid:13", "pmid:12", "pmid:11", "pmid:10", "pmid:9"])
        let filtered = try IndexSearch(index: index, rankedMatches: 5)
            .find("menaquinone", humansOnly: true)
        #expect(!filtered.bounded)
        #expect(filtered.hits.isEmpty)

        let exact = try IndexSearch(index: index, rankedMatches: 13).find("menaquinone")
        #expect(!exact.bounded)
        #expect(exact.hits.count == 13)
        #expect(exact.hits.first?.key == "pmid:1")
        #expect(try IndexSearch(index: index).search("menaquinone") == exact.hits)
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
        #expect(try search.search("menaquinone", design: .rct).map(\.key) == ["pmid:4", "pmid:2"])
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
