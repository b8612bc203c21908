/// A condition phrase found in a sequence of words.
public struct ConditionMatch: Hashable, Sendable {
    /// The first word (index into the words that were searched).
    public let start: Int
    /// Just past the last word.
    public let end: Int
    /// What was recognised.
    public let concept: ConditionConcept

    /// Creates a match.
    public init(start: Int, end: Int, concept: ConditionConcept) {
        self.start = start
        self.end = end
        self.concept = concept
    }
}
