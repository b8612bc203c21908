import EvidentStore
import Foundation
import Testing

@Suite("evident import", .serialized)
struct ImportCommandTests {
    typealias T = ImportTestSupport

    @Test func importsFilesInOrderAndPrintsASummary() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = dir.appendingPathComponent("index.sqlite").path
        let result = try T.run([
            "import", "--index", index, T.fixture("baseline.xml"), T.fixture("update.xml"),
        ])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(
            T.withoutTiming(result.stdout) == """
                imported 2 files: 6 records, 3 inserted, 2 replaced, 0 unchanged, 0 older skipped, \
                1 deleted
                """)
        #expect(result.stdout.hasSuffix(" MB/s\n"))
        #expect(try IndexDatabase(path: index).counts()["reference"] == 2)
    }

    @Test func aBadFileIsReportedRolledBackAndTheOthersImported() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = dir.appendingPathComponent("index.sqlite").path
        let truncated = T.fixture("truncated.xml")
        let missing = dir.appendingPathComponent("missing.xml").path
        let result = try T.run([
            "import", "--index", index, truncated, T.fixture("baseline.xml"), missing,
        ])
        #expect(result.status == 2)
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors.count == 2)
        #expect(errors.first?.hasPrefix("\(truncated):") == true)
        #expect(errors.first?.contains(": error: ") == true)
        #expect(errors.last?.hasPrefix("\(missing)") == true)
        #expect(
            T.withoutTiming(result.stdout) == """
                imported 1 file (2 failed): 3 records, 3 inserted, 0 replaced, 0 unchanged, \
                0 older skipped, 0 deleted
                """)
        let pmids = try IndexDatabase(path: index).queue.read { db in
            try Int.fetchAll(db, sql: "SELECT pmid FROM reference ORDER BY pmid")
        }
        #expect(pmids == [1001, 1002, 1003])
    }

    @Test func importingTheSameFileTwiceSkipsItAndChangesNothing() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = dir.appendingPathComponent("index.sqlite").path
        let baseline = T.fixture("baseline.xml")
        _ = try T.run(["import", "--index", index, baseline])
        let before = try IndexDatabase(path: index).logicalDump()
        let recorded = try IndexDatabase(path: index).importedFiles()
        let again = try T.run(["import", "--index", index, baseline])
        #expect(again.status == 0)
        let date = try #require(recorded["baseline.xml"]?.importedAt)
        #expect(
            T.withoutTiming(again.stdout) == """
                skipped \(baseline): already imported on \(date) (same name, size and checksum)
                imported 0 files (1 skipped as already imported): 0 records, 0 inserted, \
                0 replaced, 0 unchanged, 0 older skipped, 0 deleted
                """)
        #expect(try IndexDatabase(path: index).logicalDump() == before)
        #expect(try IndexDatabase(path: index).importedFiles() == recorded)
    }

    @Test func theIndexPathComesFromTheEnvironment() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = dir.appendingPathComponent("env.sqlite").path
        let result = try T.run(
            ["import", T.fixture("baseline.xml")],
            environment: ["EVIDENT_INDEX": index])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: index))
    }

    @Test func noProgressLineWhenStandardErrorIsNotATerminal() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = dir.appendingPathComponent("index.sqlite").path
        let quiet = try T.run(["import", "--index", index, T.fixture("baseline.xml")])
        #expect(quiet.stderr == "")
        let loud = try T.run([
            "import", "--progress", "always", "--index", index, T.fixture("update.xml"),
        ])
        #expect(loud.stderr.hasPrefix("importing update.xml (1/1): "))
    }

    @Test func gzipFilesImportLikePlainOnes() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let gz = dir.appendingPathComponent("baseline.xml.gz")
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["sh", "-c", "gzip -c '\(T.fixture("baseline.xml"))' > '\(gz.path)'"]
        try gzip.run()
        gzip.waitUntilExit()
        let plain = dir.appendingPathComponent("plain.sqlite").path
        let packed = dir.appendingPathComponent("packed.sqlite").path
        _ = try T.run(["import", "--index", plain, T.fixture("baseline.xml")])
        let result = try T.run(["import", "--index", packed, gz.path])
        #expect(result.status == 0)
        #expect(T.withoutTiming(result.stdout).hasPrefix("imported 1 file: 3 records, 3 inserted"))
        #expect(
            try IndexDatabase(path: packed).logicalDump()
                == IndexDatabase(path: plain).logicalDump())
    }

    @Test func withoutFilesItIsBadUsage() throws {
        let result = try T.run(["import"])
        #expect(result.status == 64)
    }
}
