import EvidentModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

    /// A file that cannot be opened, in words for the `errno` code `code`.
    public static func cannotOpen(path: String, code: Int32) -> PubMedError {
        let message: String
        switch code {
        case ENOENT: message = "no such file (expected a PubMed XML file, .xml or .xml.gz)"
        case EACCES: message = "permission denied (cannot read the file)"
        case EISDIR: message = "is a directory (expected a PubMed XML file, .xml or .xml.gz)"
        default: message = "cannot open the file (\(String(cString: strerror(code))))"
        }
        return PubMedError(path: path, line: nil, column: nil, message: message)
    }

    /// `path:line:col: error: message` (control characters escaped).
    public var description: String {
        "\(SourceLocation(path: path, line: line, column: column)): error: "
            + message.escapingControlCharacters
    }
}
