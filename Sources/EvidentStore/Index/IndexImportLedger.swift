import Foundation
import GRDB

/// The files an index records as imported, read without changing the index (`import
/// --dry-run`): an index that does not exist yet, or that predates the record, has imported
/// nothing.
public struct IndexImportLedger: Sendable {
    /// The recorded files, by name.
    public private(set) var files: [String: IndexImportedFile]

    /// An empty ledger.
    public init() { files = [:] }

    /// Reads the ledger of the index at `path` read-only, never creating or migrating it;
    /// a foreign or future file is refused as ``IndexDatabase`` refuses it.
    public init(indexPath path: String) throws {
        do {
            guard try IndexFileInspection.state(of: path) != .new else {
                files = [:]
                return
            }
            let queue = try IndexFileInspection.openReadOnly(path)
            files = try queue.read { db in
                guard try db.tableExists("importedFile") else { return [:] }
                return try IndexImportedFile.fetchAll(db)
            }
        } catch let error as DatabaseError {
            throw IndexError.unreadable(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// The status of a file against the ledger.
    public func status(of identity: IndexFileIdentity) -> IndexFileStatus {
        IndexFileStatus(identity, recorded: files[identity.name])
    }

    /// Notes a file as imported (a dry run going through a list).
    public mutating func note(_ identity: IndexFileIdentity, records: Int = 0) {
        files[identity.name] = IndexImportedFile(
            name: identity.name, size: identity.size, checksum: identity.checksum,
            records: records, importedAt: "")
    }
}
