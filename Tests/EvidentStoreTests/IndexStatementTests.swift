import Foundation
import GRDB
import Testing

@testable import EvidentStore

/// Failures in the raw SQLite layer the importer writes through are errors, never a NULL
/// stored silently or a connection left without foreign-key enforcement.
@Suite("Index statements and connection settings")
struct IndexStatementTests {
    /// A parameter that cannot be bound makes the next run throw, naming the parameter; the
    /// row is not written with the parameter missing.
    @Test func aFailedBindingIsAnErrorNotANull() throws {
        let queue = try DatabaseQueue()
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "CREATE TABLE t(x)")
            let statement = try IndexStatement(db, "INSERT INTO t(x) VALUES (?)")
            defer { statement.finalize() }
            statement.bind(2, "out of range")
            let error = #expect(throws: DatabaseError.self) { try statement.run() }
            #expect(error?.message == "cannot bind parameter 2: column index out of range")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t") == 0)
            // The statement is usable again once bound correctly.
            statement.bind(1, "kept")
            try statement.run()
            #expect(try String.fetchOne(db, sql: "SELECT x FROM t") == "kept")
        }
    }

    /// After an import, the connection enforces foreign keys again.
    @Test func foreignKeysAreOnAgainAfterAnImport() throws {
        let index = try IndexDatabase()
        _ = try IndexImporter(index: index).importRecords([
            .article(IndexTestSupport.article(101, title: "A title"))
        ])
        #expect(try index.queue.read { try Bool.fetchOne($0, sql: "PRAGMA foreign_keys") } == true)
    }

    /// When enforcement cannot be turned back on (SQLite ignores the pragma inside an open
    /// transaction), restoring the settings is an error with a message naming the import's
    /// own failure too, instead of leaving enforcement off unnoticed (the old `try?`).
    @Test func enforcementThatCannotBeRestoredIsAnError() throws {
        let index = try IndexDatabase()
        try index.queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "BEGIN")
            defer { try? db.execute(sql: "ROLLBACK") }
            let failure = DatabaseError(resultCode: .SQLITE_CORRUPT, message: "broken file")
            let error = #expect(throws: DatabaseError.self) {
                try IndexImporter.restoreSettings(db, after: failure)
            }
            #expect(
                error?.message
                    == "cannot turn foreign-key enforcement back on after an import: "
                    + "a transaction is still open on the connection (after: SQLite error 11: "
                    + "broken file)")
        }
    }
}
