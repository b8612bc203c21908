import EvidentKit
import Foundation
import Testing

/// The repository root, found from this file.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Test func theCheckedInPolicyIsTheDefault() throws {
    let policy = try Evident.loadPolicy(knowledgeBase: repositoryRoot)
    #expect(policy.classification == Policy.default.classification)
    #expect(policy.levels == Policy.default.levels)
    #expect(policy.starts == Policy.default.starts)
    #expect(policy.weights == Policy.default.weights)
    #expect(policy.populationWeights == Policy.default.populationWeights)
    #expect(policy.paths == Policy.default.paths)
    #expect(policy.riskOfBias == Policy.default.riskOfBias)
    #expect(policy.inconsistency == Policy.default.inconsistency)
    #expect(policy.indirectness == Policy.default.indirectness)
    #expect(policy.imprecision == Policy.default.imprecision)
    #expect(policy.publicationBias == Policy.default.publicationBias)
    #expect(policy.upgrade == Policy.default.upgrade)
    #expect(policy.verdict == Policy.default.verdict)
    #expect(policy == Policy.default)
}

@Test func policyErrorsNameTheFileAndTheProblem() {
    #expect(throws: GradingPolicyError(path: "p.yaml", message: "missing key 'classification'")) {
        try Evident.parsePolicy("version: 1\n", path: "p.yaml")
    }
    var yaml =
        (try? String(
            contentsOf: repositoryRoot.appendingPathComponent("Claims/policy.yaml"), encoding: .utf8
        )) ?? ""
    yaml = yaml.replacingOccurrences(of: "  rct: 2\n", with: "  rct: 2\n  trial: 2\n")
    #expect(
        throws: GradingPolicyError(
            path: "p.yaml",
            message: "unknown key 'trial' in 'levels' (expected one of: meta-analysis, rct, "
                + "non-randomised-trial, observational, case-report, review, experimental, "
                + "guideline, regulatory, composition, reference, opinion, notice, unknown)")
    ) {
        try Evident.parsePolicy(yaml, path: "p.yaml")
    }
    #expect(
        GradingPolicyError(path: "Claims/policy.yaml", message: "missing key 'levels'").description
            == "Claims/policy.yaml: error: missing key 'levels'")
}

@Test func reportTimestampsAreReproducible() {
    #expect(
        ReportTimestamp.resolve(argument: "2026-11-24T12:00:00.750Z", environment: [:])
            == "2026-11-24T12:00:00Z")
    #expect(
        ReportTimestamp.resolve(argument: nil, environment: ["SOURCE_DATE_EPOCH": "1764000000"])
            == "2025-11-24T16:00:00Z")
    #expect(ReportTimestamp.resolve(argument: "yesterday", environment: [:]) == nil)
    #expect(ReportTimestamp.resolve(argument: nil, environment: ["SOURCE_DATE_EPOCH": "x"]) == nil)
}

@Test func unknownPolicyKeysAreReported() throws {
    let url = repositoryRoot.appendingPathComponent("Claims/policy.yaml")
    let yaml = try String(contentsOf: url, encoding: .utf8)
    let typo = yaml.replacingOccurrences(
        of: "  min-studies: 2\n", with: "  min-studys: 2\n  min-studies: 2\n")
    #expect(
        throws: GradingPolicyError(
            path: "p.yaml",
            message: "unknown key 'min-studys' in 'imprecision' (expected one of: change, "
                + "min-studies, pooled-designs)")
    ) {
        try Evident.parsePolicy(typo, path: "p.yaml")
    }
    let top = yaml + "\nverdicts: {}\n"
    #expect(throws: GradingPolicyError.self) { try Evident.parsePolicy(top, path: "p.yaml") }
}
