import Foundation
import Testing

/// `evident check` keeps the knowledge base's claim index in `<kb>/.evident/claim-index.cache`:
/// the findings are the same with the cache, without it, from a damaged one and after a
/// claim is removed.
struct CheckCacheTests {
    @Test func findingsAreTheSameFromTheCacheAndFromADamagedOne() throws {
        let kb = try CheckIndexTests.knowledgeBaseCopy()
        let cache = kb.appendingPathComponent(".evident/claim-index.cache")
        let check = [
            "check", CheckCommandTests.article, "--kb", kb.path, "--format", "json", "--index",
            kb.appendingPathComponent("none.sqlite").path,
        ]
        let first = try CheckCommandTests.run(check)
        #expect(first.status == 1, "\(first.stderr)")
        #expect(first.stdout.contains("\"claim_id\" : \"k2-treats-parkinsons\""))
        let written = try Data(contentsOf: cache)
        #expect(written.starts(with: Array("EVCLIDX".utf8)))

        let second = try CheckCommandTests.run(check)
        #expect(second.stdout == first.stdout)
        #expect(second.stderr == first.stderr)

        // Half a file (as a crash while writing would leave, were it not renamed into place).
        try written.prefix(written.count / 2).write(to: cache)
        let fromHalf = try CheckCommandTests.run(check)
        #expect(fromHalf.status == first.status)
        #expect(fromHalf.stdout == first.stdout)
        #expect(try Data(contentsOf: cache) == written)
    }

    @Test func aRemovedClaimIsNoLongerMatched() throws {
        let kb = try CheckIndexTests.knowledgeBaseCopy()
        let copy = kb.appendingPathComponent("copy.txt")
        try Data("Vitamin K2 cures Parkinson's disease.\n".utf8).write(to: copy)
        let check = [
            "check", copy.path, "--kb", kb.path, "--format", "json", "--index",
            kb.appendingPathComponent("none.sqlite").path,
        ]
        let before = try CheckCommandTests.run(check)
        #expect(before.stdout.contains("\"claim_id\" : \"k2-treats-parkinsons\""))
        #expect(
            FileManager.default.fileExists(
                atPath: kb.appendingPathComponent(".evident/claim-index.cache").path))

        // The claim is removed: the cached index is stale and not read.
        try FileManager.default.removeItem(
            at: kb.appendingPathComponent("Claims/vitamin-k2-article/k2-treats-parkinsons.yaml"))
        let after = try CheckCommandTests.run(check)
        #expect(!after.stdout.contains("\"claim_id\" : \"k2-treats-parkinsons\""))

        // The same as a check with no cache at all.
        try FileManager.default.removeItem(at: kb.appendingPathComponent(".evident"))
        let uncached = try CheckCommandTests.run(check)
        #expect(uncached.stdout == after.stdout)
    }

    @Test func theRegistersEntriesAreKeptAndADamagedFileIsNotRead() throws {
        let kb = try CheckIndexTests.knowledgeBaseCopy()
        let copy = kb.appendingPathComponent("copy.txt")
        try Data(
            ("Zinc sharpens your memory before exams.\n\n"
                + "Vitamin C contributes to the normal function of the immune system.\n").utf8
        ).write(to: copy)
        let cache = kb.appendingPathComponent(".evident/register-index.cache")
        let check = [
            "check", copy.path, "--kb", kb.path, "--market", "eu", "--format", "json", "--index",
            kb.appendingPathComponent("none.sqlite").path,
        ]
        let first = try CheckCommandTests.run(check)
        #expect(first.status == 1, "\(first.stderr)")
        #expect(first.stdout.contains("\"rule\" : \"unauthorised-health-claim\""))
        #expect(first.stdout.contains("\"rule\" : \"eu-authorised-health-claim\""))
        let written = try Data(contentsOf: cache)
        #expect(written.starts(with: Array("EVREGIX".utf8)))

        let second = try CheckCommandTests.run(check)
        #expect(second.stdout == first.stdout)
        #expect(second.stderr == first.stderr)

        // Half a file is not read: the entries are read again and the file written whole.
        try written.prefix(written.count / 2).write(to: cache)
        let fromHalf = try CheckCommandTests.run(check)
        #expect(fromHalf.stdout == first.stdout)
        #expect(try Data(contentsOf: cache) == written)

        // No cache at all: the same findings.
        try FileManager.default.removeItem(at: kb.appendingPathComponent(".evident"))
        let uncached = try CheckCommandTests.run(check)
        #expect(uncached.stdout == first.stdout)
    }
}
