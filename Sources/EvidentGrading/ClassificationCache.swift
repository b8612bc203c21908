import EvidentModel

/// Classifications already made during one grading run, by the key the reference was cited
/// under: a reference cited by many claims is classified once. Within a run every key names
/// one reference (the knowledge base's), so the key alone identifies the classification.
struct ClassificationCache {
    /// The classifier that fills the cache.
    let classifier: ReferenceClassifier
    private var known: [ReferenceKey: ReferenceClassification] = [:]

    /// Creates an empty cache with room for `capacity` keys.
    init(classifier: ReferenceClassifier, capacity: Int = 0) {
        self.classifier = classifier
        known.reserveCapacity(capacity)
    }

    /// The classification of `reference`, cited as `key`.
    mutating func classify(
        _ reference: Reference, as key: ReferenceKey
    ) -> ReferenceClassification {
        if let classification = known[key] { return classification }
        let classification = classifier.classify(reference)
        known[key] = classification
        return classification
    }
}
