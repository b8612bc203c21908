import EvidentModel

/// Renders a finished check report in one format. Reporters never re-check.
public protocol CheckReporter {
    /// The format's id (`text`, `json`, `sarif`).
    static var identifier: String { get }
    /// The whole output, ending with a newline; throws ``ReportError`` when it cannot be
    /// written.
    static func render(_ report: CheckReport, toolVersion: String) throws -> String
    /// The same output as ``render(_:toolVersion:)``, handed to `output` in pieces of about
    /// ``CheckReporterOutput/pieceBytes`` as it is written: a report of a long file, with
    /// tens of thousands of findings, is never held whole.
    static func write(
        _ report: CheckReport, toolVersion: String, to output: inout some TextOutputStream
    ) throws
}
