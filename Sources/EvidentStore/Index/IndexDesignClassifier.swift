import EvidentModel

/// How the index learns a reference's study design: from the grader's classification,
/// handed in as a ``Classify`` closure (`Evident.indexDesign()`: the policy's design rules,
/// the same ones `report` grades with), so that `refs search --design`, `suggest` and the report
/// agree. The index classifies nothing itself.
public enum IndexDesignClassifier {
    /// Maps a reference to its design.
    public typealias Classify = @Sendable (Reference) -> StudyDesign

    /// Only what the knowledge base declares (a CSL item's `custom.design`); every other
    /// reference is `unknown`. Used when no classifier is given.
    public static let declared: Classify = { $0.declaredDesign ?? .unknown }

    /// How much a design weighs when suggestions are ranked: 1.0 (meta-analysis) … 0 (unknown).
    public static func quality(of design: StudyDesign) -> Double {
        switch design {
        case .metaAnalysis: return 1.0
        case .rct: return 0.8
        case .guideline: return 0.6
        case .nonRandomisedTrial: return 0.5
        case .observational: return 0.4
        case .review: return 0.25
        case .regulatory: return 0.25
        case .caseReport: return 0.15
        case .experimental: return 0.1
        case .composition, .reference: return 0.1
        case .opinion: return 0.05
        case .notice, .unknown: return 0
        }
    }
}
