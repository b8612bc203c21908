import EvidentModel

/// A file could not be read as PubMed XML.
public struct PubMedError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// What went wrong, lowercase.
    public var message: String

    /// Creates an error.
    public init(path: String, line: Int?, column: Int?, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:col: error: message` (control characters escaped).
    public var description: String {
        "\(SourceLocation(path: path, line: line, column: column)): error: "
            + message.escapingControlCharacters
    }
}
