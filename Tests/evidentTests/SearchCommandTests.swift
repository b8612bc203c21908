import EvidentKit
import EvidentModel
import EvidentPubMed
import EvidentStore
import EvidentTestSupport
import Foundation
import Testing

@Suite("evident refs search")
struct SearchCommandTests {
    typealias T = ImportTestSupport

    static func article(
        _ pmid: UInt64, _ title: String, types: [String], mesh: [String], year: Int
    ) -> PubMedRecord {
        let id = PMID.literal(pmid)
        return .article(
            Reference(
                key: ReferenceKey(pmid: id), origin: .pubmedArticle, pmid: id, title: title,
                authors: [Author(last: "Fixture", initials: "A")],
                journal: Journal(isoAbbreviation: "J Test"), pubDate: PubDate(year: year),
                publicationTypes: types.map { PublicationType(name: $0) },
                mesh: mesh.map { MeshHeading(descriptor: $0) }))
    }

    /// An index with three menaquinone papers and unrelated filler.
    static func makeIndex(in dir: URL) throws -> String {
        let path = dir.appendingPathComponent("index.sqlite").path
        let index = try IndexDatabase(path: path)
        let filler = (0..<20).map {
            article(UInt64(900 + $0), "Asthma inhaler study \($0)", types: [], mesh: [], year: 2001)
        }
        _ = try Evident.indexImporter(index).importRecords(
            [
                article(
                    1, "Menaquinone and fracture: a meta-analysis", types: ["Meta-Analysis"],
                    mesh: ["Humans"], year: 2006),
                article(
                    2, "Menaquinone-7 and bone loss after menopause",
                    types: ["Randomized Controlled Trial"], mesh: ["Humans"], year: 2013),
                article(
                    3, "Menaquinone and calcification in rats", types: ["Journal Article"],
                    mesh: ["Animals"], year: 2007),
            ] + filler)
        return path
    }

    @Test func printsOneLinePerReferenceBestFirst() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = try Self.makeIndex(in: dir)
        let result = try T.run(["refs", "search", "--index", index, "menaquinone", "fracture"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                1.  pmid:1  meta-analysis  2006  humans  Fixture: Menaquinone and fracture: a \
                meta-analysis (J Test)

                """)
    }

    @Test func filtersByDesignAndHumans() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = try Self.makeIndex(in: dir)
        let rct = try T.run(["refs", "search", "--index", index, "--design", "rct", "menaquinone"])
        #expect(
            rct.stdout.split(separator: "\n").map { $0.split(separator: " ")[1] }
                == ["pmid:2"])
        let humans = try T.run(["refs", "search", "--index", index, "--humans", "menaquinone"])
        #expect(humans.stdout.split(separator: "\n").count == 2)
        #expect(!humans.stdout.contains("pmid:3"))
    }

    @Test func jsonHasSortedKeys() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = try Self.makeIndex(in: dir)
        let result = try T.run([
            "refs", "search", "--index", index, "--format", "json", "--limit", "1", "rats",
        ])
        #expect(result.status == 0)
        struct Output: Decodable {
            var query: String
            var results: [IndexSearchHit]
        }
        let output = try JSONDecoder().decode(Output.self, from: Data(result.stdout.utf8))
        #expect(output.query == "rats")
        #expect(output.results.map(\.key) == ["pmid:3"])
        #expect(output.results.first?.design == .experimental)
        #expect(result.stdout.contains("\"design\" : \"experimental\",\n      \"doi\" : null"))
    }

    @Test func noMatchIsNotAnError() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = try Self.makeIndex(in: dir)
        let result = try T.run(["refs", "search", "--index", index, "thrombosis"])
        #expect(result.status == 0)
        #expect(result.stdout == "no reference matches 'thrombosis'\n")
    }

    @Test func aMissingIndexExitsTwo() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = dir.appendingPathComponent("none.sqlite").path
        // No index and no knowledge base to build one from (the folder has no Claims/).
        let result = try T.run([
            "refs", "search", "--index", index, "--kb", dir.path, "menaquinone",
        ])
        #expect(result.status == 2)
        #expect(
            result.stderr == """
                \(index): error: no index here (run 'evident import FILE...' first, or give \
                --index PATH)

                """)
    }

    @Test func aMissingIndexIsBuiltFromTheKnowledgeBase() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = dir.appendingPathComponent("fresh.sqlite").path
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let result = try T.run([
            "refs", "search", "--index", index, "--kb", repository.path, "--limit", "1",
            "vitamin", "fracture", "meta-analysis",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("1.  pmid:"))
        #expect(FileManager.default.fileExists(atPath: index))
    }

    @Test func anUnknownDesignIsBadUsage() throws {
        let result = try T.run(["refs", "search", "--design", "anecdote", "menaquinone"])
        #expect(result.status == 64)
        #expect(
            result.stderr.contains(
                """
                unknown design 'anecdote' (expected one of: meta-analysis, rct, \
                non-randomised-trial,
                """))
    }
}
