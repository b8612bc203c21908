import EvidentModel
import EvidentStore
import EvidentTestSupport
import Foundation
import Testing

@Suite("evident suggest")
struct SuggestCommandTests {
    typealias T = ImportTestSupport

    /// The search fixture index plus a knowledge base whose claim cites pmid:2 (stored in the
    /// index directly; `--kb` then names a folder without `Claims/`, so it is used as is).
    static func makeIndex(in dir: URL) throws -> String {
        let path = try SearchCommandTests.makeIndex(in: dir)
        let claim = Claim(
            id: ClaimID.literal("k2-prevents-fractures"), document: "doc",
            quote: "K2 prevents fractures",
            statement: "Vitamin K2 (menaquinone) prevents fractures", category: .efficacy,
            outcome: Outcome(name: "fracture", kind: .clinical),
            citations: [Citation(reference: ReferenceKey.literal("pmid:2"), stance: .null)])
        try IndexKnowledgeBase(index: IndexDatabase(path: path)).store(
            KnowledgeBase(claims: [claim]), signature: IndexFileSignature(root: dir.path))
        return path
    }

    @Test func ranksCandidatesAndMarksTheCitedOne() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = try Self.makeIndex(in: dir)
        let result = try T.run([
            "suggest", "--index", index, "--kb", dir.path, "k2-prevents-fractures",
        ])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "k2-prevents-fractures: Vitamin K2 (menaquinone) prevents fractures")
        let hits = lines.filter { $0.first?.isNumber == true }
        #expect(hits.map { $0.split(separator: " ")[1] } == ["pmid:1", "pmid:2", "pmid:3"])
        #expect(hits[1].hasSuffix("  [cited]"))
        #expect(!hits[0].contains("[cited]"))
        // Each candidate not yet cited says how to cite it (imported ones need a record first).
        #expect(
            lines[2]
                == "   (imported, not in Sources-Refs/: add its PubMed record there to cite it)")
        #expect(lines.last == "STANCE: supports, contradicts, null, mixed or background")
    }

    @Test func jsonSaysWhetherEachIsCited() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = try Self.makeIndex(in: dir)
        let result = try T.run([
            "suggest", "--index", index, "--kb", dir.path, "--format", "json", "--limit", "2",
            "k2-prevents-fractures",
        ])
        struct Output: Decodable {
            var claim: String
            var results: [IndexSearchHit]
        }
        let output = try JSONDecoder().decode(Output.self, from: Data(result.stdout.utf8))
        #expect(output.claim == "k2-prevents-fractures")
        #expect(output.results.map(\.cited) == [false, true])
    }

    @Test func keysFormatPrintsOneCitableKeyPerLine() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = try Self.makeIndex(in: dir)
        let result = try T.run([
            "suggest", "--index", index, "--kb", dir.path, "--format", "keys",
            "k2-prevents-fractures",
        ])
        #expect(result.status == 0)
        #expect(result.stdout == "pmid:1\npmid:2\npmid:3\n")
    }

    @Test func anUnknownClaimExitsTwo() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = try Self.makeIndex(in: dir)
        let result = try T.run(["suggest", "--index", index, "--kb", dir.path, "no-such-claim"])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "error: no claim with id 'no-such-claim' in the knowledge base\n")
    }
}
