/// Output formats of `evident rules`.
public enum RulesFormat: String, Sendable, CaseIterable {
    /// One block per rule: id, market, severity, category, message, basis, examples.
    case text
    /// An array of rule objects, keys sorted.
    case json
}
