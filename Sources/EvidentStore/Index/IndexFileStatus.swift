/// Where a file stands against the files the index has imported.
public enum IndexFileStatus: Hashable, Sendable {
    /// No file of that name was imported.
    case new
    /// A file of that name was imported, with another size or checksum: import it again.
    case changed(IndexImportedFile)
    /// The same file (name, size and checksum) was imported: skip it.
    case imported(IndexImportedFile)

    /// The status of `identity` given the record of its name, if any.
    public init(_ identity: IndexFileIdentity, recorded: IndexImportedFile?) {
        guard let recorded else {
            self = .new
            return
        }
        if recorded.size == identity.size && recorded.checksum == identity.checksum {
            self = .imported(recorded)
        } else {
            self = .changed(recorded)
        }
    }

    /// Whether the file is to be imported (new or changed).
    public var needsImport: Bool {
        if case .imported = self { return false }
        return true
    }
}
