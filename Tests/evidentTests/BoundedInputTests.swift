import EvidentStore
import Foundation
import Testing

/// Inputs far larger than any real one: refused with a clear error, or worked through in
/// bounded pieces.
@Suite("Bounded work on big inputs")
struct BoundedInputTests {
    typealias T = ImportTestSupport

    @Test func aLongCopyLineWithoutSentenceEndIsCheckedToItsEnd() throws {
        // 200 KB of claim-laden words, no full stop, no line break.
        let phrase = "this supplement cures arthritis and prevents cancer with no side effects "
        let text = String(repeating: phrase, count: 200_000 / phrase.count)
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("copy.txt")
        try Data(text.utf8).write(to: file)
        let run = try EvidentBinary.run(
            ["check", "--format", "json", file.path], in: dir)
        #expect(run.status == 1)
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        let findings = try #require(files.first?["findings"] as? [[String: Any]])
        let columns = findings.compactMap { $0["column"] as? Int }
        // Found all along the line, up to its last phrase.
        #expect(columns.min() ?? .max < 100)
        #expect(columns.max() ?? 0 > text.count - 2 * phrase.count)
    }

    @Test func tooManyArgumentsAreBadUsage() throws {
        let words = (0...10_000).map { "w\($0)" }
        let run = try T.run(["refs", "search", "--index", "none.sqlite"] + words)
        #expect(run.status == 64)
        #expect(
            run.stderr.hasPrefix(
                "Error: too many arguments (10005; expected at most 4096: give a folder instead "
                    + "of its files)\n"))
    }

    @Test func aQueryOfTooManyWordsIsBadUsage() throws {
        let query = (0..<65).map { "w\($0)" }.joined(separator: " ")
        let run = try T.run(["refs", "search", "--index", "none.sqlite", query])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("Error: the query has 65 words (expected at most 64)\n"))
        let index = try IndexDatabase()
        #expect(throws: IndexError.queryTooLong(words: 65, maximum: 64)) {
            try IndexSearch(index: index).search(query)
        }
    }
}
