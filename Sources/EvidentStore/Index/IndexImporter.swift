import EvidentModel
import EvidentPubMed
import Foundation
import GRDB

/// Imports PubMed XML files (`.xml`, `.xml.gz`) into the index.
///
/// Rules, applied record by record in file order, files in the order given:
/// - Each file is one transaction: it is committed whole or, when it cannot be read to the end
///   (malformed XML, the process killed), not at all.
/// - The index keeps one record per PMID, the one with the highest `Version`. A record replaces
///   the stored one when its version is higher, or equal and its content differs (a later
///   file corrects an earlier one); an identical record changes nothing; an older version is
///   ignored.
/// - A `DeleteCitation` PMID removes the stored record when it is the version the deletion
///   names (updates are keyed by PMID and Version); another stored version stays.
///
/// Parsing runs on its own thread and hands batches of records to the writing thread through
/// a bounded queue, so memory stays flat however large the file.
public struct IndexImporter: Sendable {
    /// Reads one file, calling the closure per record (``PubMedReader/read(path:_:)``).
    public typealias Reader = @Sendable (String, (PubMedRecord) throws -> Void) throws -> Void

    /// The index written to.
    public let index: IndexDatabase
    /// A reader given by a test; `nil`: ``PubMedReader``.
    private let reader: Reader?
    private let classify: IndexDesignClassifier.Classify

    /// The `source` column value of imported references.
    public static let source = "import"

    /// Creates an importer reading with `PubMedReader`, or with `reader` (tests); designs come
    /// from `classify`, the grader's classification (without one, only declared designs:
    /// ``IndexDesignClassifier/declared``).
    public init(
        index: IndexDatabase, reader: Reader? = nil,
        classify: IndexDesignClassifier.Classify? = nil
    ) {
        self.index = index
        self.classify = classify ?? IndexDesignClassifier.declared
        self.reader = reader
    }

    /// Where `identity` stands against the files this index has imported.
    public func status(of identity: IndexFileIdentity) throws -> IndexFileStatus {
        let recorded = try index.queue.read { db in
            try IndexImportedFile.fetch(db, name: identity.name)
        }
        return IndexFileStatus(identity, recorded: recorded)
    }

