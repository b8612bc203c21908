import Foundation
import Testing

/// Every numeric option a user types has a range; a value outside it is bad usage (exit 64)
/// with a message naming the option, the value and the range, never a crash.
@Suite("Numeric option ranges")
struct NumericOptionTests {
    typealias T = ImportTestSupport

    @Test(arguments: [
        (
            ["refs", "search", "--limit", "4611686018427387904", "vitamin"], "--limit",
            "4611686018427387904", "1 to 10000"
        ),
        (["refs", "search", "--limit", "0", "vitamin"], "--limit", "0", "1 to 10000"),
        (["refs", "search", "--limit", "10001", "vitamin"], "--limit", "10001", "1 to 10000"),
        (
            ["suggest", "--limit", "1000000000000000000", "k2-bone"], "--limit",
            "1000000000000000000", "1 to 10000"
        ),
        (["suggest", "--limit=-3", "k2-bone"], "--limit", "-3", "1 to 10000"),
    ])
    func outOfRangeIsBadUsage(arguments: [String], option: String, value: String, range: String)
        throws
    {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = dir.appendingPathComponent("index.sqlite").path
        let result = try T.run(arguments + ["--index", index])
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix(
                "Error: \(option) '\(value)' is out of range (expected \(range))\n"))
        #expect(!FileManager.default.fileExists(atPath: index))
    }

    @Test(arguments: ["10000000001", "-1"])
    func aParticipantCountOutOfRangeIsBadUsage(count: String) throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try T.run([
            "cite", "--kb", dir.path, "--stance", "supports", "--participants=\(count)", "k2-bone",
            "pmid:1",
        ])
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix(
                "Error: --participants '\(count)' is out of range (expected 0 to 10000000000)\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func theLargestLimitSearches() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = try SearchCommandTests.makeIndex(in: dir)
        let result = try T.run(["refs", "search", "--index", index, "--limit", "10000", "study"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 20)
    }
}
