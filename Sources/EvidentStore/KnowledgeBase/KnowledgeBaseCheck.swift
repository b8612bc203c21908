import EvidentModel
import Foundation

/// One check of `evident validate`: a stable id, what it finds, and how. Its passing and
/// failing examples — both its documentation and its test — are data
/// (``CheckExamples``, `Examples/check-examples.yaml`).
public struct KnowledgeBaseCheck: Sendable {
    /// Stable kebab-case id, printed after each finding (`[unresolved-citation]`).
    public let id: String
    /// How serious its findings are.
    public let severity: Severity
    /// What it finds, one sentence.
    public let summary: String
    /// The check itself; `nil` for checks made while reading files (syntax and schema).
    let run: (@Sendable (KnowledgeBaseLoad) -> [Diagnostic])?

    init(
        id: String, severity: Severity, summary: String,
        run: (@Sendable (KnowledgeBaseLoad) -> [Diagnostic])? = nil
    ) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.run = run
    }

    /// A knowledge base on which the check finds nothing, and one on which it finds exactly
    /// the failing example's diagnostics; throws when the bundled examples cannot be read.
    public func examples() throws -> (passing: CheckExample, failing: CheckExample) {
        try CheckExamples.bundled().examples(of: id)
    }
}
