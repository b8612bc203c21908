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
        try Self.expectTheSameFromTheCache(check, cache: cache, magic: "EVCLIDX", first: first)
    }

    /// The check run again with the cache file `first` wrote, then from half of the file (as a
    /// crash while writing would leave, were it not renamed into place): the same output each
    /// time, and the file written whole again.
    static func expectTheSameFromTheCache(
        _ check: [String], cache: URL, magic: String, first: EvidentBinary.Run
    ) throws {
        let written = try Data(contentsOf: cache)
        #expect(written.starts(with: Array(magic.utf8)))

        let second = try CheckCommandTests.run(check)
        #expect(second.stdout == first.stdout)
        #expect(second.stderr == first.stderr)

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
        // Half a file is not read: the entries are read again and the file written whole.
        try Self.expectTheSameFromTheCache(check, cache: cache, magic: "EVREGIX", first: first)

        // No cache at all: the same findings.
        try FileManager.default.removeItem(at: kb.appendingPathComponent(".evident"))
        let uncached = try CheckCommandTests.run(check)
        #expect(uncached.stdout == first.stdout)
    }
}
