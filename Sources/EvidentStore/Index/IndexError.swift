import EvidentModel

/// Why the index could not be used.
public enum IndexError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The database file could not be opened, created or migrated.
    case unreadable(path: String, reason: String)
    /// The file is not an Evident index (another application's database, or not SQLite); it
    /// was left untouched.
    case foreign(path: String, reason: String)
    /// The index was written by a newer Evident (schema migrations this build does not know);
    /// it was left untouched.
    case future(path: String, migrations: [String])
    /// The index is open read-only (no write permission on the file or its folder) and the
    /// command must write it.
    case readOnly(path: String)
    /// A search query has no searchable word.
    case emptyQuery(String)
    /// A search query has more words than a search takes.
    case queryTooLong(words: Int, maximum: Int)
    /// A claim id was not found in the index.
    case unknownClaim(String)

    /// `path: error: message`, lowercase, values quoted (control characters escaped).
    public var description: String { text.escapingControlCharacters }

    private var text: String {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): error: cannot open the index: \(reason)"
        case .foreign(let path, let reason):
            return
                "\(path): error: not an Evident index (\(reason)); left untouched (give --index "
                + "another path)"
        case .future(let path, let migrations):
            let names = migrations.map { "'\($0)'" }.joined(separator: ", ")
            return
                "\(path): error: the index was written by a newer Evident (unknown schema "
                + "migrations \(names)); left untouched (use that Evident, or delete the file to "
                + "rebuild the index)"
        case .readOnly(let path):
            return
                "\(path): error: the index is read-only here (no write permission on the file or "
                + "its folder); cannot write to it"
        case .emptyQuery(let query):
            return "error: the query '\(query)' has no word to search for"
        case .queryTooLong(let words, let maximum):
            return "error: the query has \(words) words (expected at most \(maximum))"
        case .unknownClaim(let id):
            return "error: no claim with id '\(id)' in the knowledge base"
        }
    }
}
