/// Copy a rule accepts and copy it flags: its documentation and its test.
public struct RuleExamples: Sendable, Codable, Equatable {
    /// Sentences that must not trigger the rule.
    public var pass: [String]
    /// Sentences that must trigger the rule.
    public var fail: [String]

    /// Creates examples.
    public init(pass: [String] = [], fail: [String] = []) {
        self.pass = pass
        self.fail = fail
    }
}
