import Foundation

extension Evident {
    /// Grades every claim of a knowledge base and wraps the result as a report.
    public static func report(
        kb: KnowledgeBase, policy: Policy = .default, generatedAt: String
    ) -> EvidenceReport {
        EvidenceReport(
            kbHash: kb.fingerprint, toolVersion: version, generatedAt: generatedAt,
            claims: Grader(policy: policy).grade(kb), documents: kb.documents)
    }

    /// Renders a report in a format; throws ``ReportError`` when it cannot be written.
    public static func render(
        _ report: EvidenceReport, format: ReportFormat, options: ReportOptions = ReportOptions()
    ) throws -> String {
        try format.reporter.generate(report, options: options)
    }

    /// True when some claim's verdict in force is `threshold` or worse (for `--fail-on`).
    public static func fails(_ report: EvidenceReport, at threshold: Verdict) -> Bool {
        report.claims.contains { $0.verdict >= threshold }
    }

    /// Whether the text report may use ANSI colour: only on a terminal, and never when
    /// `NO_COLOR` is set to a non-empty value (https://no-color.org).
    public static func useColour(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && (environment["NO_COLOR"] ?? "").isEmpty
    }
}
