import EvidentModel
import Foundation

/// The machine-readable report: `{kb_hash, tool_version, generated_at, summary, claims}`,
/// keys sorted, two-space indentation. Other tools rely on its shape.
public enum JSONReporter: Reporter {
    /// `json`.
    public static let identifier = "json"
    /// Description.
    public static let summary =
        "machine-readable report (kb_hash, summary, claims, steps, citations)"
    /// `json`.
    public static let fileExtension = "json"

    /// Renders the JSON document: the bytes `encode(_:)` would produce, written in one pass.
    public static func generate(_ report: EvidenceReport, options: ReportOptions) -> String {
        var bytes = JSONReport(report).written()
        bytes.append(0x0A)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8)
        else { return "{}\n" }
        return text + "\n"
    }
}
