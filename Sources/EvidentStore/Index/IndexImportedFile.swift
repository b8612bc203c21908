import GRDB

/// A file recorded in the index as imported (table `importedFile`): written in the same
/// transaction as the file's records, so it is there exactly when the file's records are.
public struct IndexImportedFile: Hashable, Sendable {
    /// The file name (the key).
    public var name: String
    /// Size in bytes, as stored.
    public var size: Int
    /// `sha256:…` of the bytes as stored.
    public var checksum: String
    /// Records read from the file.
    public var records: Int
    /// When it was imported (UTC, ISO 8601).
    public var importedAt: String

    /// Creates a record.
    public init(name: String, size: Int, checksum: String, records: Int, importedAt: String) {
        self.name = name
        self.size = size
        self.checksum = checksum
        self.records = records
        self.importedAt = importedAt
    }

    /// The record of the file named `name`, if any.
    static func fetch(_ db: Database, name: String) throws -> IndexImportedFile? {
        try Row.fetchOne(
            db,
            sql:
                "SELECT name, size, checksum, records, importedAt FROM importedFile WHERE name = ?",
            arguments: [name]
        ).map(Self.init(row:))
    }

    /// Every record, by name.
    static func fetchAll(_ db: Database) throws -> [String: IndexImportedFile] {
        let rows = try Row.fetchAll(
            db, sql: "SELECT name, size, checksum, records, importedAt FROM importedFile")
        var files: [String: IndexImportedFile] = [:]
        for row in rows {
            let file = IndexImportedFile(row: row)
            files[file.name] = file
        }
        return files
    }

    /// Records (or replaces) the file.
    func save(_ db: Database) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO importedFile (name, size, checksum, records, importedAt)
                VALUES (?, ?, ?, ?, ?)
                """, arguments: [name, size, checksum, records, importedAt])
    }

    private init(row: Row) {
        self.init(
            name: row[0], size: row[1], checksum: row[2], records: row[3], importedAt: row[4])
    }
}
