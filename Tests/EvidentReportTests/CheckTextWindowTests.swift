import EvidentModel
import Foundation
import Testing

@testable import EvidentReport

/// Long lines (the vitamin K2 article has 600-column paragraphs) are shown as a window around
/// the finding, with `…` where they were cut and the caret under the span.
struct CheckTextWindowTests {
    static func render(line: String, column: Int, endColumn: Int) -> String {
        let finding = Finding(
            path: "a.txt", line: 1, column: column, endLine: 1, endColumn: endColumn,
            severity: .error, rule: "disease-claim", category: .diseaseClaim,
            message: "disease claim: 'gout'", text: "gout")
        let report = CheckReport(
            files: [CheckedFile(path: "a.txt", findings: [finding], lines: [1: line])], rules: [])
        return CheckTextReporter.render(report, toolVersion: "0")
    }

    @Test func middleOfALongLineIsAWindowWithEllipses() throws {
        let line = String(repeating: "a", count: 300) + "gout" + String(repeating: "b", count: 296)
        let lines = Self.render(line: line, column: 301, endColumn: 304)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "a.txt:1:301: error: disease claim: 'gout' [disease-claim]")
        let expectedText =
            "…" + String(repeating: "a", count: 58) + "gout" + String(repeating: "b", count: 58)
            + "…"
        #expect(lines[1] == expectedText)
        #expect(lines[2] == String(repeating: " ", count: 59) + "^~~~")
        let caret = try #require(lines[2].firstIndex(of: "^"))
        let offset = lines[2].distance(from: lines[2].startIndex, to: caret)
        #expect(Array(lines[1])[offset..<(offset + 4)] == Array("gout")[...])
    }

    @Test func startOfALongLineIsCutOnlyAtTheEnd() {
        let line = "gout " + String(repeating: "x", count: 200)
        let out = Self.render(line: line, column: 1, endColumn: 4)
        #expect(
            out == """
                a.txt:1:1: error: disease claim: 'gout' [disease-claim]
                gout \(String(repeating: "x", count: 115))…
                ^~~~
                1 error, 0 warnings, 0 infos in 1 file

                """)
    }

    @Test func endOfALongLineIsCutOnlyAtTheStart() {
        let line = String(repeating: "x", count: 200) + " gout"
        let lines = Self.render(line: line, column: 202, endColumn: 205)
            .split(separator: "\n").map(String.init)
        #expect(lines[1] == "…" + String(repeating: "x", count: 115) + " gout")
        #expect(lines[2] == String(repeating: " ", count: 117) + "^~~~")
    }

    @Test func shortLinesAreShownWhole() {
        let out = Self.render(line: "Cures gout.", column: 7, endColumn: 10)
        #expect(out.contains("\nCures gout.\n      ^~~~\n"))
    }
}
