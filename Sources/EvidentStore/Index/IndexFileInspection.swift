import Foundation
import GRDB

/// What an existing file at the index path is, found without writing a byte to it: an Evident
/// index (current or older than this build), or something Evident must leave alone — another
/// application's SQLite database, a file that is no SQLite database, or an index written by a
/// newer Evident (migrations this build does not know).
///
/// A foreign or future file is refused (``IndexError/foreign(path:reason:)``,
/// ``IndexError/future(path:migrations:)``) before it is opened for writing, so it stays
/// byte-identical.
enum IndexFileInspection {
    /// What the file holds.
    enum State: Equatable {
        /// No file, an empty file or a database without tables: the index is created.
        case new
        /// An index with every migration of this build applied.
        case current
        /// An index some of whose migrations are still to run.
        case outdated
    }

    /// The name of GRDB's table of applied migrations.
    static let migrationsTable = "grdb_migrations"

    /// The tables a fully migrated index holds, as listed here: a file whose tables are among
    /// them holds no foreign table, which is known without migrating a database in memory (a
    /// tenth of a check's start). `IndexFileInspectionTests` pin the list to `knownTables`.
    static let listedTables: Set<String> = [
        "author", "citation", "claim", "commentsCorrection", "document", "grdb_migrations",
        "importedFile", "mesh", "meshQualifier", "meta", "publicationType", "reference",
        "referenceFTS", "referenceFTS_config", "referenceFTS_data", "referenceFTS_docsize",
        "referenceFTS_idx", "referenceKey", "referenceRecord", "review", "searchBlock",
        "searchImpact",
    ]

    /// The tables a fully migrated index holds (FTS5 shadow tables included), read from a
    /// freshly migrated in-memory database, so the list never drifts from the schema.
    static let knownTables: Set<String> = {
        do {
            let queue = try DatabaseQueue()
            try IndexSchema.migrator.migrate(queue)
            return try queue.read { try tables($0) }
        } catch {
            // The schema's own migrations fail only if the SQLite library lacks FTS5; any
            // index the file could hold would then be unreadable anyway.
            return [migrationsTable]
        }
    }()

    /// Inspects the file at `path` (read-only). Throws ``IndexError`` for a foreign or future
    /// file, and `DatabaseError` when SQLite cannot read it at all.
    static func state(of path: String) throws -> State {
        var info = stat()
        guard stat(path, &info) == 0, info.st_size > 0 else { return .new }
        let queue: DatabaseQueue
        do {
            queue = try openReadOnly(path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw IndexError.foreign(path: path, reason: "it is not an SQLite database")
        }
        return try queue.read { db in
            let applicationID = try Int.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            if applicationID != 0 && applicationID != IndexSchema.applicationID {
                throw IndexError.foreign(
                    path: path,
                    reason: "its SQLite application id is \(applicationID), not Evident's "
                        + "\(IndexSchema.applicationID)")
            }
            let tables = try tables(db)
            let applied: Set<String> =
                tables.contains(migrationsTable)
                ? try String.fetchSet(db, sql: "SELECT identifier FROM \(migrationsTable)") : []
            let known = IndexSchema.migrator.migrations
            let unknown = applied.subtracting(known)
            let isEvident =
                applicationID == IndexSchema.applicationID
                || known.first.map(applied.contains) == true
            if !unknown.isEmpty && isEvident {
                throw IndexError.future(path: path, migrations: unknown.sorted())
            }
            let foreign =
                tables.isSubset(of: listedTables) ? [] : tables.subtracting(knownTables)
            if !foreign.isEmpty || !unknown.isEmpty {
                let names = (foreign.isEmpty ? tables : foreign).sorted()
                    .map { "'\($0)'" }.joined(separator: ", ")
                throw IndexError.foreign(path: path, reason: "it holds other tables: \(names)")
            }
            if tables.isEmpty { return .new }
            return known.allSatisfy(applied.contains) ? .current : .outdated
        }
    }

    /// The tables of a database, less SQLite's own.
    static func tables(_ db: Database) throws -> Set<String> {
        try String.fetchSet(
            db,
            sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    }

    /// Opens `path` read-only. A WAL index in a folder this process cannot write cannot be
    /// read the usual way (SQLite must create its `-shm` file): it is then opened as
    /// `immutable`, which reads the file as it stands, without locks.
    static func openReadOnly(_ path: String) throws -> DatabaseQueue {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(10)
        config.prepareDatabase { try IndexRankFunction.register($0) }
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            _ = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        } catch let error as DatabaseError
            where error.resultCode == .SQLITE_CANTOPEN || error.resultCode == .SQLITE_READONLY
        {
            let queue = try DatabaseQueue(path: immutableURI(path), configuration: config)
            _ = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        }
    }

    /// `file:<path>?immutable=1`, the path percent-encoded as SQLite's URI filenames expect.
    static func immutableURI(_ path: String) -> String {
        let absolute =
            path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let encoded = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        return "file:\(encoded)?immutable=1"
    }
}
