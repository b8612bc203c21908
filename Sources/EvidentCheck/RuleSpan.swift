/// What a rule's findings point at.
public enum RuleSpan: String, Sendable, Codable {
    /// The matched words.
    case match
    /// The whole sentence.
    case sentence
}
