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
        String(decoding: generateUTF8(report, options: options), as: UTF8.self)
    }

    /// The JSON document's bytes, as written (no copy through a `String`: a 10,000-claim
    /// report is some 35 MB).
    public static func generateUTF8(_ report: EvidenceReport, options: ReportOptions) -> [UInt8] {
        var bytes = JSONReport(report).written()
        bytes.append(0x0A)
        return bytes
    }

    /// The bytes of ``generateUTF8(_:options:)``, handed to `sink` in consecutive runs as they
    /// are ready (a 35 MB report goes out without being gathered into one buffer first).
    public static func write(
        _ report: EvidenceReport, options: ReportOptions, to sink: ([UInt8]) throws -> Void
    ) rethrows {
        try JSONReport(report).write(to: sink)
        try sink([0x0A])
    }

    /// `value` as pretty JSON with sorted keys and a final newline (the shape every JSON
    /// output of Evident has); throws ``ReportError/cannotEncode(reason:)`` when the encoder
    /// refuses a value.
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            throw ReportError.cannotEncode(reason: "\(error)")
        }
    }
}
