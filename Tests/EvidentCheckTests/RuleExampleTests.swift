import EvidentCheck
import EvidentModel
import Foundation
import Testing

/// Every rule's examples are its test: each `fail` example triggers the rule, no `pass` does.
struct RuleExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var rule: Rule
        var text: String
        var fails: Bool
        var testDescription: String { "\(rule.id) \(fails ? "fail" : "pass"): \(text)" }
    }

    static let cases: [Case] = Fixtures.book.rules.flatMap { rule in
        rule.examples.fail.map { Case(rule: rule, text: $0, fails: true) }
            + rule.examples.pass.map { Case(rule: rule, text: $0, fails: false) }
    }

    @Test(arguments: cases)
    func example(_ example: Case) {
        let market: Market = example.rule.market
        let findings = Fixtures.check(
            example.text, market: market,
            assessments: Fixtures.book.exampleClaims(for: example.rule))
        let fired = findings.contains { $0.rule == example.rule.id }
        #expect(fired == example.fails, "\(findings.map { "\($0.rule): \($0.text)" })")
    }

    @Test func everyRuleHasBothKindsOfExample() {
        for rule in Fixtures.book.rules {
            #expect(!rule.examples.fail.isEmpty, "\(rule.id) has no failing example")
            #expect(!rule.examples.pass.isEmpty, "\(rule.id) has no passing example")
        }
    }

    @Test func descriptionsHaveNoPlaceholders() {
        for rule in Fixtures.book.rules {
            let description = rule.summary.description
            #expect(!description.contains("{") && !description.contains("}"), "\(rule.id)")
            #expect(!description.isEmpty, "\(rule.id)")
        }
        #expect(
            Fixtures.book.rules.first { $0.id == "disease-claim" }?.summary.description
                == "disease claim: the copy presents the flagged words as a disease the product acts on"
        )
    }

    /// The evidence rules run against the graded claims their pack (common.yaml) carries.
    @Test func evidenceRulesHaveTheirPacksExampleClaims() throws {
        let rule = try #require(Fixtures.book.rules.first { $0.id == "unsupported-by-evidence" })
        #expect(
            Fixtures.book.exampleClaims(for: rule).map(\.claim.id.rawValue) == [
                "k2-increases-bone-density", "vitamin-k-normal-blood-clotting", "k2-food-sources",
            ])
        #expect(
            Fixtures.book.exampleClaims(for: rule).map(\.verdict) == [
                .weak, .supported, .supported,
            ])
    }
}
