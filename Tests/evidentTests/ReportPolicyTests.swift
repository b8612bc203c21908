import EvidentKit
import Foundation
import Testing

/// The repository root, found from this file.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Test func theCheckedInPolicyIsTheBundledDefaultPlusItsVocabulary() throws {
    var policy = try Evident.loadPolicy(knowledgeBase: repositoryRoot)
    #expect(!policy.forms.isEmpty)
    policy.forms = []
    #expect(policy == (try Policy.bundled()))
}

@Test func policyErrorsNameTheFileAndTheProblem() {
    #expect(
        throws: GradingPolicyError(
            path: "p.yaml",
            message: "unknown key 'trial' in 'levels' (expected one of: meta-analysis, rct, "
                + "non-randomised-trial, observational, case-report, review, experimental, "
                + "guideline, regulatory, composition, reference, opinion, notice, unknown)")
    ) {
        try Evident.parsePolicy("levels:\n  rct: 2\n  trial: 2\n", path: "p.yaml")
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
    let typo = yaml + "imprecision:\n  min-studys: 2\n"
    #expect(
        throws: GradingPolicyError(
            path: "p.yaml",
            message: "unknown key 'min-studys' in 'imprecision' (expected one of: change, "
                + "enough-participants, min-participants, min-studies, pooled-designs, "
                + "very-few-participants)")
    ) {
        try Evident.parsePolicy(typo, path: "p.yaml")
    }
    let top = yaml + "\nverdicts: {}\n"
    #expect(throws: GradingPolicyError.self) { try Evident.parsePolicy(top, path: "p.yaml") }
}
