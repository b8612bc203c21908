/// One example of a check of `evident validate`: files laid over the example knowledge base's
/// base files, and the diagnostics the check prints for it (none for a passing example).
public struct CheckExample: Hashable, Sendable {
    /// Files by path relative to the root; they replace base files with the same path (an
    /// empty text removes the base file).
    public var files: [String: String]
    /// The diagnostics the check prints, as `evident validate` prints them.
    public var diagnostics: [String]

    /// Creates an example.
    public init(files: [String: String] = [:], diagnostics: [String] = []) {
        self.files = files
        self.diagnostics = diagnostics
    }
}
