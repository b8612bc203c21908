import EvidentModel
import Foundation

/// `{files: [{path, findings: [{line, column, end_line, end_column, severity, rule, category,
/// message, text, claim_id, verdict, certainty}]}]}`, keys sorted, absent values `null`.
public enum CheckJSONReporter: CheckReporter {
    /// `json`.
    public static let identifier = "json"

    /// The JSON document, pretty-printed with sorted keys (the layout `JSONEncoder` produces
    /// with `.sortedKeys, .prettyPrinted`, written directly because reports can hold tens of
    /// thousands of findings).
    public static func render(_ report: CheckReport, toolVersion: String) -> String {
        var out = "{\n  \"files\" : ["
        for (fileIndex, file) in report.files.enumerated() {
            out += fileIndex == 0 ? "\n" : ",\n"
            out += "    {\n      \"findings\" : ["
            for (index, f) in file.findings.enumerated() {
                out += index == 0 ? "\n" : ",\n"
                let fields: [(String, String)] = [
                    ("category", quoted(f.category.rawValue)),
                    ("certainty", f.certainty.map { quoted($0.rawValue) } ?? "null"),
                    ("claim_id", f.claimID.map { quoted($0.rawValue) } ?? "null"),
                    ("column", String(f.column)), ("end_column", String(f.endColumn)),
                    ("end_line", String(f.endLine)), ("line", String(f.line)),
                    ("message", quoted(f.message)), ("rule", quoted(f.rule)),
                    ("severity", quoted(f.severity.rawValue)), ("text", quoted(f.text)),
                    ("verdict", f.verdict.map { quoted($0.rawValue) } ?? "null"),
                ]
                out += "        {\n"
                out += fields.map { "          \"\($0.0)\" : \($0.1)" }.joined(separator: ",\n")
                out += "\n        }"
            }
            out += file.findings.isEmpty ? "\n\n      ],\n" : "\n      ],\n"
            out += "      \"path\" : \(quoted(file.path))\n    }"
        }
        out += report.files.isEmpty ? "\n\n  ]\n}\n" : "\n  ]\n}\n"
        return out
    }

    /// A JSON string literal (quotes, backslashes and control characters escaped).
    static func quoted(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            return "\"" + text + "\""
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
