/// What a rule looks at: one sentence at a time, or the whole document.
public enum RuleScope: String, Sendable, Codable {
    /// Each sentence on its own (neighbours only for `unless-context`).
    case sentence
    /// The whole document (disclosures that must appear somewhere).
    case document
}
