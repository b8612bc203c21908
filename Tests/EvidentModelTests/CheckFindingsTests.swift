import Testing

@testable import EvidentModel

/// `CheckReport.findings` walks the files' own findings: no copy of them, same order.
struct CheckFindingsTests {
    static func finding(_ path: String, _ column: Int, _ severity: Severity) -> Finding {
        Finding(
            path: path, line: 1, column: column, endLine: 1, endColumn: column + 4,
            severity: severity, rule: "disease-claim", category: .diseaseClaim,
            message: "disease claim: 'gout'", text: "gout")
    }

    /// Three files, the middle one and the last one without findings.
    static let report = CheckReport(
        files: [
            CheckedFile(
                path: "a.txt",
                findings: (1...3).map { finding("a.txt", $0, .warning) }),
            CheckedFile(path: "b.txt", findings: []),
            CheckedFile(path: "c.txt", findings: [finding("c.txt", 9, .error)]),
            CheckedFile(path: "d.txt", findings: []),
        ], rules: [])

    @Test func viewHoldsNoCopy() {
        let view = Self.report.findings
        let own = Self.report.files[0].findings.withUnsafeBufferPointer { $0.baseAddress }
        let seen = view.files[0].findings.withUnsafeBufferPointer { $0.baseAddress }
        #expect(own == seen)
    }

    @Test func walksEveryFileInOrder() {
        let view = Self.report.findings
        let all = Self.report.files.flatMap(\.findings)
        #expect(Array(view) == all)
        #expect(view.count == 4)
        #expect(Array(view.reversed()) == all.reversed())
        #expect(view.first?.column == 1)
        #expect(view.last?.path == "c.txt")
        #expect(view == CheckFindings(files: [CheckedFile(path: "x", findings: all)]))
        #expect(
            CheckReport(files: [CheckedFile(path: "e", findings: [])], rules: []).findings.isEmpty)
    }

    @Test func severityThreshold() {
        #expect(Self.report.hasFindings(atOrAbove: .error))
        #expect(Self.report.hasFindings(atOrAbove: .warning))
        let warnings = CheckReport(files: [Self.report.files[0]], rules: [])
        #expect(!warnings.hasFindings(atOrAbove: .error))
    }
}
