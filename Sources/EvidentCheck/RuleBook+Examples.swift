import EvidentModel
import Foundation

extension RuleBook {
    /// The graded example claims that `rule`'s examples run against: those its own pack
    /// carries (`example-claims:`, so that evidence rules can fire), or none.
    public func exampleClaims(for rule: Rule) -> [ClaimAssessment] {
        packOfRule[rule.id].flatMap { packExampleClaims[$0] } ?? []
    }

    /// Runs every example of the rules as a test: each example is checked alone, for its rule's
    /// market, against its pack's example claims (see ``exampleClaims(for:)``). `only` limits
    /// the run to rules whose origin is in it.
    public func testExamples(only origins: Set<String>? = nil) -> [RuleExampleResult] {
        var checkers: [String: Checker] = [:]
        var results: [RuleExampleResult] = []
        for rule in rules where origins.map({ $0.contains(rule.origin) }) ?? true {
            let key = "\(rule.market.rawValue) \(packOfRule[rule.id] ?? "")"
            let checker =
                checkers[key]
                ?? Checker(book: self, market: rule.market, assessments: exampleClaims(for: rule))
            checkers[key] = checker
            let cases =
                rule.examples.fail.map { ($0, true) } + rule.examples.pass.map { ($0, false) }
            for (text, shouldFire) in cases {
                let findings = checker.check(SourceText(path: "-", text: text, format: .plain))
                    .findings
                let fired = findings.map(\.rule)
                results.append(
                    RuleExampleResult(
                        rule: rule.id, origin: rule.origin, text: text, shouldFire: shouldFire,
                        fired: fired.contains(rule.id), firedRules: fired))
            }
        }
        return results
    }
}
