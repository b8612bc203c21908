import EvidentModel
import Foundation
import Testing

@testable import EvidentReport

/// The check reporters: text (compiler style with caret), JSON (fixed shape), SARIF 2.1.0.
struct CheckReporterTests {
    static let rule = RuleDescription(
        id: "disease-claim", market: "all", severity: .error, category: .diseaseClaim,
        message: "disease claim: '{match}'", description: "disease claim: the flagged words",
        legalBasis: "21 CFR 101.93(g)",
        passExamples: ["Supports bones."], failExamples: ["Cures gout."])

    static let report = CheckReport(
        files: [
            CheckedFile(
                path: "copy.txt",
                findings: [
                    Finding(
                        path: "copy.txt", line: 2, column: 5, endLine: 2, endColumn: 16,
                        severity: .error, rule: "disease-claim", category: .diseaseClaim,
                        message: "disease claim: 'osteoporosis'", text: "osteoporosis",
                        claimID: ClaimID("k2-prevents-osteoporosis"), verdict: .weak,
                        certainty: .low, matched: ["MESH:D010024", "prevent", "vitamin-k2"]),
                    Finding(
                        path: "copy.txt", line: 3, column: 1, endLine: 3, endColumn: 15,
                        severity: .warning, rule: "absolute-safety", category: .absoluteSafety,
                        message: "absolute safety claim: 'no side effects'",
                        text: "no side effects"),
                ],
                lines: [2: "\tIt osteoporosis cure.", 3: "No side effects at all."])
        ],
        rules: [rule])

    @Test func textIsCompilerStyleWithCaretAndSummary() {
        let text = CheckTextReporter.render(Self.report, toolVersion: "0.1.0")
        #expect(
            text == """
                copy.txt:2:5: error: disease claim: 'osteoporosis' [disease-claim]
                \tIt osteoporosis cure.
                \t   ^~~~~~~~~~~~
                copy.txt:3:1: warning: absolute safety claim: 'no side effects' [absolute-safety]
                No side effects at all.
                ^~~~~~~~~~~~~~~
                1 error, 1 warning, 0 infos in 1 file

                """)
    }

    @Test func jsonHasTheFixedShape() throws {
        let json = CheckJSONReporter.render(Self.report, toolVersion: "0.1.0")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Array(object.keys) == ["files"])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.first?["path"] as? String == "copy.txt")
        let findings = try #require(files.first?["findings"] as? [[String: Any]])
        #expect(
            Set(findings[0].keys) == [
                "line", "column", "end_line", "end_column", "severity", "rule", "category",
                "message", "text", "claim_id", "verdict", "certainty", "matched",
            ])
        #expect(findings[0]["claim_id"] as? String == "k2-prevents-osteoporosis")
        // Why the claim matched: the concepts the copy and the claim share.
        #expect(
            findings[0]["matched"] as? [String] == ["MESH:D010024", "prevent", "vitamin-k2"])
        #expect(findings[1]["matched"] is NSNull)
        #expect(findings[0]["end_column"] as? Int == 16)
        #expect(findings[1]["claim_id"] is NSNull)
        #expect(json.contains("\"category\" : \"disease-claim\""))
    }

    @Test func sarifIsVersion210WithRuleMetadata() throws {
        let sarif = try CheckSARIFReporter.render(Self.report, toolVersion: "0.1.0")
        let log = try #require(
            try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "evident")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.first?["id"] as? String == "disease-claim")
        #expect(
            (rules.first?["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error"
        )
        #expect(
            (rules.first?["shortDescription"] as? [String: Any])?["text"] as? String
                == "disease claim: the flagged words")
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2)
        #expect(results[0]["ruleIndex"] as? Int == 0)
        #expect(results[1]["ruleIndex"] == nil)
        #expect(results[1]["level"] as? String == "warning")
        let region = try #require(
            (((results[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"]
                as? [String: Any])?["region"]) as? [String: Any])
        #expect(region["startLine"] as? Int == 2)
        #expect(region["endColumn"] as? Int == 17)
        #expect(
            (results[0]["properties"] as? [String: Any])?["claimId"] as? String
                == "k2-prevents-osteoporosis")
    }

    @Test func sarifArtifactsAreRelativeToTheRoot() {
        let root = SARIFPath.directory("/work/site")
        #expect(root == SARIFPath.Directory(path: "/work/site/", uri: "file:///work/site/"))
        func location(_ path: String) -> String {
            let found = CheckSARIFReporter.artifactLocation(path, root: root)
            return "\(found.uriBaseId ?? "-") \(found.uri)"
        }
        #expect(location("copy/a b.md") == "SRCROOT copy/a%20b.md")
        #expect(location("./copy/../copy//a.md") == "SRCROOT copy/a.md")
        #expect(location("/work/site/pages/x#1.html") == "SRCROOT pages/x%231.html")
        #expect(location("/tmp/ü?.md") == "- file:///tmp/%C3%BC%3F.md")
        #expect(location("../other/a.md") == "- file:///work/other/a.md")
        #expect(location("-") == "- stdin")
        let rootless = CheckSARIFReporter.artifactLocation("a/./b.md", root: nil)
        #expect(rootless.uri == "a/b.md" && rootless.uriBaseId == nil)
    }

    @Test func sarifSnippetsComeFromTheFileAsWritten() {
        let finding = Finding(
            path: "a.html", line: 1, column: 4, endLine: 2, endColumn: 6, severity: .error,
            rule: "disease-claim", category: .diseaseClaim, message: "m",
            text: "cures gout")
        #expect(
            SARIFPath.snippet(finding, lines: [1: "It <b>cures</b>", 2: "  gout."])
                == "<b>cures</b>\n  gout")
        #expect(SARIFPath.snippet(finding, lines: [1: "It <b>cures</b>"]) == nil)
    }

    @Test func sarifFingerprintsSurviveMovedLines() throws {
        func fingerprints(_ report: CheckReport) throws -> [String] {
            let log = try #require(
                try JSONSerialization.jsonObject(
                    with: Data(try CheckSARIFReporter.render(report, toolVersion: "1").utf8))
                    as? [String: Any])
            let results = try #require(
                (log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
            return results.compactMap {
                ($0["partialFingerprints"] as? [String: String])?["evidentFindingHash/v1"]
            }
        }
        var moved = Self.report
        moved.files[0].findings = moved.files[0].findings.map {
            var finding = $0
            finding.line += 10
            finding.endLine += 10
            return finding
        }
        let before = try fingerprints(Self.report)
        #expect(before.count == 2 && Set(before).count == 2)
        #expect(before.allSatisfy { $0.count == 16 })
        #expect(try fingerprints(moved) == before)
        var twice = Self.report
        twice.files[0].findings.append(twice.files[0].findings[0])
        let repeated = try fingerprints(twice)
        #expect(Set(repeated).count == 3)
    }

    @Test func outputIsDeterministic() throws {
        let first = try CheckSARIFReporter.render(Self.report, toolVersion: "0.1.0")
        let second = try CheckSARIFReporter.render(Self.report, toolVersion: "0.1.0")
        #expect(first == second)
        #expect(CheckFormat.allCases.map(\.rawValue) == ["text", "json", "sarif"])
    }

    @Test func rulesListing() throws {
        let text = try RulesReporter.render([Self.rule], format: .text)
        #expect(
            text == """
                disease-claim (all, error, disease-claim)
                  message: disease claim: '{match}'
                  legal basis: 21 CFR 101.93(g)
                  origin: built-in
                  fail: Cures gout.
                  pass: Supports bones.

                1 rule

                """)
        #expect(try RulesReporter.render([Self.rule], format: .json).contains("\"legal_basis\""))
        #expect(
            try RulesReporter.render([Self.rule], format: .json).contains(
                "\"origin\" : \"built-in\""))
        #expect(
            RulesReporter.renderSources([
                DataSource(
                    name: "Register", publisher: "EC", version: "retrieved 2026-07-30",
                    licence: "reuse with attribution", attribution: "(c) European Union",
                    counts: ["authorised": 2, "non-authorised": 1])
            ]) == """
                Register
                  publisher: EC
                  version: retrieved 2026-07-30
                  licence: reuse with attribution
                  records: 2 authorised, 1 non-authorised
                  attribution: (c) European Union


                """)
    }
}

