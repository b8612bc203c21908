/// The outcome of one rule example run as a test (`evident rules --test`): a `fail` example
/// must trigger its rule, a `pass` example must not.
public struct RuleExampleResult: Sendable, Equatable {
    /// The rule.
    public var rule: String
    /// Where the rule comes from.
    public var origin: String
    /// The example's text.
    public var text: String
    /// Whether it is a `fail` example (it should trigger the rule).
    public var shouldFire: Bool
    /// Whether the rule fired on it.
    public var fired: Bool
    /// The rules that fired on it.
    public var firedRules: [String]

    /// Whether the example behaved as documented.
    public var passed: Bool { fired == shouldFire }
}
