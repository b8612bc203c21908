import EvidentModel
import Foundation

/// One check of `evident validate`: a stable id, what it finds, and a passing and a failing
/// example that are both its documentation and its test.
public struct KnowledgeBaseCheck: Sendable {
    /// Stable kebab-case id, printed after each finding (`[unresolved-citation]`).
    public let id: String
    /// How serious its findings are.
    public let severity: Severity
    /// What it finds, one sentence.
    public let summary: String
    /// A knowledge base on which the check finds nothing.
    public let passing: KnowledgeBaseExample
    /// A knowledge base on which it finds exactly the example's diagnostics.
    public let failing: KnowledgeBaseExample
    /// The check itself; `nil` for checks made while reading files (syntax and schema).
    let run: (@Sendable (KnowledgeBaseLoad) -> [Diagnostic])?

    init(
        id: String, severity: Severity, summary: String, passing: KnowledgeBaseExample,
        failing: KnowledgeBaseExample, run: (@Sendable (KnowledgeBaseLoad) -> [Diagnostic])? = nil
    ) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.passing = passing
        self.failing = failing
        self.run = run
    }
}
