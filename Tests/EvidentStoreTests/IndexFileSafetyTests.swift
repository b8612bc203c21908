import EvidentModel
import EvidentPubMed
import Foundation
import GRDB
import Testing

@testable import EvidentStore

/// What is at the index path decides how it is opened: another application's database, a file
/// that is not SQLite and an index from a newer Evident are refused and left byte-identical; an
/// older index is migrated; a current one can be opened read-only and searched.
@Suite("Index file safety")
struct IndexFileSafetyTests {
    typealias S = IndexTestSupport

    static func bytes(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// A current index at `dir/index.sqlite` holding the search tests' references.
    static func currentIndex(in dir: URL) throws -> String {
        let path = dir.appendingPathComponent("index.sqlite").path
        let index = try IndexDatabase(path: path)
        _ = try IndexImporter(index: index).importRecords(
            [.article(S.article(1, title: "Menaquinone and fracture: a meta-analysis"))]
                + S.filler())
        return path
    }

    @Test func anotherApplicationsDatabaseIsRefusedAndLeftUntouched() throws {
        let dir = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("notes.sqlite").path
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('x')")
        }
        let before = try Self.bytes(path)
        #expect(
            throws: IndexError.foreign(path: path, reason: "it holds other tables: 'notes'")
        ) { try IndexDatabase(path: path) }
        #expect(try Self.bytes(path) == before)
        #expect(
            IndexError.foreign(path: "x.sqlite", reason: "it holds other tables: 'notes'")
                .description
                == "x.sqlite: error: not an Evident index (it holds other tables: 'notes'); left "
                + "untouched (give --index another path)")
    }

    @Test func anEvidentIndexBesideOtherTablesIsForeignToo() throws {
        let dir = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try Self.currentIndex(in: dir)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE extra (x)")
        }
        let before = try Self.bytes(path)
        #expect(throws: IndexError.foreign(path: path, reason: "it holds other tables: 'extra'")) {
            try IndexDatabase(path: path)
        }
        #expect(try Self.bytes(path) == before)
    }

    /// The listed tables (the quick answer for a file without foreign tables) are the tables
    /// a migrated index holds: a migration that adds a table must list it too.
    @Test func theListedTablesAreTheSchemasTables() {
        #expect(IndexFileInspection.listedTables == IndexFileInspection.knownTables)
        #expect(IndexFileInspection.listedTables.contains("referenceFTS_idx"))
    }

    @Test func anotherApplicationIDIsForeign() throws {
        let dir = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("app.sqlite").path
        try DatabaseQueue(path: path).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA application_id = 42")
        }
        let before = try Self.bytes(path)
        #expect(
            throws: IndexError.foreign(
                path: path, reason: "its SQLite application id is 42, not Evident's 1163282756")
        ) { try IndexDatabase(path: path) }
        #expect(try Self.bytes(path) == before)
    }

    @Test func aFileThatIsNotSQLiteIsRefusedAndLeftUntouched() throws {
        let dir = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("index.sqlite").path
        let text = Data(String(repeating: "not a database\n", count: 300).utf8)
        try text.write(to: URL(fileURLWithPath: path))
        #expect(throws: IndexError.foreign(path: path, reason: "it is not an SQLite database")) {
            try IndexDatabase(path: path)
        }
        #expect(try Self.bytes(path) == text)
    }

    @Test func anIndexFromANewerEvidentIsRefusedAndLeftUntouched() throws {
        let dir = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try Self.currentIndex(in: dir)
        try DatabaseQueue(path: path).write { db in
            try db.execute(
                sql: "INSERT INTO grdb_migrations VALUES ('addReviewHistory'), ('addNotes')")
        }
        let before = try Self.bytes(path)
        let error = IndexError.future(path: path, migrations: ["addNotes", "addReviewHistory"])
        #expect(throws: error) { try IndexDatabase(path: path) }
        #expect(throws: error) { try IndexDatabase(path: path, access: .readOnly) }
        #expect(try Self.bytes(path) == before)
        #expect(
            IndexError.future(path: "i.sqlite", migrations: ["addNotes"]).description
                == "i.sqlite: error: the index was written by a newer Evident (unknown schema "
                + "migrations 'addNotes'); left untouched (use that Evident, or delete the file to "
                + "rebuild the index)")
    }

    @Test func anOlderIndexIsMigratedAndMarked() throws {
        let dir = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("old.sqlite").path
        try IndexSchema.migrator.migrate(DatabaseQueue(path: path), upTo: "addFullTextSearch")
        #expect(try IndexFileInspection.state(of: path) == .outdated)
        #expect(throws: IndexError.self) { try IndexDatabase(path: path, access: .readOnly) }
        let index = try IndexDatabase(path: path)
        #expect(!index.isReadOnly)
        #expect(try IndexFileInspection.state(of: path) == .current)
        let applicationID = try index.queue.read {
            try Int.fetchOne($0, sql: "PRAGMA application_id")
        }
        #expect(applicationID == IndexSchema.applicationID)
    }

    @Test func aReadOnlyIndexIsSearchedAndNeverWritten() throws {
        let dir = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try Self.currentIndex(in: dir)
        let before = try Self.bytes(path)
        let index = try IndexDatabase(path: path, access: .readOnly)
        #expect(index.isReadOnly)
        #expect(try IndexSearch(index: index).search("menaquinone").map(\.key) == ["pmid:1"])
        #expect(throws: IndexError.readOnly(path: path)) {
            try IndexImporter(index: index).importRecords(S.filler(1))
        }
        #expect(try Self.bytes(path) == before)
        #expect(throws: IndexError.unreadable(path: "none.sqlite", reason: "no index here")) {
            try IndexDatabase(path: "none.sqlite", access: .readOnly)
        }
        #expect(!FileManager.default.fileExists(atPath: "none.sqlite"))
    }

    @Test func indexesOpenedAtOnceOnANewFileAllSucceed() async throws {
        // Connections of one process lock the file as separate processes do: the same race
        // between reading the applied migrations and running them.
        for _ in 0..<5 {
            let dir = try S.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            let path = dir.appendingPathComponent("index.sqlite").path
            let results = await withTaskGroup(of: String?.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        do {
                            _ = try IndexDatabase(path: path)
                            return nil
                        } catch {
                            return "\(error)"
                        }
                    }
                }
                var failures: [String] = []
                for await result in group { if let result { failures.append(result) } }
                return failures
            }
            #expect(results.isEmpty)
            #expect(try IndexFileInspection.state(of: path) == .current)
        }
    }
}
