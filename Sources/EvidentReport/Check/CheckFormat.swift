/// Output formats of `evident check`.
public enum CheckFormat: String, Sendable, CaseIterable {
    /// Compiler-style lines with the offending line and a caret, then a summary.
    case text
    /// `{files: [{path, findings: [...]}]}`.
    case json
    /// SARIF 2.1.0 with rule metadata, for code-scanning dashboards.
    case sarif

    /// The reporter for the format.
    public var reporter: any CheckReporter.Type {
        switch self {
        case .text: return CheckTextReporter.self
        case .json: return CheckJSONReporter.self
        case .sarif: return CheckSARIFReporter.self
        }
    }
}
