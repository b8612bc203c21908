import EvidentModel

/// Why copy could not be checked.
public enum CheckError: Error, Equatable, CustomStringConvertible {
    /// An input file or folder could not be read.
    case unreadableInput(path: String, reason: String)
    /// A rule pack, the lexicon or another data file is malformed (at a 1-based line and
    /// column when known).
    case invalidRulePack(path: String, line: Int? = nil, column: Int? = nil, message: String)

    /// `path:line:col: error: message`, lowercase, values quoted (control characters
    /// escaped).
    public var description: String { text.escapingControlCharacters }

    private var text: String {
        switch self {
        case .unreadableInput(let path, let reason):
            return "\(path): error: cannot read input (\(reason))"
        case .invalidRulePack(let path, let line, let column, let message):
            let position = line.map { ":\($0)" + (column.map { ":\($0)" } ?? "") } ?? ""
            return "\(path)\(position): error: \(message)"
        }
    }
}
