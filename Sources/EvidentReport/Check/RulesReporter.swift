import EvidentModel

/// Renders the rule list of `evident rules`.
public enum RulesReporter {
    /// The rule list in a format.
    public static func render(_ rules: [RuleDescription], format: RulesFormat) throws -> String {
        switch format {
        case .json:
            return try JSONReporter.encode(rules.map(Item.init))
        case .text:
            var out = ""
            for rule in rules {
                out += "\(rule.id) (\(rule.market), \(rule.severity.rawValue), "
                out += "\(rule.category.rawValue))\n"
                out += "  message: \(rule.message)\n"
                out += "  legal basis: \(rule.legalBasis)\n"
                out += "  origin: \(rule.origin)\n"
                for example in rule.failExamples { out += "  fail: \(example)\n" }
                for example in rule.passExamples { out += "  pass: \(example)\n" }
                out += "\n"
            }
            out += "\(rules.count) rule\(rules.count == 1 ? "" : "s")\n"
            return out
        }
    }

    /// One rule example run as a test, as `evident rules --test` prints it.
    public struct ExampleOutcome: Sendable, Equatable {
        /// The rule.
        public var rule: String
        /// Where the rule comes from.
        public var origin: String
        /// The example.
        public var text: String
        /// Whether it is a `fail` example.
        public var shouldFire: Bool
        /// Whether it behaved as documented.
        public var passed: Bool
        /// The rules that fired on it.
        public var firedRules: [String]

        /// Creates an outcome.
        public init(
            rule: String, origin: String, text: String, shouldFire: Bool, passed: Bool,
            firedRules: [String]
        ) {
            self.rule = rule
            self.origin = origin
            self.text = text
            self.shouldFire = shouldFire
            self.passed = passed
            self.firedRules = firedRules
        }
    }

    /// `evident rules --test`: every failing example with what fired, then a summary.
    public static func renderTest(_ outcomes: [ExampleOutcome]) -> String {
        var out = ""
        for outcome in outcomes where !outcome.passed {
            let kind = outcome.shouldFire ? "fail" : "pass"
            let what =
                outcome.shouldFire
                ? "did not fire"
                : "fired"
            out += "FAILED \(outcome.rule) (\(outcome.origin)) \(kind) example \(what): "
            out += "\(outcome.text)\n"
            let fired =
                outcome.firedRules.isEmpty ? "none" : outcome.firedRules.joined(separator: ", ")
            out += "  rules that fired: \(fired)\n"
        }
        let failed = outcomes.filter { !$0.passed }.count
        let rules = Set(outcomes.map(\.rule)).count
        out += "\(outcomes.count - failed) of \(outcomes.count) examples behave as documented "
        out += "(\(rules) rule\(rules == 1 ? "" : "s")); \(failed) failed\n"
        return out
    }

    /// `evident rules --sources`: one block per data source.
    public static func renderSources(_ sources: [DataSource]) -> String {
        var out = ""
        for source in sources {
            out += "\(source.name)\n"
            out += "  publisher: \(source.publisher)\n"
            out += "  version: \(source.version)\n"
            out += "  licence: \(source.licence)\n"
            let counts = source.counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
            if !counts.isEmpty { out += "  records: \(counts.joined(separator: ", "))\n" }
            out += "  attribution: \(source.attribution)\n\n"
        }
        return out
    }

    struct Item: Encodable {
        var rule: RuleDescription

        enum CodingKeys: String, CodingKey {
            case id, market, severity, category, message, examples, origin
            case legalBasis = "legal_basis"
        }

        struct Examples: Encodable {
            var pass: [String]
            var fail: [String]
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(rule.id, forKey: .id)
            try c.encode(rule.market, forKey: .market)
            try c.encode(rule.severity, forKey: .severity)
            try c.encode(rule.category, forKey: .category)
            try c.encode(rule.message, forKey: .message)
            try c.encode(rule.legalBasis, forKey: .legalBasis)
            try c.encode(rule.origin, forKey: .origin)
            try c.encode(
                Examples(pass: rule.passExamples, fail: rule.failExamples), forKey: .examples)
        }
    }
}
