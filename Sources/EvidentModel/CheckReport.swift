/// The result of checking copy: findings per file, and the rules that were applied.
public struct CheckReport: Hashable, Sendable {
    /// One entry per checked file, in the order given.
    public var files: [CheckedFile]
    /// The rules that were applied, in pack order.
    public var rules: [RuleDescription]
    /// The absolute folder that relative file paths are relative to (the working directory of
    /// the check), when known; SARIF states artifact locations relative to it.
    public var root: String?

    /// Creates a report.
    public init(files: [CheckedFile], rules: [RuleDescription], root: String? = nil) {
        self.files = files
        self.rules = rules
        self.root = root
    }

    /// Every finding, file by file: a view over the files' findings, not a copy of them.
    public var findings: CheckFindings { CheckFindings(files: files) }

    /// Whether any finding is at or above `severity`.
    public func hasFindings(atOrAbove severity: Severity) -> Bool {
        files.contains { file in file.findings.contains { $0.severity >= severity } }
    }
}

/// One checked file's findings, with the original lines they point into.
public struct CheckedFile: Hashable, Sendable {
    /// The path as given (`-` for standard input).
    public var path: String
    /// Findings, sorted by position.
    public var findings: [Finding]
    /// The original text of every line a finding spans, by 1-based line number.
    public var lines: [Int: String]

    /// Creates a checked file.
    public init(path: String, findings: [Finding], lines: [Int: String] = [:]) {
        self.path = path
        self.findings = findings
        self.lines = lines
    }
}
