/// What the index's imported PubMed files say about a reference now: its latest version and
/// whether it was retracted, corrected or put under an expression of concern. Reviews compare
/// it with what they signed.
public struct ReferenceUpdate: Hashable, Sendable, Codable {
    /// The latest version imported (`PMID@Version`).
    public var version: Int
    /// The imported record is retracted.
    public var retracted: Bool
    /// An erratum or correction was published.
    public var corrected: Bool
    /// An expression of concern was published.
    public var concern: Bool

    /// Creates an update.
    public init(
        version: Int, retracted: Bool = false, corrected: Bool = false, concern: Bool = false
    ) {
        self.version = version
        self.retracted = retracted
        self.corrected = corrected
        self.concern = concern
    }
}
