/// How a rule decides: by patterns over the lexicon, or by the knowledge base's grading.
public enum RuleKind: String, Sendable, Codable {
    /// Patterns (`when`, `requires`, `unless` …).
    case pattern
    /// The sentence's matched claim (`verdicts`) or the lack of one (`no-match`).
    case evidence
}
