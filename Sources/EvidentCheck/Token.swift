/// A word of checked text: its stem and where it sits in the plain text.
public struct Token: Hashable, Sendable {
    /// The normalised form (lowercased, stemmed).
    public var term: String
    /// Offset of the first scalar in the plain text.
    public var start: Int
    /// Offset just past the last scalar in the plain text.
    public var end: Int
    /// Whether the word was written as a possessive ("Alzheimer's"; the term drops the `'s`).
    public var isPossessive: Bool
    /// Whether the word is a piece of a camel-case name ("Lupus" of "LupusLift").
    public var isNamePiece: Bool
    /// Whether the word is, or is a piece of, a hashtag ("#covid19").
    public var isHashtag: Bool
    /// Whether the word is (a piece of) a coined product name built on a condition's name
    /// ("HyperTensa Relief", "Diabetix tablets").
    public var isCoinedName: Bool

    /// Creates a token.
    public init(
        term: String, start: Int, end: Int, isPossessive: Bool = false,
        isNamePiece: Bool = false, isHashtag: Bool = false, isCoinedName: Bool = false
    ) {
        self.term = term
        self.start = start
        self.end = end
        self.isPossessive = isPossessive
        self.isNamePiece = isNamePiece
        self.isHashtag = isHashtag
        self.isCoinedName = isCoinedName
    }
}
