import Foundation

/// What an import did, per file and in total.
public struct IndexImportSummary: Hashable, Sendable {
    /// Files imported (committed).
    public var files = 0
    /// Files that failed and were rolled back.
    public var failedFiles = 0
    /// Files skipped because the same file (name, size, checksum) was imported before.
    public var skippedFiles = 0
    /// Records read from committed files (articles, books and deleted PMIDs).
    public var records = 0
    /// PMIDs that were not in the index.
    public var inserted = 0
    /// PMIDs whose stored record was replaced by a newer or equal version.
    public var replaced = 0
    /// Records identical to the stored one (same version, same content): nothing written.
    public var unchanged = 0
    /// Records older than the stored version: ignored.
    public var skippedOlder = 0
    /// PMIDs removed by `DeleteCitation`.
    public var deleted = 0
    /// `DeleteCitation` PMIDs whose version was not in the index: nothing to remove.
    public var deletedAbsent = 0
    /// Bytes of the committed files, as stored on disk.
    public var bytes = 0
    /// Wall-clock seconds.
    public var seconds = 0.0

    /// Creates an empty summary.
    public init() {}

    /// Adds the counts of a committed file.
    public mutating func add(_ other: IndexImportSummary) {
        files += other.files
        failedFiles += other.failedFiles
        skippedFiles += other.skippedFiles
        records += other.records
        inserted += other.inserted
        replaced += other.replaced
        unchanged += other.unchanged
        skippedOlder += other.skippedOlder
        deleted += other.deleted
        deletedAbsent += other.deletedAbsent
        bytes += other.bytes
    }

    /// `imported 2 files (1 failed, 3 skipped as already imported): 30000 records, 29990
    /// inserted, …, 1.25 s, 256.3 MB/s`.
    public var description: String {
        let fileWord = files == 1 ? "file" : "files"
        var notes: [String] = []
        if failedFiles > 0 { notes.append("\(failedFiles) failed") }
        if skippedFiles > 0 { notes.append("\(skippedFiles) skipped as already imported") }
        let failed = notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")"
        let rate = seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0
        let absent = deletedAbsent > 0 ? " (\(deletedAbsent) more not in the index)" : ""
        return "imported \(files) \(fileWord)\(failed): \(records) records, \(inserted) inserted, "
            + "\(replaced) replaced, \(unchanged) unchanged, \(skippedOlder) older skipped, "
            + "\(deleted) deleted\(absent) in \(String(format: "%.2f", seconds)) s, "
            + "\(String(format: "%.1f", rate)) MB/s"
    }

}
