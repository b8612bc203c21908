/// Why copy could not be checked.
public enum CheckError: Error, Equatable, CustomStringConvertible {
    /// An input file or folder could not be read.
    case unreadableInput(path: String, reason: String)
    /// A rule pack or the lexicon is malformed.
    case invalidRulePack(path: String, message: String)

    /// `path: error: message`, lowercase, values quoted.
    public var description: String {
        switch self {
        case .unreadableInput(let path, let reason):
            return "\(path): error: cannot read input (\(reason))"
        case .invalidRulePack(let path, let message):
            return "\(path): error: \(message)"
        }
    }
}