    /// Imports one file in one transaction; with `identity`, records the file as imported in
    /// that same transaction (see ``IndexImportedFile``). `progress` is called on the calling
    /// thread with the records written so far and the bytes of the file read so far (as
    /// stored). Throws (after rolling back) when the file cannot be read to its end.
    public func importFile(
        _ path: String, recording identity: IndexFileIdentity? = nil,
        progress: ((_ records: Int, _ bytesRead: Int) -> Void)? = nil
    ) throws -> IndexImportSummary {
        try index.requireWritable()
        let start = Date()
        let channel = IndexRecordChannel(capacity: 8)
        let reader: Reader =
            self.reader ?? { path, body in
                _ = try PubMedReader(progress: { channel.position = $0 }).read(path: path, body)
            }
        let classify = self.classify
        let thread = Thread {
            var batch: [IndexPreparedRecord] = []
            batch.reserveCapacity(256)
            do {
                try reader(path) { record in
                    batch.append(IndexPreparedRecord(record, classify: classify))
                    if batch.count == 256 {
                        try channel.push(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                if !batch.isEmpty { try channel.push(batch) }
                channel.finish(error: nil)
            } catch {
                channel.finish(error: error)
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
        var summary = IndexImportSummary()
        try Self.bulkWrite(index) { db in
            try db.inTransaction(.immediate) {
                let writer = try IndexRowWriter(db)
                defer { writer.finalize() }
                do {
                    while let batch = try channel.pop() {
                        for record in batch { try apply(record, writer, &summary) }
                        channel.recycle(batch)
                        progress?(summary.records, channel.position)
                    }
                } catch {
                    channel.cancelAndWait()
                    throw error
                }
                if let identity {
                    try IndexImportedFile(
                        name: identity.name, size: identity.size, checksum: identity.checksum,
                        records: summary.records, importedAt: Self.timestamp()
                    ).save(db)
                }
                try IndexSearchBlocks.summarizeCompletedBlocks(db)
                return .commit
            }
        }
        summary.files = 1
        summary.bytes = Self.fileSize(path)
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    /// Applies records in one transaction, as if they were one file (tests, other importers).
    public func importRecords(_ records: [PubMedRecord]) throws -> IndexImportSummary {
        try index.requireWritable()
        var summary = IndexImportSummary()
        try Self.bulkWrite(index) { db in
            try db.inTransaction(.immediate) {
                let writer = try IndexRowWriter(db)
                defer { writer.finalize() }
                for record in records {
                    try apply(IndexPreparedRecord(record, classify: classify), writer, &summary)
                }
                try IndexSearchBlocks.summarizeCompletedBlocks(db)
                return .commit
            }
        }
        summary.files = 1
        return summary
    }

    private func apply(
        _ record: IndexPreparedRecord, _ writer: IndexRowWriter,
        _ summary: inout IndexImportSummary
    ) throws {
        summary.records += 1
        switch record {
        case .skipped:
            return
        case .reference(let pmid, let row):
            if let stored = try writer.imported(pmid) {
                if row.reference.version < stored.version {
                    summary.skippedOlder += 1
                    return
                }
                if row.reference.version == stored.version
                    && row.fingerprint == stored.fingerprint
                {
                    summary.unchanged += 1
                    return
                }
                try writer.delete(id: stored.id)
                try writer.insert(row, source: Self.source)
                summary.replaced += 1
            } else {
                try writer.insert(row, source: Self.source)
                summary.inserted += 1
            }
        case .delete(let pmid, let version):
            if let stored = try writer.imported(pmid), stored.version == version {
                try writer.delete(id: stored.id)
                summary.deleted += 1
            } else {
                summary.deletedAbsent += 1
            }
        }
    }

    /// The page cache while importing (KiB): a bulk insert touches each page once, apart from
    /// the B-tree spines and FTS5's structure; a larger cache only raised peak memory (by
    /// ~50 MB for 32 MB) without making the import faster.
    static let importCacheSize = -8192

    /// Runs `body` on the index's connection with foreign-key enforcement off and a small page
    /// cache. Every child row the importer writes belongs to the reference it has just
    /// inserted, and ``IndexRowWriter/delete(id:)`` removes children itself, so checking each
    /// of the ~500,000 child rows of a baseline file against `reference` is wasted work
    /// (~0.15 s). Both settings are per connection and restored before returning, also when
    /// `body` fails; enforcement that cannot be restored (SQLite ignores the pragma inside a
    /// transaction) is an error, so no later write on the connection runs unchecked.
    static func bulkWrite(_ index: IndexDatabase, _ body: (Database) throws -> Void) throws {
        try index.queue.writeWithoutTransaction { db in
            try db.execute(
                sql: """
                    PRAGMA foreign_keys = OFF; PRAGMA cache_size = \(Self.importCacheSize)
                    """)
            var failure: (any Error)?
            do {
                try body(db)
            } catch {
                failure = error
            }
            try restoreSettings(db, after: failure)
            if let failure { throw failure }
        }
    }

    /// Turns foreign-key enforcement back on and restores the page cache, checking that the
    /// enforcement really is on again. `failure` is the error that ended the import, if any:
    /// the message names it too.
    static func restoreSettings(_ db: Database, after failure: (any Error)?) throws {
        let after = failure.map { " (after: \($0))" } ?? ""
        do {
            try db.execute(
                sql: """
                    PRAGMA foreign_keys = ON; PRAGMA cache_size = \(IndexDatabase.cacheSize)
                    """)
        } catch let error as DatabaseError {
            throw DatabaseError(
                resultCode: error.resultCode,
                message: "cannot turn foreign-key enforcement back on after an import: "
                    + (error.message ?? "\(error.resultCode)") + after)
        }
        guard try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") == true else {
            throw DatabaseError(
                resultCode: .SQLITE_ERROR,
                message: "cannot turn foreign-key enforcement back on after an import: "
                    + "a transaction is still open on the connection" + after)
        }
    }

    /// Now, UTC, ISO 8601 to the second.
    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }

    static func fileSize(_ path: String) -> Int {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.size] as? NSNumber)?.intValue ?? 0
    }
}
