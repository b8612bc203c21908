import EvidentModel

/// Derives a study design from what an index row knows: the declared design (CSL `custom`),
/// PubMed publication types, and MeSH study-type headings.
///
/// The index's own small classifier, used when no other is given: `EvidentKit` hands the index
/// the grading module's `ReferenceClassifier` instead, so that search, suggest and grading agree.
/// The order of the rules is the order of evidence strength, first match wins.
public enum IndexDesignClassifier {
    /// Maps a reference to its design.
    public typealias Classify = @Sendable (Reference) -> StudyDesign

    /// The design of a reference.
    public static func design(of reference: Reference) -> StudyDesign {
        if let declared = reference.declaredDesign { return declared }
        return design(
            publicationTypes: reference.publicationTypes.map(\.name),
            mesh: reference.mesh.map(\.descriptor))
    }

    /// The design implied by publication type names and MeSH descriptor names.
    public static func design(publicationTypes: [String], mesh: [String]) -> StudyDesign {
        let types = Set(publicationTypes)
        let headings = Set(mesh)
        if !types.isDisjoint(with: ["Meta-Analysis", "Systematic Review"]) { return .metaAnalysis }
        if !types.isDisjoint(with: [
            "Randomized Controlled Trial", "Equivalence Trial", "Pragmatic Clinical Trial",
        ]) {
            return .rct
        }
        if types.contains(where: { $0.hasPrefix("Clinical Trial") })
            || types.contains("Controlled Clinical Trial")
        {
            return .nonRandomisedTrial
        }
        if types.contains("Observational Study")
            || !headings.isDisjoint(with: [
                "Cohort Studies", "Case-Control Studies", "Cross-Sectional Studies",
                "Prospective Studies", "Retrospective Studies", "Longitudinal Studies",
            ])
        {
            return .observational
        }
        if types.contains("Case Reports") { return .caseReport }
        if !types.isDisjoint(with: [
            "Practice Guideline", "Guideline", "Consensus Development Conference",
        ]) {
            return .guideline
        }
        if types.contains("Review") || types.contains("Scoping Review") { return .review }
        if !types.isDisjoint(with: ["Editorial", "Comment", "Letter", "News", "Interview"]) {
            return .opinion
        }
        if headings.contains("In Vitro Techniques")
            || (headings.contains("Animals") && !headings.contains("Humans"))
        {
            return .experimental
        }
        return .unknown
    }

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
