import EvidentModel
import Foundation
import GRDB

/// The SQLite index: a derived cache of `Claims/` + `Sources-Refs/` plus imported PubMed files.
///
/// One file (WAL journal, `synchronous=NORMAL`), opened through GRDB and migrated on open by
/// ``IndexSchema``. Never committed: it can always be rebuilt from the files it caches.
public final class IndexDatabase: Sendable {
    /// The default location, relative to the knowledge-base root.
    public static let defaultRelativePath = ".evident/index.sqlite"

    /// The page size of a new index file, in bytes.
    static let pageSize = 8192
    /// The page cache of a connection (`PRAGMA cache_size`; negative: KiB).
    static let cacheSize = -32768

    /// How an index file is opened.
    public enum Access: Sendable {
        /// Created when missing, migrated, written; read-only when the file cannot be written
        /// and needs no migration (a read-only index can still be searched).
        case readWrite
        /// Never written: the file must exist and be current.
        case readOnly
    }

    /// The database file.
    public let path: String
    /// The GRDB connection (a serialized queue; one writer, as the CLI needs).
    public let queue: DatabaseQueue
    /// True when the index was opened read-only (asked for, or the file is not writable).
    public let isReadOnly: Bool

    /// Opens (creating it and its folder when missing) and migrates the index at `path`.
    ///
    /// An existing file is inspected read-only first: another application's database, a file
    /// that is not SQLite, and an index written by a newer Evident are refused and left
    /// byte-identical (``IndexError/foreign(path:reason:)``, ``IndexError/future(path:migrations:)``).
    /// Several processes may open a missing index at once: each creates or migrates it in
    /// turn (see ``migrate(_:)``).
    public init(path: String, access: Access = .readWrite) throws {
        self.path = path
        let state: IndexFileInspection.State
        do {
            state = try IndexFileInspection.state(of: path)
        } catch let error as DatabaseError {
            throw IndexError.unreadable(path: path, reason: error.message ?? "\(error)")
        }
        if access == .readOnly || (state == .current && !Self.isWritable(path)) {
            guard state == .current else {
                let reason =
                    state == .new
                    ? "no index here"
                    : "it was built by an older Evident and cannot be upgraded read-only (open it "
                        + "once with write access, e.g. 'evident import')"
                throw IndexError.unreadable(path: path, reason: reason)
            }
            do {
                queue = try IndexFileInspection.openReadOnly(path)
            } catch let error as DatabaseError {
                throw IndexError.unreadable(path: path, reason: error.message ?? "\(error)")
            }
            isReadOnly = true
            return
        }
        isReadOnly = false
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw IndexError.unreadable(path: path, reason: "cannot create folder '\(folder)'")
            }
        }
        var config = Configuration()
        config.journalMode = .wal
        // Another process importing holds the write lock: wait for it rather than fail.
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            // Only takes effect when the file is created (before its first table). 8 KiB pages
            // suit the ~2 KB `reference` rows: a new index is ~8% smaller and a large import
            // writes and checkpoints less (~0.2 s of 2.5 s on a 30,000-record file).
            try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = \(Self.cacheSize)")
            try IndexRankFunction.register(db)
        }
        do {
            queue = try Self.open(path, configuration: config)
        } catch let error as DatabaseError {
            throw IndexError.unreadable(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// Opens the file read-write and migrates it. On a new file, switching it to WAL can meet
    /// another process doing the same: SQLite then answers "busy" at once rather than through
    /// the busy timeout (waiting could deadlock), so the open is retried after a short, random
    /// pause, for at most ten seconds.
    static func open(_ path: String, configuration: Configuration) throws -> DatabaseQueue {
        let deadline = Date().addingTimeInterval(10)
        while true {
            do {
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                try migrate(queue)
                return queue
            } catch let error as DatabaseError
                where error.resultCode == .SQLITE_BUSY && Date() < deadline
            {
                usleep(UInt32.random(in: 5_000...50_000))
            }
        }
    }

    /// Throws ``IndexError/readOnly(path:)`` when the index was opened read-only.
    public func requireWritable() throws {
        if isReadOnly { throw IndexError.readOnly(path: path) }
    }

    /// Runs the schema's migrations that are not applied yet.
    ///
    /// GRDB runs each migration in its own transaction after reading which ones are applied.
    /// When several processes open a new index at once, another one may commit a migration
    /// between that reading and ours: ours then fails (its table already exists) and rolls
    /// back whole. Such a failure is retried from what is applied now; any failure that is not
    /// explained by another process's progress is thrown.
    static func migrate(_ queue: DatabaseQueue) throws {
        let migrator = IndexSchema.migrator
        var attempts = 0
        while true {
            let before = try applied(queue)
            do {
                try migrator.migrate(queue)
                return
            } catch let error as DatabaseError {
                attempts += 1
                let after = try applied(queue)
                guard attempts <= migrator.migrations.count, after != before else { throw error }
            }
        }
    }

    /// The migrations applied so far (none before GRDB's table exists; another process may
    /// be creating it this very moment).
    static func applied(_ queue: DatabaseQueue) throws -> Set<String> {
        try queue.read { db in
            let table = IndexFileInspection.migrationsTable
            guard try db.tableExists(table) else { return [] }
            return try String.fetchSet(db, sql: "SELECT identifier FROM \(table)")
        }
    }

    /// Whether this process may write the file and create its journal beside it.
    static func isWritable(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        return access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
    }

    /// Opens a private in-memory index (tests).
    public init(inMemory: Void = ()) throws {
        self.path = ":memory:"
        isReadOnly = false
        var config = Configuration()
        config.prepareDatabase { try IndexRankFunction.register($0) }
        queue = try DatabaseQueue(configuration: config)
        try IndexSchema.migrator.migrate(queue)
    }

    /// Reads a value of the `meta` table.
    public func meta(_ key: String) throws -> String? {
        try queue.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
        }
    }

    /// Counts of the main tables, for summaries and tests.
    public func counts() throws -> [String: Int] {
        try queue.read { db in
            var result: [String: Int] = [:]
            for table in IndexSchema.tables {
                result[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \"\(table)\"") ?? 0
            }
            return result
        }
    }

    /// The PubMed files recorded as imported, by name.
    public func importedFiles() throws -> [String: IndexImportedFile] {
        try queue.read { db in try IndexImportedFile.fetchAll(db) }
    }

    /// Runs FTS5's `integrity-check`: throws when the full-text index disagrees with the
    /// `reference` table it indexes.
    public func checkFullTextIntegrity() throws {
        try queue.write { db in
            try db.execute(sql: "INSERT INTO referenceFTS(referenceFTS) VALUES('integrity-check')")
        }
    }

    /// A deterministic text dump of every table's content (no internal row ids), for tests that
    /// must show the index is exactly as it was.
    public func logicalDump() throws -> String {
        try queue.read { db in
            var lines: [String] = []
            let sqls = [
                """
                SELECT source, key, origin, pmid, version, title, abstract, meshTerms, journal,
                    year, doi, pmc, design, humans, animals, retracted, concern, erratum,
                    firstAuthor, fingerprint, hex(data)
                FROM reference ORDER BY source, key
                """,
                """
                SELECT r.source, r.key, a.position, a.last, a.fore, a.initials, a.suffix,
                    a.collective, a.orcid
                FROM author a JOIN reference r ON r.id = a.referenceId
                ORDER BY r.source, r.key, a.position
                """,
                """
                SELECT r.source, r.key, p.position, p.ui, p.name
                FROM publicationType p JOIN reference r ON r.id = p.referenceId
                ORDER BY r.source, r.key, p.position
                """,
                """
                SELECT r.source, r.key, m.position, m.descriptor, m.ui, m.major
                FROM mesh m JOIN reference r ON r.id = m.referenceId
                ORDER BY r.source, r.key, m.position
                """,
                """
                SELECT r.source, r.key, q.meshPosition, q.position, q.name, q.ui, q.major
                FROM meshQualifier q JOIN reference r ON r.id = q.referenceId
                ORDER BY r.source, r.key, q.meshPosition, q.position
                """,
                """
                SELECT r.source, r.key, c.position, c.type, c.pmid
                FROM commentsCorrection c JOIN reference r ON r.id = c.referenceId
                ORDER BY r.source, r.key, c.position
                """,
                """
                SELECT k.key, r.key FROM referenceKey k JOIN reference r ON r.id = k.referenceId
                ORDER BY k.key
                """,
                """
                SELECT r.source, r.key, hex(d.data) FROM referenceRecord d
                JOIN reference r ON r.id = d.referenceId ORDER BY r.source, r.key
                """,
                "SELECT id, hex(data) FROM document ORDER BY id",
                "SELECT id, document, statement, category, hex(data) FROM claim ORDER BY id",
                """
                SELECT claimId, position, referenceKey, stance, note FROM citation
                ORDER BY claimId, position
                """,
                """
                SELECT claimId, position, reviewer, date, decision, verdict, reason, fingerprint
                FROM review ORDER BY claimId, position
                """,
                "SELECT key, value FROM meta ORDER BY key",
            ]
            for sql in sqls {
                lines.append("-- \(sql.prefix(40))")
                let rows = try Row.fetchAll(db, sql: sql)
                for row in rows {
                    lines.append(row.databaseValues.map(\.description).joined(separator: "|"))
                }
            }
            return lines.joined(separator: "\n")
        }
    }
}
