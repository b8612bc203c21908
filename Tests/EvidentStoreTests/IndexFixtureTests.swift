import EvidentModel
import EvidentPubMed
import Foundation
import GRDB
import Testing

@testable import EvidentStore

/// Update-file semantics on hand-written PubMed XML (`Fixtures/index/`), through the real reader.
@Suite("Index update files")
struct IndexFixtureTests {
    typealias S = IndexTestSupport

    static func titles(_ index: IndexDatabase) throws -> [String] {
        try index.queue.read { db in
            try Row.fetchAll(db, sql: "SELECT pmid, version, title FROM reference ORDER BY pmid")
                .map { row -> String in
                    let pmid: Int = row[0]
                    let version: Int = row[1]
                    let title: String = row[2]
                    return "\(pmid)v\(version) \(title)"
                }
        }
    }

    @Test func baselineThenUpdate() throws {
        let index = try IndexDatabase()
        let importer = IndexImporter(index: index)
        let base = try importer.importFile(S.fixture("baseline.xml"))
        #expect(base.inserted == 3)
        let update = try importer.importFile(S.fixture("update.xml"))
        #expect(update.records == 3)
        #expect(update.replaced == 2)
        #expect(update.deleted == 1)
        #expect(
            try Self.titles(index) == [
                "1001v1 Menaquinone-7 and bone loss in postmenopausal women: a corrected trial",
                "1002v2 Vitamin K2 and fracture risk: an updated meta-analysis",
            ])
        try index.checkFullTextIntegrity()
    }

    @Test func updateThenBaselineGivesADifferentIndex() throws {
        let index = try IndexDatabase()
        let importer = IndexImporter(index: index)
        let update = try importer.importFile(S.fixture("update.xml"))
        // The deletion of 1003 finds nothing to remove, and the summary says so.
        #expect(update.deleted == 0)
        #expect(update.deletedAbsent == 1)
        #expect(update.description.contains(" 0 deleted (1 more not in the index) in "))
        let base = try importer.importFile(S.fixture("baseline.xml"))
        // 1001: same version, different content: the later file wins. 1002: v1 is older than
        // the stored v2: ignored. 1003: its deletion came first, so it is inserted.
        #expect(base.replaced == 1)
        #expect(base.skippedOlder == 1)
        #expect(base.inserted == 1)
        #expect(
            try Self.titles(index) == [
                "1001v1 Menaquinone-7 and bone loss in postmenopausal women: a trial",
                "1002v2 Vitamin K2 and fracture risk: an updated meta-analysis",
                "1003v1 Menaquinone and arterial calcification in rats",
            ])
    }

    @Test func reimportingAFileChangesNothing() throws {
        let index = try IndexDatabase()
        let importer = IndexImporter(index: index)
        _ = try importer.importFile(S.fixture("baseline.xml"))
        _ = try importer.importFile(S.fixture("update.xml"))
        let before = try index.logicalDump()
        let again = try importer.importFile(S.fixture("update.xml"))
        #expect(again.unchanged == 2)
        #expect(again.inserted + again.replaced + again.deleted == 0)
        #expect(try index.logicalDump() == before)
    }

    @Test func aTruncatedFileIsRolledBack() throws {
        let index = try IndexDatabase()
        let importer = IndexImporter(index: index)
        _ = try importer.importFile(S.fixture("baseline.xml"))
        let before = try index.logicalDump()
        let error = try #require(throws: PubMedError.self) {
            try importer.importFile(S.fixture("truncated.xml"))
        }
        #expect(error.path.hasSuffix("truncated.xml"))
        #expect(error.line != nil)
        #expect(try index.logicalDump() == before)
    }
}
