/// Why the index could not be used.
public enum IndexError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The database file could not be opened, created or migrated.
    case unreadable(path: String, reason: String)
    /// A search query has no searchable word.
    case emptyQuery(String)
    /// A claim id was not found in the index.
    case unknownClaim(String)

    /// `path: error: message`, lowercase, values quoted.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): error: cannot open the index: \(reason)"
        case .emptyQuery(let query):
            return "error: the query '\(query)' has no word to search for"
        case .unknownClaim(let id):
            return "error: no claim with id '\(id)' in the knowledge base"
        }
    }
}
