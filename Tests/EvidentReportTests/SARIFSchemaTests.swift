import EvidentModel
import Foundation
import Testing

@testable import EvidentReport

/// The SARIF output against the constraints of the SARIF 2.1.0 schema that code-scanning
/// dashboards enforce (checked offline: required properties, enums, ranges, known property
/// names, base ids that resolve), and against a golden file.
struct SARIFSchemaTests {
    static let report: CheckReport = {
        var report = CheckReporterTests.report
        report.root = "/work/site"
        report.files[0].path = "./copy/../copy.txt"
        report.rules.append(
            RuleDescription(
                id: "unsupported-by-evidence", market: "all", severity: .warning,
                category: .unsupportedByEvidence,
                message: "unsupported by evidence: matches claim '{claim}', graded {verdict}",
                description: "unsupported by evidence: the copy states a weak claim",
                legalBasis: "FTC 2022", passExamples: ["a"], failExamples: ["b*c"],
                origin: "Claims/rules/house.yaml"))
        report.files.append(
            CheckedFile(
                path: "/elsewhere/page.html",
                findings: [
                    Finding(
                        path: "/elsewhere/page.html", line: 1, column: 4, endLine: 2,
                        endColumn: 4, severity: .info, rule: "unsupported-by-evidence",
                        category: .unsupportedByEvidence, message: "weak", text: "cures gout")
                ],
                lines: [1: "It <b>cures</b>", 2: "gout."]))
        return report
    }()

    @Test func matchesTheGoldenFile() throws {
        try assertSnapshot(
            try CheckSARIFReporter.render(Self.report, toolVersion: "0.1.0"), named: "check",
            extension: "sarif")
    }

    @Test func meetsTheSchemaConstraints() throws {
        let text = try CheckSARIFReporter.render(Self.report, toolVersion: "0.1.0")
        let log = try #require(
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let problems = SARIFConstraints.violations(log)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func theConstraintsCatchWhatDashboardsReject() {
        let broken: [String: Any] = [
            "version": "2.1.0",
            "runs": [
                [
                    "tool": [
                        "driver": [
                            "name": "x",
                            "rules": [["id": "r", "shortDescription": ["text": "'{match}' x"]]],
                        ]
                    ],
                    "results": [
                        [
                            "ruleId": "r", "level": "fatal", "message": ["text": "m"],
                            "locations": [
                                [
                                    "physicalLocation": [
                                        "artifactLocation": ["uri": "a b.md", "uriBaseId": "ROOT"],
                                        "region": ["startLine": 0, "startColumn": 1],
                                    ]
                                ]
                            ],
                        ]
                    ],
                ]
            ],
        ]
        let problems = SARIFConstraints.violations(broken)
        #expect(
            problems == [
                "runs[0].tool.driver.rules[0].shortDescription.text: unfilled placeholder in ''{match}' x'",
                "runs[0].results[0]: level 'fatal' is not one of none, note, warning, error",
                "runs[0].results[0].locations[0].physicalLocation.artifactLocation: uriBaseId 'ROOT' is not in originalUriBaseIds",
                "runs[0].results[0].locations[0].physicalLocation.artifactLocation: uri 'a b.md' is not a URI reference",
                "runs[0].results[0].locations[0].physicalLocation.region: startLine 0 is below 1",
                "runs[0].results[0]: no partialFingerprints",
            ])
    }
}
