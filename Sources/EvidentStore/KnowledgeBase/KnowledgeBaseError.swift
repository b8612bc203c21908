import EvidentModel

/// The knowledge base as a whole could not be read (exit code 2), as opposed to problems in
/// single files, which are reported as diagnostics.
public enum KnowledgeBaseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The root folder is missing, is not a folder, or holds neither `Claims/` nor
    /// `Sources-Refs/`.
    case unreadable(path: String, reason: String)

    /// `path: error: cannot read the knowledge base: reason` (control characters escaped).
    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): error: cannot read the knowledge base: \(reason)"
                .escapingControlCharacters
        }
    }
}
