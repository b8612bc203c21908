import EvidentStore
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Kills a real `evident import` child process in the middle of a large file: the index must be
/// exactly as it was before.
@Suite("evident import killed midway")
struct ImportKillTests {
    typealias T = ImportTestSupport

    /// Generates a large PubMed file with `../shared/bench/make-baseline.py`.
    static func largeFile(in dir: URL, records: Int) throws -> String {
        let out = dir.appendingPathComponent("large.xml").path
        let shared = T.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", shared.appendingPathComponent("bench/make-baseline.py").path,
            "--records", String(records), "--from",
            shared.appendingPathComponent("corpus/pubmed").path, "--out", out,
            "--pmid-start", "5000000",
        ]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileWriteUnknown)
        }
        return out
    }

    @Test func sigkillMidImportLeavesTheIndexAsItWas() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = dir.appendingPathComponent("index.sqlite").path
        let first = try T.run(["import", "--index", index, T.fixture("baseline.xml")])
        try #require(first.status == 0)
        let before = try IndexDatabase(path: index).logicalDump()
        let large = try Self.largeFile(in: dir, records: 8000)

        let process = Process()
        process.executableURL = T.executable
        process.arguments = ["import", "--progress", "always", "--index", index, large]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Wait for the first progress line: records are being written inside the transaction.
        var seen = ""
        while !seen.contains(" records") {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(seen.hasPrefix("importing large.xml (1/1): "))
        let written = seen.split(separator: " ").dropFirst(3).first.flatMap { Int($0) } ?? 0
        #expect(written > 0 && written < 8000)

        let after = try IndexDatabase(path: index)
        #expect(try after.logicalDump() == before)
        #expect(try after.counts()["reference"] == 3)
        let check = try after.queue.read { db in
            try String.fetchOne(db, sql: "PRAGMA integrity_check")
        }
        #expect(check == "ok")
        try after.checkFullTextIntegrity()
    }
}
