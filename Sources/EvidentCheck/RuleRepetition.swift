/// How many findings a rule reports per sentence.
public enum RuleRepetition: String, Sendable, Codable {
    /// Every match.
    case all
    /// Only the first match.
    case first
}
