import EvidentKit

/// One grading step: a start, a downgrade or an upgrade, with its reason.
struct StepView: Sendable {
    /// `risk of bias` …
    var domain: String
    /// `+1`, `-1`, or the starting level.
    var change: String
    /// Why.
    var reason: String
    /// The references behind it.
    var references: String?

    /// The view of a step.
    init(_ step: GradingStep) {
        domain = step.domain.label
        change = ReportWording.change(step)
        reason = step.reason
        references =
            step.references.isEmpty
            ? nil : step.references.map(\.description).joined(separator: ", ")
    }
}
