import EvidentModel

/// What a report calls a claim's verdict in force: the verdict, with *contradicted* as its own
/// label for an unsupported claim that good evidence shows false.
enum VerdictLabel: String, CaseIterable {
    /// Supported.
    case supported
    /// Weak.
    case weak
    /// Unsupported and not contradicted.
    case unsupported
    /// Unsupported, and good evidence shows it false.
    case contradicted

    /// The label of an assessment's verdict in force.
    init(_ assessment: ClaimAssessment) {
        switch assessment.verdict {
        case .supported: self = .supported
        case .weak: self = .weak
        case .unsupported: self = assessment.contradicted ? .contradicted : .unsupported
        }
    }

    /// `Supported`, `Weak`, `Unsupported`, `Contradicted`.
    var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
