/// What a search found: the best hits, and whether the ranking was bounded.
public struct IndexSearchResult: Hashable, Sendable {
    /// The references, best first.
    public var hits: [IndexSearchHit]
    /// True when more references matched than ``IndexSearch/rankedMatches``: only that many,
    /// the most recently added to the index, were ranked.
    public var bounded: Bool

    /// Creates a result.
    public init(hits: [IndexSearchHit], bounded: Bool) {
        self.hits = hits
        self.bounded = bounded
    }
}
