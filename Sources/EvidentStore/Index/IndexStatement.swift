import GRDB
import GRDBSQLite

/// A raw, reusable SQLite prepared statement for bulk writes (GRDB's statements add per-call
/// argument boxing that matters at a million rows).
///
/// Lives only inside one GRDB database access; ``finalize()`` before leaving it.
final class IndexStatement {
    private var handle: OpaquePointer?
    private let connection: OpaquePointer?
    private let sql: String
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    /// The first binding that failed since the statement last ran.
    private var bindingError: DatabaseError?

    /// Prepares `sql` on the connection of `db`.
    init(_ db: Database, _ sql: String) throws {
        self.connection = db.sqliteConnection
        self.sql = sql
        let code = sqlite3_prepare_v3(
            connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT),
            &handle, nil)
        guard code == SQLITE_OK else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code),
                message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
    }

    /// Binds a text or NULL.
    func bind(_ index: Int32, _ value: String?) {
        guard var text = value else {
            check(sqlite3_bind_null(handle, index), index)
            return
        }
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0 else {
                check(sqlite3_bind_text(handle, index, "", 0, Self.transient), index)
                return
            }
            guard let length = Int32(exactly: bytes.count) else {
                check(SQLITE_TOOBIG, index)
                return
            }
            let code = UnsafeRawPointer(base).withMemoryRebound(
                to: CChar.self, capacity: bytes.count
            ) {
                sqlite3_bind_text(handle, index, $0, length, Self.transient)
            }
            check(code, index)
        }
    }

    /// Binds an integer or NULL.
    func bind(_ index: Int32, _ value: Int64?) {
        guard let value else {
            check(sqlite3_bind_null(handle, index), index)
            return
        }
        check(sqlite3_bind_int64(handle, index, value), index)
    }

    /// Binds an integer or NULL.
    func bind(_ index: Int32, _ value: Int?) { bind(index, value.map(Int64.init)) }

    /// Binds a boolean as 0/1.
    func bind(_ index: Int32, _ value: Bool) {
        check(sqlite3_bind_int64(handle, index, value ? 1 : 0), index)
    }

    /// Binds bytes or NULL.
    func bind(_ index: Int32, bytes: [UInt8]?) {
        guard let bytes else {
            check(sqlite3_bind_null(handle, index), index)
            return
        }
        guard let length = Int32(exactly: bytes.count) else {
            check(SQLITE_TOOBIG, index)
            return
        }
        let code = bytes.withUnsafeBytes { raw in
            sqlite3_bind_blob(handle, index, raw.baseAddress, length, Self.transient)
        }
        check(code, index)
    }

    /// Keeps the first failed binding (a value too big, an index out of range …); the next
    /// ``run()`` or ``firstRow(columns:)`` throws it instead of running with a parameter left
    /// unbound (SQLite would store NULL or the previous row's value).
    private func check(_ code: Int32, _ index: Int32) {
        guard code != SQLITE_OK, bindingError == nil else { return }
        bindingError = DatabaseError(
            resultCode: ResultCode(rawValue: code),
            message: "cannot bind parameter \(index): "
                + String(cString: sqlite3_errstr(code)),
            sql: sql)
    }

    /// Throws the first failed binding since the last run, clearing the bindings.
    private func throwBindingError() throws {
        guard let failure = bindingError else { return }
        bindingError = nil
        sqlite3_clear_bindings(handle)
        sqlite3_reset(handle)
        throw failure
    }

    /// Runs the statement to completion (no rows expected) and resets it.
    func run() throws {
        try throwBindingError()
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw error(code) }
    }

    /// Runs the statement and returns the first row's columns as integers, or `nil` when there
    /// is no row; resets it.
    func firstRow(columns: Int32) throws -> [Int64]? {
        try throwBindingError()
        let code = sqlite3_step(handle)
        defer { sqlite3_reset(handle) }
        if code == SQLITE_DONE { return nil }
        guard code == SQLITE_ROW else { throw error(code) }
        return (0..<columns).map { sqlite3_column_int64(handle, $0) }
    }

    /// Binds `values` to the first parameters, runs the statement and calls `body` with the
    /// statement's handle on each row (read its columns there, with `sqlite3_column_*`); resets
    /// it.
    func forEachRow(bind values: [Int64], _ body: (OpaquePointer) throws -> Void) throws {
        for (offset, value) in values.enumerated() { bind(Int32(offset + 1), value) }
        try throwBindingError()
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW, let handle else { throw error(code) }
            try body(handle)
        }
    }

    /// Releases the statement.
    func finalize() {
        sqlite3_finalize(handle)
        handle = nil
    }

    private func error(_ code: Int32) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code),
            message: String(cString: sqlite3_errmsg(connection)), sql: sql)
    }

    deinit { sqlite3_finalize(handle) }
}
