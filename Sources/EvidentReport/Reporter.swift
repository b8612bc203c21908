import EvidentModel

/// Renders a finished `EvidenceReport` in one format. Reporters never re-grade: everything
/// they print comes from the report value, so the same report gives the same bytes.
public protocol Reporter {
    /// The format's id, as `--format` takes it (`text`, `html` …).
    static var identifier: String { get }
    /// One line describing the format, for listings.
    static var summary: String { get }
    /// The usual file extension (`txt`, `html` …).
    static var fileExtension: String { get }
    /// The rendered report; throws ``ReportError`` when it cannot be written.
    static func generate(_ report: EvidenceReport, options: ReportOptions) throws -> String
    /// The rendered report as UTF-8 bytes (what `generate` returns, without a `String` in
    /// between when the reporter writes bytes).
    static func generateUTF8(_ report: EvidenceReport, options: ReportOptions) throws -> [UInt8]
}

extension Reporter {
    /// The bytes of ``generate(_:options:)``.
    public static func generateUTF8(_ report: EvidenceReport, options: ReportOptions) throws
        -> [UInt8]
    {
        Array(try generate(report, options: options).utf8)
    }
}
