import EvidentModel

/// Why an edit of a knowledge-base file (`evident new`, `cite`, `review`) was refused. Nothing
/// is written when one of these is thrown.
public enum KnowledgeBaseEditError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file cannot be edited in place (not YAML, or not a block mapping at the top).
    case notEditable(path: String, reason: String)
    /// The file changed since the caller read it (its version is not the one expected).
    case conflict(path: String, expected: String, found: String)
    /// No claim has this id.
    case unknownClaim(String)
    /// A citation names a reference that `Sources-Refs/` does not hold.
    case unresolvedReference(String)
    /// Several citations name references that `Sources-Refs/` does not hold.
    case unresolvedReferences([String])
    /// A value the caller gave is not valid (the message says what was expected).
    case invalidValue(String)
    /// The edited file would not read back as intended; the first problem is given.
    case wouldBreak(path: String, problem: String)
    /// The file could not be read or written.
    case io(path: String, reason: String)

    /// `path: error: …`, lowercase, values quoted.
    public var description: String {
        switch self {
        case .notEditable(let path, let reason):
            return "\(path): error: cannot edit the file in place: \(reason)"
        case .conflict(let path, let expected, let found):
            return "\(path): error: the file changed since it was read "
                + "(expected version '\(expected.prefix(12))', found '\(found.prefix(12))')"
        case .unknownClaim(let id):
            return "error: unknown claim '\(id)' (no claim file declares this id)"
        case .unresolvedReference(let key):
            return "error: reference '\(key)' resolves to no reference in Sources-Refs/ "
                + "(expected a PubMed record or a CSL-JSON item with that key)"
        case .unresolvedReferences(let keys):
            return "error: references \(keys.map { "'\($0)'" }.joined(separator: ", ")) resolve "
                + "to no reference in Sources-Refs/ (expected a PubMed record or a CSL-JSON item "
                + "with each key)"
        case .invalidValue(let message):
            return "error: \(message)"
        case .wouldBreak(let path, let problem):
            return "\(path): error: the edit was not written: it would not read back as "
                + "intended (\(problem))"
        case .io(let path, let reason):
            return "\(path): error: \(reason)"
        }
    }
}
