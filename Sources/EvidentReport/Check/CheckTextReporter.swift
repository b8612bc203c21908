import EvidentModel

/// `path:line:col: severity: message [rule-id]`, the offending line, a caret line, and a summary.
public enum CheckTextReporter: CheckReporter {
    /// `text`.
    public static let identifier = "text"

    /// Renders every finding, then `3 errors, 1 warning, 0 infos in 2 files`.
    public static func render(_ report: CheckReport, toolVersion: String) -> String {
        var out = ""
        for file in report.files {
            for finding in file.findings {
                out += "\(finding.path):\(finding.line):\(finding.column): "
                out += "\(finding.severity.rawValue): \(finding.message) [\(finding.rule)]\n"
                if let line = file.lines[finding.line] {
                    out += line + "\n"
                    out += caret(line: line, finding: finding) + "\n"
                }
            }
        }
        out += summary(report) + "\n"
        return out
    }

    /// `^~~~` under the finding's columns, keeping the line's tabs so it aligns.
    static func caret(line: String, finding: Finding) -> String {
        let scalars = Array(line.unicodeScalars)
        var caret = ""
        for index in 0..<max(0, min(finding.column - 1, scalars.count)) {
            caret += scalars[index] == "\t" ? "\t" : " "
        }
        let last = finding.endLine == finding.line ? finding.endColumn : scalars.count
        let width = max(1, min(last, scalars.count) - finding.column + 1)
        return caret + "^" + String(repeating: "~", count: width - 1)
    }

    /// `2 errors, 1 warning, 0 infos in 1 file`.
    public static func summary(_ report: CheckReport) -> String {
        let findings = report.findings
        func count(_ severity: Severity, _ noun: String) -> String {
            let n = findings.filter { $0.severity == severity }.count
            return "\(n) \(noun)\(n == 1 ? "" : "s")"
        }
        let files = report.files.count
        return "\(count(.error, "error")), \(count(.warning, "warning")), "
            + "\(count(.info, "info")) in \(files) file\(files == 1 ? "" : "s")"
    }
}
