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
                for example in rule.failExamples { out += "  fail: \(example)\n" }
                for example in rule.passExamples { out += "  pass: \(example)\n" }
                out += "\n"
            }
            out += "\(rules.count) rule\(rules.count == 1 ? "" : "s")\n"
            return out
        }
    }

    struct Item: Encodable {
        var rule: RuleDescription

        enum CodingKeys: String, CodingKey {
            case id, market, severity, category, message, examples
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
            try c.encode(
                Examples(pass: rule.passExamples, fail: rule.failExamples), forKey: .examples)
        }
    }
}
