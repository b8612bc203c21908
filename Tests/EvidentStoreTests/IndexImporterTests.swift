import EvidentModel
import EvidentPubMed
import Foundation
import GRDB
import Testing

@testable import EvidentStore

@Suite("Index importer")
struct IndexImporterTests {
    typealias S = IndexTestSupport

    let fracture = S.article(
        101, title: "Menaquinone-4 and fracture risk in postmenopausal women",
        abstract: "Vitamin K2 reduced vertebral fractures.",
        types: ["Journal Article", "Randomized Controlled Trial"], mesh: ["Humans", "Vitamin K 2"])
    let calcification = S.article(
        102, title: "Arterial calcification in rats fed warfarin",
        abstract: "Menaquinone reversed calcification.", mesh: ["Animals", "Rats"])
    let parkinson = S.article(103, title: "Vitamin K in Parkinson disease models")

    @Test func insertsRecordsWithTheirChildren() throws {
        let index = try IndexDatabase()
        let summary = try IndexImporter(index: index, classify: try S.graderDesign())
            .importRecords([.article(fracture), .article(calcification), .book(parkinson)])
        #expect(summary.inserted == 3)
        #expect(summary.records == 3)
        let counts = try index.counts()
        #expect(counts["reference"] == 3)
        #expect(counts["author"] == 3)
        #expect(counts["publicationType"] == 4)
        #expect(counts["mesh"] == 4)
        #expect(counts["meshQualifier"] == 4)
        let row = try index.queue.read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT design, humans, animals, meshTerms, journal, year FROM reference
                    WHERE pmid = 101
                    """)
        }
        #expect(row?["design"] == "rct")
        #expect(row?["humans"] == true)
        #expect(row?["animals"] == false)
        #expect(row?["meshTerms"] == "Humans/drug therapy; Vitamin K 2/drug therapy")
        #expect(row?["journal"] == "Osteoporos Int")
        #expect(row?["year"] == 2020)
    }

    @Test func importingTheSameRecordsTwiceChangesNothing() throws {
        let index = try IndexDatabase()
        let importer = IndexImporter(index: index)
        let records: [PubMedRecord] = [.article(fracture), .article(calcification)]
        _ = try importer.importRecords(records)
        let before = try index.logicalDump()
        let second = try importer.importRecords(records)
        #expect(second.unchanged == 2)
        #expect(second.inserted + second.replaced + second.deleted == 0)
        #expect(try index.logicalDump() == before)
        try index.checkFullTextIntegrity()
    }

    @Test func aNewerVersionReplacesAndAnOlderOneIsIgnored() throws {
        let index = try IndexDatabase()
        let importer = IndexImporter(index: index)
        var v2 = fracture
        v2.version = 2
        v2.title = "Menaquinone-4 and fracture risk (version 2)"
        _ = try importer.importRecords([.article(fracture)])
        let replaced = try importer.importRecords([.article(v2)])
        #expect(replaced.replaced == 1)
        let older = try importer.importRecords([.article(fracture)])
        #expect(older.skippedOlder == 1)
        let titles = try index.queue.read { db in
            try String.fetchAll(db, sql: "SELECT title FROM reference WHERE pmid = 101")
        }
        #expect(titles == ["Menaquinone-4 and fracture risk (version 2)"])
        #expect(try IndexSearch(index: index).search("version").map(\.key) == ["pmid:101"])
        try index.checkFullTextIntegrity()
    }

    @Test func anEqualVersionWithNewContentReplaces() throws {
        let index = try IndexDatabase()
        let importer = IndexImporter(index: index)
        var corrected = fracture
        corrected.publicationTypes.append(PublicationType(name: "Retracted Publication"))
        _ = try importer.importRecords([.article(fracture)])
        let summary = try importer.importRecords([.article(corrected)])
        #expect(summary.replaced == 1)
        let retracted = try index.queue.read { db in
            try Bool.fetchOne(db, sql: "SELECT retracted FROM reference WHERE pmid = 101")
        }
        #expect(retracted == true)
        #expect(try index.counts()["publicationType"] == 3)
    }

    @Test func aReplacementLeavesNoOrphanRowsAndForeignKeysBackOn() throws {
        // The importer writes with foreign keys off and deletes children itself.
        let index = try IndexDatabase()
        let importer = IndexImporter(index: index)
        var v2 = fracture
        v2.version = 2
        v2.mesh = [MeshHeading(descriptor: "Humans")]
        v2.authors = []
        _ = try importer.importRecords([.article(fracture), .article(calcification)])
        #expect(try importer.importRecords([.article(v2)]).replaced == 1)
        let counts = try index.counts()
        #expect(counts["author"] == 1)
        #expect(counts["mesh"] == 3)
        #expect(counts["meshQualifier"] == 2)
        let (orphans, foreignKeys) = try index.queue.read { db in
            (
                try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count,
                try Int.fetchOne(db, sql: "PRAGMA foreign_keys")
            )
        }
        #expect(orphans == 0)
        #expect(foreignKeys == 1)
        try index.checkFullTextIntegrity()
    }

    @Test func deleteCitationRemovesTheRecordAndItsRows() throws {
        let index = try IndexDatabase()
        let importer = IndexImporter(index: index)
        _ = try importer.importRecords([.article(fracture), .article(calcification)])
        let summary = try importer.importRecords([
            .delete(PMID(101)!, version: 1), .delete(PMID(999)!, version: 1),
        ])
        #expect(summary.deleted == 1)
        #expect(summary.records == 2)
        let counts = try index.counts()
        #expect(counts["reference"] == 1)
        #expect(counts["author"] == 1)
        #expect(counts["mesh"] == 2)
        #expect(try IndexSearch(index: index).search("fracture").isEmpty)
        try index.checkFullTextIntegrity()
    }

    /// Updates are keyed by PMID and Version: a deletion removes the version it names only.
    @Test func deleteCitationAppliesToTheVersionItNames() throws {
        let index = try IndexDatabase()
        let importer = IndexImporter(index: index)
        var second = calcification
        second.version = 2
        _ = try importer.importRecords([.article(fracture), .article(second)])
        let summary = try importer.importRecords([
            .delete(PMID(101)!, version: 2), .delete(PMID(102)!, version: 1),
        ])
        #expect(summary.deleted == 0)
        #expect(summary.deletedAbsent == 2)
        #expect(try index.counts()["reference"] == 2)
        let again = try importer.importRecords([
            .delete(PMID(101)!, version: 1), .delete(PMID(102)!, version: 2),
        ])
        #expect(again.deleted == 2)
        #expect(try index.counts()["reference"] == 0)
        try index.checkFullTextIntegrity()
    }

    @Test func orderMatters() throws {
        let files: [String: [PubMedRecord]] = [
            "base.xml": [.article(fracture)], "update.xml": [.delete(PMID(101)!, version: 1)],
        ]
        let forward = try IndexDatabase()
        let importer = S.importer(forward, files: files)
        _ = try importer.importFile("base.xml")
        _ = try importer.importFile("update.xml")
        #expect(try forward.counts()["reference"] == 0)

        let backward = try IndexDatabase()
        let other = S.importer(backward, files: files)
        _ = try other.importFile("update.xml")
        _ = try other.importFile("base.xml")
        #expect(try backward.counts()["reference"] == 1)
    }

    @Test func aFileThatFailsMidwayIsRolledBackWhole() throws {
        let index = try IndexDatabase()
        let importer = S.importer(
            index,
            files: [
                "good.xml": [.article(fracture)],
                "bad.xml": [
                    .article(calcification), .delete(PMID(101)!, version: 1), .article(parkinson),
                ],
            ], failing: ["bad.xml"])
        _ = try importer.importFile("good.xml")
        let before = try index.logicalDump()
        #expect(throws: PubMedError.self) { try importer.importFile("bad.xml") }
        #expect(try index.logicalDump() == before)
        #expect(try index.counts()["reference"] == 1)
    }

    @Test func manyRecordsCrossTheParserWriterQueue() throws {
        let records: [PubMedRecord] = (1...3000).map {
            .article(S.article(UInt64($0), title: "Record \($0) on menaquinone"))
        }
        let index = try IndexDatabase()
        var reported: [Int] = []
        let summary = try S.importer(index, files: ["big.xml": records])
            .importFile("big.xml") { records, _ in reported.append(records) }
        #expect(summary.inserted == 3000)
        #expect(reported.last == 3000)
        #expect(reported.count == 12)
        #expect(try index.counts()["reference"] == 3000)
    }

    /// The file is recorded (name, size, checksum, records) in its own transaction; progress
    /// follows the bytes read up to the whole file.
    @Test func anImportedFileIsRecordedWithItsImport() throws {
        let index = try IndexDatabase()
        let path = S.fixture("baseline.xml")
        let identity = try IndexFileIdentity(path: path)
        let importer = IndexImporter(index: index)
        #expect(try importer.status(of: identity) == .new)
        var read: [Int] = []
        _ = try importer.importFile(path, recording: identity) { _, bytes in read.append(bytes) }
        #expect(read.last == identity.size)
        let recorded = try #require(try index.importedFiles()["baseline.xml"])
        #expect(recorded.size == identity.size)
        #expect(recorded.records == 3)
        #expect(recorded.checksum == identity.checksum)
        #expect(try importer.status(of: identity) == .imported(recorded))
        var changed = identity
        changed.checksum = "sha256:0"
        #expect(try importer.status(of: changed) == .changed(recorded))
    }

    @Test func aFailedFileIsNotRecorded() throws {
        let index = try IndexDatabase()
        let path = S.fixture("truncated.xml")
        let identity = try IndexFileIdentity(path: path)
        #expect(throws: PubMedError.self) {
            try IndexImporter(index: index).importFile(path, recording: identity)
        }
        #expect(try index.importedFiles().isEmpty)
    }

    /// The checksum is SHA-256 of the bytes as stored (`sha256sum` agrees).
    @Test func theChecksumIsTheSHA256OfTheFile() throws {
        let identity = try IndexFileIdentity(path: S.fixture("update.xml"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", S.fixture("update.xml")]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(
            decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(identity.checksum == "sha256:" + (output.split(separator: " ").first ?? ""))
        #expect(identity.name == "update.xml")
        #expect(
            throws: PubMedError.cannotOpen(path: "/no/such.xml", code: ENOENT)
        ) { try IndexFileIdentity(path: "/no/such.xml") }
    }

    /// FTS5's merge policy, which keeps the cost of each imported file from growing with the
    /// index (see the `mergeFullTextSegmentsSixteenAtATime` migration): set in a fresh index
    /// file and still in force after records are imported and the file is opened again.
    @Test func aFreshIndexMergesFullTextSegmentsSixteenAtATime() throws {
        let directory = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("index.sqlite").path
        func mergeSettings(_ index: IndexDatabase) throws -> [String: Int] {
            try index.queue.read { db in
                let rows = try Row.fetchAll(
                    db, sql: "SELECT k, v FROM referenceFTS_config WHERE k LIKE '%merge'")
                return Dictionary(uniqueKeysWithValues: rows.map { ($0["k"], $0["v"]) })
            }
        }
        let index = try IndexDatabase(path: path)
        #expect(try mergeSettings(index) == ["automerge": 16, "crisismerge": 64])
        _ = try IndexImporter(index: index).importRecords(S.filler(40))
        let reopened = try IndexDatabase(path: path, access: .readOnly)
        #expect(try mergeSettings(reopened) == ["automerge": 16, "crisismerge": 64])
    }

    @Test func theSummaryReadsAsOneLine() {
        var summary = IndexImportSummary()
        summary.files = 2
        summary.failedFiles = 1
        summary.records = 30
        summary.inserted = 20
        summary.replaced = 5
        summary.unchanged = 3
        summary.skippedOlder = 1
        summary.deleted = 1
        summary.bytes = 5_000_000
        summary.seconds = 2
        #expect(
            summary.description == """
                imported 2 files (1 failed): 30 records, 20 inserted, 5 replaced, 3 unchanged, \
                1 older skipped, 1 deleted in 2.00 s, 2.5 MB/s
                """)
        summary.skippedFiles = 4
        #expect(
            summary.description.hasPrefix(
                "imported 2 files (1 failed, 4 skipped as already imported): "))
    }
}
