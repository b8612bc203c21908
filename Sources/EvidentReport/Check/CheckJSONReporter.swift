import EvidentModel
import Foundation

/// `{files: [{path, findings: [{line, column, end_line, end_column, severity, rule, category,
/// message, text, claim_id, verdict, certainty}]}]}`, keys sorted, absent values `null`.
public enum CheckJSONReporter: CheckReporter {
    /// `json`.
    public static let identifier = "json"

    struct Output: Encodable {
        var files: [File]
    }

    struct File: Encodable {
        var path: String
        var findings: [Item]
    }

    struct Item: Encodable {
        var finding: Finding

        enum CodingKeys: String, CodingKey {
            case line, column, severity, rule, category, message, text, verdict, certainty
            case endLine = "end_line"
            case endColumn = "end_column"
            case claimID = "claim_id"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(finding.line, forKey: .line)
            try c.encode(finding.column, forKey: .column)
            try c.encode(finding.endLine, forKey: .endLine)
            try c.encode(finding.endColumn, forKey: .endColumn)
            try c.encode(finding.severity, forKey: .severity)
            try c.encode(finding.rule, forKey: .rule)
            try c.encode(finding.category, forKey: .category)
            try c.encode(finding.message, forKey: .message)
            try c.encode(finding.text, forKey: .text)
            try c.encode(finding.claimID, forKey: .claimID)
            try c.encode(finding.verdict, forKey: .verdict)
            try c.encode(finding.certainty, forKey: .certainty)
        }
    }

    /// The JSON document, pretty-printed with sorted keys.
    public static func render(_ report: CheckReport, toolVersion: String) -> String {
        let output = Output(
            files: report.files.map { file in
                File(path: file.path, findings: file.findings.map(Item.init))
            })
        return CheckEncoding.json(output)
    }
}
