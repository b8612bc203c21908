import EvidentStore
import Foundation
import Testing

/// `evident suggest` on the bundled knowledge base: the index learns the claims from the files.
@Suite("evident suggest on the bundled knowledge base")
struct SuggestKnowledgeBaseTests {
    typealias T = ImportTestSupport

    @Test func claimsAreReadFromTheKnowledgeBaseIntoTheIndex() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = dir.appendingPathComponent("index.sqlite").path
        _ = try SearchCommandTests.makeIndex(in: dir)
        let result = try T.run([
            "suggest", "--index", index, "--kb", T.repositoryRoot.path, "--format", "json",
            "k2-role-in-clotting-and-bone",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        struct Output: Decodable {
            var claim: String
            var results: [IndexSearchHit]
        }
        let output = try JSONDecoder().decode(Output.self, from: Data(result.stdout.utf8))
        #expect(output.claim == "k2-role-in-clotting-and-bone")
        // The knowledge base's own references are candidates too, and the cited ones say so.
        #expect(output.results.contains { $0.cited == true && $0.source == "kb" })
    }
}
