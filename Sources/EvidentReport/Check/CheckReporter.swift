import EvidentModel

/// Renders a finished check report in one format. Reporters never re-check.
public protocol CheckReporter {
    /// The format's id (`text`, `json`, `sarif`).
    static var identifier: String { get }
    /// The whole output, ending with a newline; throws ``ReportError`` when it cannot be
    /// written.
    static func render(_ report: CheckReport, toolVersion: String) throws -> String
}
