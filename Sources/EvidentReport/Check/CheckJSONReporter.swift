import EvidentModel

/// `{files: [{path, findings: [{line, column, end_line, end_column, severity, rule, category,
/// message, text, claim_id, verdict, certainty, matched}]}]}`, keys sorted, absent values
/// `null` (`matched`: the concepts the copy and the claim share, why the claim matched).
public enum CheckJSONReporter: CheckReporter {
    /// `json`.
    public static let identifier = "json"

    /// The JSON document, pretty-printed with sorted keys (the layout `JSONEncoder` produces
    /// with `.sortedKeys, .prettyPrinted`, written in one pass by ``JSONWriter`` because reports
    /// can hold tens of thousands of findings).
    public static func render(_ report: CheckReport, toolVersion: String) -> String {
        var out = ""
        write(report, toolVersion: toolVersion, to: &out)
        return out
    }

    /// ``render(_:toolVersion:)`` in pieces.
    public static func write(
        _ report: CheckReport, toolVersion: String, to output: inout some TextOutputStream
    ) {
        var json = JSONWriter(capacity: CheckReporterOutput.pieceBytes + 4_096)
        json.beginObject()
        json.key(fixed: "files")
        json.beginArray()
        for file in report.files {
            json.beginObject()
            json.key(fixed: "findings")
            json.beginArray()
            for f in file.findings {
                json.beginObject()
                json.key(fixed: "category")
                json.value(f.category.rawValue)
                json.key(fixed: "certainty")
                json.value(f.certainty?.rawValue)
                json.key(fixed: "claim_id")
                json.value(f.claimID?.rawValue)
                json.key(fixed: "column")
                json.value(f.column)
                json.key(fixed: "end_column")
                json.value(f.endColumn)
                json.key(fixed: "end_line")
                json.value(f.endLine)
                json.key(fixed: "line")
                json.value(f.line)
                json.key(fixed: "matched")
                if let matched = f.matched { json.value(matched) } else { json.null() }
                json.key(fixed: "message")
                json.value(f.message)
                json.key(fixed: "rule")
                json.value(f.rule)
                json.key(fixed: "severity")
                json.value(f.severity.rawValue)
                json.key(fixed: "text")
                json.value(f.text)
                json.key(fixed: "verdict")
                json.value(f.verdict?.rawValue)
                json.endObject()
                if json.bytes.count >= CheckReporterOutput.pieceBytes {
                    CheckReporterOutput.hand(json.bytes, to: &output)
                    json.removeAllBytes()
                }
            }
            json.endArray()
            json.key(fixed: "path")
            json.value(file.path)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.endLine()
        CheckReporterOutput.hand(json.bytes, to: &output)
    }
}
