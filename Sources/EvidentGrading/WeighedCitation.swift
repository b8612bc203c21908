import EvidentModel

/// A citation with everything the claim grader needs: its reference, classification, whether
/// it counts on the claim's path, its weight and starting score, and its searchable text.
///
/// A class: the grader filters and regroups citations many times per claim, and copying a
/// reference (dozens of fields) at each step cost more than the grading itself.
final class WeighedCitation {
    /// The citation as written in the claim.
    let citation: Citation
    /// The reference, when it resolves.
    let reference: Reference?
    /// The reference's classification (an `unknown` one when it does not resolve).
    let classification: ReferenceClassification
    /// Whether it counts toward certainty and verdict.
    let counted: Bool
    /// Why it does not count, when it does not.
    let exclusion: String?
    /// Its weight in the balance of evidence.
    let weight: Double
    /// Its GRADE starting score on the claim's path.
    let start: Int
    /// Its note and title, for phrase rules.
    let text: TextMatcher

    /// Creates a weighed citation.
    init(
        citation: Citation, reference: Reference?, classification: ReferenceClassification,
        counted: Bool, exclusion: String?, weight: Double, start: Int, text: TextMatcher
    ) {
        self.citation = citation
        self.reference = reference
        self.classification = classification
        self.counted = counted
        self.exclusion = exclusion
        self.weight = weight
        self.start = start
        self.text = text
    }

    var key: ReferenceKey { citation.reference }
    var stance: Stance { citation.stance }
    var supports: Bool { stance == .supports || stance == .mixed }
}
