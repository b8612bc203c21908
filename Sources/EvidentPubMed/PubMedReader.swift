import EvidentModel

/// Streams the records of PubMed XML files (`.xml` or `.xml.gz`).
///
/// Contract (other modules code against it): `read(path:_:)` calls `body` once per record, in
/// document order, and throws `PubMedError` (whose description is
/// `path:line:col: error: …`) for unreadable or malformed input.
public struct PubMedReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads one file, calling `body` for each record.
    public func read(path: String, _ body: (PubMedRecord) throws -> Void) throws {
        throw PubMedError(path: path, line: nil, column: nil, message: "not implemented yet")
    }
}

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

    /// `path:line:col: error: message`.
    public var description: String {
        "\(SourceLocation(path: path, line: line, column: column)): error: \(message)"
    }
}
