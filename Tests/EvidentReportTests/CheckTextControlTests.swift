import EvidentModel
import Foundation
import Testing

@testable import EvidentReport

/// Copy is shown as text: control and bidirectional characters of the copy never reach the
/// terminal raw, and the caret still sits under the finding.
struct CheckTextControlTests {
    @Test func controlCharactersOfTheCopyAreShownAsReplacementCharacters() {
        let line = "\u{1B}[2J\u{0}It \u{202E}cures gout\tfast"
        let finding = Finding(
            path: "a\u{1B}.txt", line: 1, column: 15, endLine: 1, endColumn: 18,
            severity: .error, rule: "disease-claim", category: .diseaseClaim,
            message: "disease claim: 'gout'", text: "gout")
        let report = CheckReport(
            files: [CheckedFile(path: "a.txt", findings: [finding], lines: [1: line])], rules: [])
        let lines = CheckTextReporter.render(report, toolVersion: "0")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "a\\u{1B}.txt:1:15: error: disease claim: 'gout' [disease-claim]")
        #expect(lines[1] == "\u{FFFD}[2J\u{FFFD}It \u{FFFD}cures gout\tfast")
        #expect(lines[2] == String(repeating: " ", count: 14) + "^~~~")
        #expect(
            !lines.joined().unicodeScalars.contains {
                $0.properties.generalCategory == .control && $0 != "\t"
            })
    }

    @Test func manyFindingsOnOneLongLineShareOneConversion() {
        // 20,000 findings on a 1 MB line: each shown as its own window.
        let unit = "cures gout and "
        let line = String(repeating: unit, count: 70_000)
        let findings = (0..<20_000).map { number in
            Finding(
                path: "a.txt", line: 1, column: number * unit.count + 7, endLine: 1,
                endColumn: number * unit.count + 10, severity: .error, rule: "disease-claim",
                category: .diseaseClaim, message: "disease claim: 'gout'", text: "gout")
        }
        let report = CheckReport(
            files: [CheckedFile(path: "a.txt", findings: findings, lines: [1: line])], rules: [])
        let lines = CheckTextReporter.render(report, toolVersion: "0").split(separator: "\n")
        #expect(lines.count == 3 * 20_000 + 1)
        #expect(lines.dropFirst().striding(by: 3).allSatisfy { $0.contains("gout") })
    }
}

extension Collection {
    fileprivate func striding(by step: Int) -> [Element] {
        enumerated().filter { $0.offset % step == 0 }.map(\.element)
    }
}
