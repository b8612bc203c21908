import Foundation
import Testing

/// `evident rules`: ids, severities and examples, per market, as text or JSON.
struct RulesCommandTests {
    @Test func listsRulesWithExamples() throws {
        let result = try CheckCommandTests.run(["rules", "--market", "us"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("disease-claim (all, error, disease-claim)\n"))
        #expect(result.stdout.contains("us-dshea-disclaimer (us, warning, missing-disclosure)\n"))
        #expect(!result.stdout.contains("eu-health-claim-wording"))
        #expect(
            result.stdout.contains(
                "  fail: Vitamin K2 can prevent cirrhosis from progressing to liver cancer.\n"))
    }

    @Test func jsonListsEveryRule() throws {
        let result = try CheckCommandTests.run(["rules", "--format", "json"])
        let rules =
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        let ids = rules?.compactMap { $0["id"] as? String } ?? []
        #expect(ids.contains("unauthorised-health-claim"))
        #expect(ids.contains("absolute-safety"))
        #expect(rules?.first?["examples"] is [String: Any])
    }
}
