import EvidentStore
import Foundation
import Testing

/// `evident import DIR`: NLM order, files recorded by name, size and checksum, skipped when
/// imported before, imported again when changed; `--dry-run` writes nothing.
@Suite("evident import of folders", .serialized)
struct ImportFolderTests {
    typealias T = ImportTestSupport

    /// A folder with `files` (relative path → fixture name under Tests/…/Fixtures/index).
    static func folder(in dir: URL, _ files: [String: String]) throws -> URL {
        let root = dir.appendingPathComponent("pubmed")
        for (path, fixture) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: T.fixture(fixture), toPath: url.path)
        }
        try Data("MD5(x)= 0\n".utf8).write(
            to: root.appendingPathComponent("pubmed25n0002.xml.md5"))
        return root
    }

    /// (PMID, version, title) of every stored reference.
    static func references(_ index: String) throws -> [String] {
        try IndexDatabase(path: index).queue.read { db in
            try String.fetchAll(
                db,
                sql: "SELECT pmid || ' v' || version || ' ' || title FROM reference ORDER BY pmid")
        }
    }

    /// The update file sorts first by name and by path; it must still be applied last.
    @Test func baselineFilesByNumberThenUpdateFiles() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let root = try Self.folder(
            in: dir,
            [
                "baseline/pubmed25n0002.xml": "baseline.xml",
                "updatefiles/pubmed25n0001.xml": "update.xml",
            ])
        let index = dir.appendingPathComponent("index.sqlite").path
        let plan = try T.run(["import", "--dry-run", "--index", index, root.path])
        #expect(plan.status == 0)
        #expect(
            plan.stdout == """
                would import \(root.path)/baseline/pubmed25n0002.xml
                would import \(root.path)/updatefiles/pubmed25n0001.xml
                dry run: 2 files to import, 0 to skip; nothing was written

                """)
        #expect(!FileManager.default.fileExists(atPath: index))

        let run = try T.run(["import", "--index", index, root.path])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(
            T.withoutTiming(run.stdout) == """
                imported 2 files: 6 records, 3 inserted, 2 replaced, 0 unchanged, \
                0 older skipped, 1 deleted
                """)
        #expect(
            try Self.references(index) == [
                "1001 v1 Menaquinone-7 and bone loss in postmenopausal women: a corrected trial",
                "1002 v2 Vitamin K2 and fracture risk: an updated meta-analysis",
            ])
    }

    /// Numbers compare as numbers: `pubmed25n2` before `pubmed25n10`.
    @Test func numbersInNamesCompareAsNumbers() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let root = try Self.folder(
            in: dir,
            ["baseline/pubmed25n2.xml": "baseline.xml", "baseline/pubmed25n10.xml": "update.xml"])
        let index = dir.appendingPathComponent("index.sqlite").path
        #expect(try T.run(["import", "--index", index, root.path]).status == 0)
        #expect(try Self.references(index).count == 2)
    }

    @Test func aFolderImportedTwiceChangesNothingTheSecondTime() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let root = try Self.folder(
            in: dir,
            [
                "baseline/pubmed25n0001.xml": "baseline.xml",
                "updatefiles/pubmed25n0002.xml": "update.xml",
            ])
        let index = dir.appendingPathComponent("index.sqlite").path
        #expect(try T.run(["import", "--index", index, root.path]).status == 0)
        let before = try IndexDatabase(path: index).logicalDump()
        let recorded = try IndexDatabase(path: index).importedFiles()
        #expect(recorded.keys.sorted() == ["pubmed25n0001.xml", "pubmed25n0002.xml"])
        #expect(recorded["pubmed25n0001.xml"]?.records == 3)
        #expect(recorded["pubmed25n0001.xml"]?.checksum.hasPrefix("sha256:") == true)

        let again = try T.run(["import", "--index", index, root.path])
        #expect(again.status == 0)
        let lines = T.withoutTiming(again.stdout).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("skipped \(root.path)/baseline/pubmed25n0001.xml: already"))
        #expect(lines[1].hasPrefix("skipped \(root.path)/updatefiles/pubmed25n0002.xml: already"))
        #expect(
            lines[2] == """
                imported 0 files (2 skipped as already imported): 0 records, 0 inserted, \
                0 replaced, 0 unchanged, 0 older skipped, 0 deleted
                """)
        #expect(try IndexDatabase(path: index).logicalDump() == before)
        #expect(try IndexDatabase(path: index).importedFiles() == recorded)
    }

    @Test func aChangedFileWithTheSameNameIsImportedAgain() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let root = try Self.folder(in: dir, ["baseline/pubmed25n0001.xml": "baseline.xml"])
        let index = dir.appendingPathComponent("index.sqlite").path
        #expect(try T.run(["import", "--index", index, root.path]).status == 0)
        let file = root.appendingPathComponent("baseline/pubmed25n0001.xml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacing("a meta-analysis", with: "a new meta-analysis").utf8)
            .write(to: file)

        let plan = try T.run(["import", "--dry-run", "--index", index, root.path])
        #expect(plan.stdout.hasPrefix("would import \(file.path) again: changed since it was"))
        #expect(plan.stdout.contains("bytes, now "))
        let run = try T.run(["import", "--index", index, root.path])
        #expect(run.status == 0)
        let lines = T.withoutTiming(run.stdout).split(separator: "\n")
        #expect(lines.first?.hasPrefix("importing \(file.path) again: changed since it") == true)
        #expect(
            lines.last == """
                imported 1 file: 3 records, 0 inserted, 1 replaced, 2 unchanged, \
                0 older skipped, 0 deleted
                """)
        #expect(
            try Self.references(index)[1]
                == "1002 v1 Vitamin K2 and fracture risk: a new meta-analysis")
        let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int
        #expect(try IndexDatabase(path: index).importedFiles()["pubmed25n0001.xml"]?.size == size)
    }

    @Test func aDryRunWritesNothing() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let root = try Self.folder(in: dir, ["pubmed25n0001.xml": "baseline.xml"])
        let index = dir.appendingPathComponent("index.sqlite").path
        #expect(try T.run(["import", "--index", index, T.fixture("update.xml")]).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: index))
        let plan = try T.run([
            "import", "--dry-run", "--index", index, root.path, T.fixture("update.xml"),
            dir.appendingPathComponent("missing.xml").path,
        ])
        #expect(plan.status == 2)
        #expect(plan.stdout.contains("would skip \(T.fixture("update.xml")): already imported on "))
        #expect(
            plan.stdout.hasSuffix(
                "dry run: 1 file to import, 1 to skip, 1 unreadable; nothing was written\n"))
        #expect(plan.stderr.contains("missing.xml: error: no such file"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: index)) == bytes)
    }

    @Test func anEmptyFolderIsAnError() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let run = try T.run([
            "import", "--index", dir.appendingPathComponent("i.sqlite").path, empty.path,
        ])
        #expect(run.status == 2)
        #expect(
            run.stderr
                == "\(empty.path): error: no PubMed XML file in this folder (expected .xml or "
                + ".xml.gz files)\n")
    }
}