extension CheckReporterTests {
    /// The hand-written JSON is byte-for-byte what JSONEncoder (sorted, pretty) would produce.
    @Test func jsonMatchesJSONEncoder() throws {
        struct Item: Encodable {
            var f: Finding
            enum K: String, CodingKey {
                case line, column, severity, rule, category, message, text, verdict, certainty
                case end_line, end_column, claim_id, matched
            }
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: K.self)
                try c.encode(f.line, forKey: .line)
                try c.encode(f.column, forKey: .column)
                try c.encode(f.endLine, forKey: .end_line)
                try c.encode(f.endColumn, forKey: .end_column)
                try c.encode(f.severity, forKey: .severity)
                try c.encode(f.rule, forKey: .rule)
                try c.encode(f.category, forKey: .category)
                try c.encode(f.message, forKey: .message)
                try c.encode(f.text, forKey: .text)
                try c.encode(f.claimID, forKey: .claim_id)
                try c.encode(f.verdict, forKey: .verdict)
                try c.encode(f.certainty, forKey: .certainty)
                try c.encode(f.matched, forKey: .matched)
            }
        }
        struct File: Encodable {
            var path: String
            var findings: [Item]
        }
        struct Output: Encodable { var files: [File] }
        var report = Self.report
        report.files[0].findings[1].message = "quote \" backslash \\ tab \t newline \n bell \u{7}"
        // Every shape of `matched` (none, empty, one, several), every optional present, long
        // and non-ASCII texts, numbers of several digits (the findings are laid out by hand,
        // `FindingBytes`, not through the writer's keys).
        var more = report.files[0].findings[1]
        more.matched = []
        more.line = 1_234_567
        more.text =
            "Vitamin K2 — menaquinone-7 ✓ \u{1F600} " + String(repeating: "abc\"", count: 300)
        report.files[0].findings.append(more)
        more.matched = ["one \\ two"]
        more.claimID = ClaimID("a-claim")
        more.verdict = .supported
        more.certainty = .high
        report.files[0].findings.append(more)
        more.matched = ["a", "b", "\u{1}"]
        report.files[0].findings.append(more)
        report.files.append(
            CheckedFile(path: "second \"copy\".md", findings: [more, more], lines: [:]))
        report.files.append(CheckedFile(path: "empty.md", findings: []))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let expected = try encoder.encode(
            Output(
                files: report.files.map {
                    File(path: $0.path, findings: $0.findings.map(Item.init))
                }))
        #expect(
            CheckJSONReporter.render(report, toolVersion: "x") == String(
                decoding: expected, as: UTF8.self) + "\n")
        #expect(
            CheckJSONReporter.render(CheckReport(files: [], rules: []), toolVersion: "x")
                == String(decoding: try encoder.encode(Output(files: [])), as: UTF8.self) + "\n")
    }
}
