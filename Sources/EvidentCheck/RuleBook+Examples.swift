import EvidentModel
import Foundation

extension RuleBook {
    /// Runs every example of the rules as a test: each example is checked alone, for its rule's
    /// market, against the example claims (`example-claims.yaml`) so that evidence rules can
    /// fire. `only` limits the run to rules whose origin is in it.
    public func testExamples(only origins: Set<String>? = nil) throws -> [RuleExampleResult] {
        guard let directory = RuleBook.bundledDirectory else {
            throw CheckError.invalidRulePack(
                path: "RulePacks", message: "the bundled rule packs are missing")
        }
        let claims = try ExampleClaims.assessments(directory: directory)
        var checkers: [Market: Checker] = [:]
        var results: [RuleExampleResult] = []
        for rule in rules where origins.map({ $0.contains(rule.origin) }) ?? true {
            let checker =
                checkers[rule.market]
                ?? Checker(book: self, market: rule.market, assessments: claims)
            checkers[rule.market] = checker
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
