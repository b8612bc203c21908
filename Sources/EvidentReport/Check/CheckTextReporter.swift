import EvidentModel

/// `path:line:col: severity: message [rule-id]`, the offending line, a caret line, and a summary.
public enum CheckTextReporter: CheckReporter {
    /// `text`.
    public static let identifier = "text"

    /// Renders every finding, then `3 errors, 1 warning, 0 infos in 2 files`.
    public static func render(_ report: CheckReport, toolVersion: String) -> String {
        var out = ""
        write(report, toolVersion: toolVersion, to: &out)
        return out
    }

    /// ``render(_:toolVersion:)`` in pieces.
    public static func write(
        _ report: CheckReport, toolVersion: String, to output: inout some TextOutputStream
    ) {
        var out = ""
        for file in report.files {
            // The scalars of the line last shown: a long line holding many findings is
            // converted once, not once per finding.
            var shownLine: (number: Int, scalars: [Unicode.Scalar])?
            for finding in file.findings {
                let location = SourceLocation(
                    path: finding.path, line: finding.line, column: finding.column)
                out += "\(location): \(finding.severity.rawValue): "
                out += "\(finding.message.escapingControlCharacters) [\(finding.rule)]\n"
                if let line = file.lines[finding.line] {
                    if shownLine?.number != finding.line {
                        shownLine = (finding.line, Array(line.unicodeScalars))
                    }
                    let shown = excerpt(scalars: shownLine?.scalars ?? [], finding: finding)
                    out += shown.text + "\n"
                    out += shown.caret + "\n"
                }
                if out.utf8.count >= CheckReporterOutput.pieceBytes {
                    output.write(out)
                    out = ""
                }
            }
        }
        out += summary(report) + "\n"
        output.write(out)
    }

    /// Lines longer than this many columns are shown as a window around the finding.
    public static let maxLineWidth = 120

    /// The line to show and its caret line. A line longer than ``maxLineWidth`` is cut to a
    /// window around the finding's span, marked `…` where it was cut; the caret sits under the
    /// span in that window (the `path:line:col` header still counts in the whole line).
    /// Control characters of the copy (but tabs) are shown as `\u{FFFD}`, one column each, so
    /// that the copy cannot drive the terminal and the caret still aligns.
    static func excerpt(scalars: [Unicode.Scalar], finding: Finding) -> (
        text: String, caret: String
    ) {
        let start = max(0, min(finding.column - 1, scalars.count))
        let last = finding.endLine == finding.line ? finding.endColumn : scalars.count
        let end = max(start + 1, min(last, scalars.count))
        guard scalars.count > maxLineWidth else {
            return (shown(scalars[...]), caret(scalars[...], from: start, to: end))
        }
        // Centre the span in the window; a span wider than the window shows its beginning.
        let context = max(0, (maxLineWidth - (end - start)) / 2)
        var from = max(0, start - context)
        let to = min(scalars.count, from + maxLineWidth)
        from = max(0, min(from, to - maxLineWidth))
        var text = ""
        if from > 0 { text.append("…") }
        text += shown(scalars[from..<to])
        if to < scalars.count { text.append("…") }
        let marker = from > 0 ? " " : ""
        let window = scalars[from..<to]
        let caretLine =
            marker + caret(window, from: start - from, to: min(end, to) - from)
        return (text, caretLine)
    }

    /// The scalars as text for a terminal: control and bidirectional-format characters, which
    /// would act on the terminal rather than show, become `\u{FFFD}` (tabs stay).
    static func shown(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = String.UnicodeScalarView()
        for scalar in scalars {
            let acts =
                scalar.value < 0x80
                ? (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
                : scalar.properties.generalCategory == .control
                    || scalar.properties.isBidiControl
            text.append(acts ? "\u{FFFD}" : scalar)
        }
        return String(text)
    }

    /// `^~~~` under `from..<to` of `scalars`, keeping their tabs so it aligns.
    static func caret(_ scalars: ArraySlice<Unicode.Scalar>, from: Int, to: Int) -> String {
        var caret = ""
        for scalar in scalars.prefix(from) { caret += scalar == "\t" ? "\t" : " " }
        return caret + "^" + String(repeating: "~", count: max(1, to - from) - 1)
    }

    /// `2 errors, 1 warning, 0 infos in 1 file`.
    public static func summary(_ report: CheckReport) -> String {
        var counts: [Severity: Int] = [:]
        for file in report.files {
            for finding in file.findings { counts[finding.severity, default: 0] += 1 }
        }
        func count(_ severity: Severity, _ noun: String) -> String {
            let n = counts[severity, default: 0]
            return "\(n) \(noun)\(n == 1 ? "" : "s")"
        }
        let files = report.files.count
        return "\(count(.error, "error")), \(count(.warning, "warning")), "
            + "\(count(.info, "info")) in \(files) file\(files == 1 ? "" : "s")"
    }
}
