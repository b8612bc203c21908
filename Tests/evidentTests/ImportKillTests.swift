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
    static func largeFile(in dir: URL, records: Int, name: String = "large.xml") throws -> String {
        let out = dir.appendingPathComponent(name).path
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

    /// Starts `evident arguments…` and SIGKILLs it once its progress line shows `marker`
    /// followed by a record count; returns what it wrote on standard error.
    static func killMidway(_ arguments: [String], marker: String) throws -> String {
        let process = Process()
        process.executableURL = T.executable
        process.arguments = arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var seen = ""
        while !seen.contains(marker)
            || !(seen.components(separatedBy: marker).last ?? "").contains(" records")
        {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        return seen
    }

    /// A folder import killed in its second file resumes: the first file is skipped, the
    /// second and third imported, and the index ends as one uninterrupted import leaves it.
    @Test func aKilledFolderImportResumesWhereItStopped() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("pubmed")
        let baseline = folder.appendingPathComponent("baseline")
        let updates = folder.appendingPathComponent("updatefiles")
        for url in [baseline, updates] {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        try FileManager.default.copyItem(
            atPath: T.fixture("baseline.xml"),
            toPath: baseline.appendingPathComponent("pubmed25n0001.xml").path)
        _ = try Self.largeFile(in: baseline, records: 8000, name: "pubmed25n0002.xml")
        try FileManager.default.copyItem(
            atPath: T.fixture("update.xml"),
            toPath: updates.appendingPathComponent("pubmed25n0003.xml").path)
        let index = dir.appendingPathComponent("index.sqlite").path

        let seen = try Self.killMidway(
            ["import", "--progress", "always", "--index", index, folder.path],
            marker: "importing pubmed25n0002.xml (2/3): ")
        #expect(seen.contains("importing pubmed25n0002.xml (2/3): "))
        let killed = try IndexDatabase(path: index)
        #expect(try killed.importedFiles().keys.sorted() == ["pubmed25n0001.xml"])
        #expect(try killed.counts()["reference"] == 3)

        let resumed = try T.run(["import", "--index", index, folder.path])
        #expect(resumed.status == 0)
        let lines = T.withoutTiming(resumed.stdout).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(
            lines.first?.hasPrefix(
                "skipped \(baseline.path)/pubmed25n0001.xml: already imported on ") == true)
        #expect(
            lines.last == """
                imported 2 files (1 skipped as already imported): 8003 records, 8000 inserted, \
                2 replaced, 0 unchanged, 0 older skipped, 1 deleted
                """)

        let whole = dir.appendingPathComponent("whole.sqlite").path
        #expect(try T.run(["import", "--index", whole, folder.path]).status == 0)
        let after = try IndexDatabase(path: index)
        #expect(try after.logicalDump() == IndexDatabase(path: whole).logicalDump())
        #expect(
            try after.importedFiles().mapValues(\.checksum)
                == IndexDatabase(path: whole).importedFiles().mapValues(\.checksum))
        try after.checkFullTextIntegrity()
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
