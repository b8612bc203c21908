/// A position in a file that a user can open: path, 1-based line and column.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file's path as the user gave it (or relative to the knowledge base).
    public var path: String
    /// 1-based line; `nil` when the problem concerns the whole file.
    public var line: Int?
    /// 1-based column; `nil` when unknown.
    public var column: Int?

    /// Creates a location.
    public init(path: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:col`, `path:line` or `path`, as compilers print it (control characters
    /// in the path escaped).
    public var description: String {
        let path = self.path.escapingControlCharacters
        switch (line, column) {
        case (let line?, let column?): return "\(path):\(line):\(column)"
        case (let line?, nil): return "\(path):\(line)"
        default: return path
        }
    }
}

/// How serious a finding is.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    /// Informational; never fails a run by default.
    case info
    /// Worth a look; fails a run only with `--fail-on warning`.
    case warning
    /// Must be fixed; fails a run by default.
    case error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    /// Orders info < warning < error.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A diagnostic tied to a place in a file: `path:line:col: severity: message [id]`.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Where the problem is.
    public var location: SourceLocation
    /// How serious it is.
    public var severity: Severity
    /// What is wrong and what was expected, lowercase, values quoted.
    public var message: String
    /// The stable kebab-case id of the check or rule that found it, if any.
    public var id: String?

    /// Creates a diagnostic.
    public init(location: SourceLocation, severity: Severity, message: String, id: String? = nil) {
        self.location = location
        self.severity = severity
        self.message = message
        self.id = id
    }

    /// The compiler-style line, on one line: control characters in the message (a value
    /// quoted from a file) are escapes, never raw.
    public var description: String {
        let suffix = id.map { " [\($0)]" } ?? ""
        return "\(location): \(severity.rawValue): \(message.escapingControlCharacters)\(suffix)"
    }
}
