import EvidentModel

/// A citation with everything the claim grader needs: its reference, classification, whether
/// it counts on the claim's path, its weight and starting score, and its searchable text.
struct WeighedCitation {
    /// The citation as written in the claim.
    var citation: Citation
    /// The reference, when it resolves.
    var reference: Reference?
    /// The reference's classification (an `unknown` one when it does not resolve).
    var classification: ReferenceClassification
    /// Whether it counts toward certainty and verdict.
    var counted: Bool
    /// Why it does not count, when it does not.
    var exclusion: String?
    /// Its weight in the balance of evidence.
    var weight: Double
    /// Its GRADE starting score on the claim's path.
    var start: Int
    /// Its note and title, for phrase rules.
    var text: TextMatcher

    var key: ReferenceKey { citation.reference }
    var stance: Stance { citation.stance }
    var supports: Bool { stance == .supports || stance == .mixed }
}
