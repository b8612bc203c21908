import EvidentModel
import Yams

extension RulePackReader {
    /// One graded example claim of a pack's `example-claims:` list.
    private struct ExampleClaim: Decodable {
        var id: String
        var statement: String
        var subjects: [String]?
        var outcome: String?
        var keywords: [String]?
        var verdict: Verdict
        var certainty: Certainty

        /// Its keys, for the unknown-key check.
        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, statement, subjects, outcome, keywords, verdict, certainty
        }
    }

    /// A pack's `example-claims:`: the small graded knowledge base its evidence rules'
    /// examples run against (`evident rules --test`), as assessments. `fail` builds the error
    /// for a node.
    static func exampleClaims(_ node: Node, fail: (Node?, String) -> CheckError) throws
        -> [ClaimAssessment]
    {
        guard let list = node.sequence else {
            throw fail(node, "'example-claims' must be a list of graded claims")
        }
        let known = ExampleClaim.CodingKeys.allCases.map(\.rawValue)
        var seen: Set<String> = []
        return try list.map { entryNode in
            guard let mapping = entryNode.mapping else {
                throw fail(
                    entryNode,
                    "an example claim is a mapping (id, statement, verdict, certainty …)")
            }
            let name = mapping["id"]?.string ?? "?"
            for (key, _) in mapping where !known.contains(key.string ?? "") {
                throw fail(
                    key,
                    "example claim '\(name)': unknown key '\(key.string ?? "")' (expected one "
                        + "of: \(known.joined(separator: ", ")))")
            }
            let entry: ExampleClaim
            do {
                entry = try YAMLDecoder().decode(ExampleClaim.self, from: entryNode)
            } catch let error as DecodingError {
                let (at, problem) = explain(error, in: mapping)
                throw fail(at ?? entryNode, "example claim '\(name)': \(problem)")
            }
            guard let id = ClaimID(entry.id) else {
                throw fail(
                    mapping["id"],
                    "invalid example claim id '\(entry.id)' (expected kebab-case)")
            }
            guard seen.insert(entry.id).inserted else {
                throw fail(mapping["id"], "duplicate example claim id '\(entry.id)'")
            }
            let claim = Claim(
                id: id, document: "rule-examples", quote: entry.statement,
                statement: entry.statement, category: .efficacy, subjects: entry.subjects ?? [],
                outcome: entry.outcome.map { Outcome(name: $0, kind: .surrogate) },
                keywords: entry.keywords ?? [])
            return ClaimAssessment(
                claim: claim, computedVerdict: entry.verdict, contradicted: false,
                certainty: entry.certainty, steps: [], citations: [], verdictReason: "example")
        }
    }
}
