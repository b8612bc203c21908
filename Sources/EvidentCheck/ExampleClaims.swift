import EvidentModel
import Foundation
import Yams

/// The small graded knowledge base in `RulePacks/example-claims.yaml` that the evidence rules'
/// examples run against.
public enum ExampleClaims {
    private struct File: Decodable {
        var claims: [Entry]
    }

    private struct Entry: Decodable {
        var id: String
        var statement: String
        var subjects: [String]?
        var outcome: String?
        var keywords: [String]?
        var verdict: Verdict
        var certainty: Certainty
    }

    /// The example claims as assessments.
    public static func assessments(directory: URL) throws -> [ClaimAssessment] {
        let url = directory.appendingPathComponent("example-claims.yaml")
        let file: File
        do {
            file = try YAMLDecoder().decode(File.self, from: try RuleBook.read(url))
        } catch let error as CheckError {
            throw error
        } catch {
            throw CheckError.invalidRulePack(path: url.path, message: "\(error)")
        }
        return try file.claims.map { entry in
            guard let id = ClaimID(entry.id) else {
                throw CheckError.invalidRulePack(
                    path: url.path, message: "invalid claim id '\(entry.id)' (expected kebab-case)")
            }
            let claim = Claim(
                id: id, document: "rule-examples", quote: entry.statement,
                statement: entry.statement, category: .efficacy, subjects: entry.subjects ?? [],
                outcome: entry.outcome.map { Outcome(name: $0, kind: .surrogate) },
                keywords: entry.keywords ?? [])
            return ClaimAssessment(
                claim: claim, computedVerdict: entry.verdict, contradicted: false,
                certainty: entry.certainty, steps: [], citations: [],
                verdictReason: "example")
        }
    }
}
