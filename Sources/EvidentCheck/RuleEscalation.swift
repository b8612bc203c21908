import EvidentModel

/// Raises a rule's severity when the document is about a subject (vitamin K and absolute
/// safety, given anticoagulant interactions).
public struct RuleEscalation: Sendable, Codable, Equatable {
    /// The severity to raise to.
    public var severity: Severity
    /// Patterns; any match in the document raises the severity.
    public var subject: [String]
}
