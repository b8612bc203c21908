/// A run of stems read as concepts by `ConceptMatcher.read(_:)`.
struct ConceptReading: Sendable, Equatable {
    /// The concepts, in order (a word no concept covers stands for itself).
    var concepts: [String] = []
    /// Every substance named, with its broader substances.
    var substances: Set<String> = []
    /// The substance named first and its broader substances, nearest first: what the text is
    /// about. Empty when it names none.
    var subject: [String] = []
    /// True when a negation stands outside every concept phrase.
    var negated = false
    /// How many diseases or symptoms of the condition vocabulary it names.
    var conditions = 0
}
