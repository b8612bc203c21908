import EvidentModel

/// Classifications already made during one grading run, by the key the reference was cited
/// under: a reference cited by many claims is classified once.
struct ClassificationCache {
    /// The classifier that fills the cache.
    let classifier: ReferenceClassifier
    private var known: [ReferenceKey: (Reference, ReferenceClassification)] = [:]

    /// Creates an empty cache.
    init(classifier: ReferenceClassifier) {
        self.classifier = classifier
    }

    /// The classification of `reference`, cited as `key`: from the cache when the same
    /// reference was classified under that key before.
    mutating func classify(
        _ reference: Reference, as key: ReferenceKey
    ) -> ReferenceClassification {
        if let (cached, classification) = known[key], cached == reference { return classification }
        let classification = classifier.classify(reference)
        known[key] = (reference, classification)
        return classification
    }
}
