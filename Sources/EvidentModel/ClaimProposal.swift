/// What `evident new` proposes for a statement it drafts a claim for: an editor checks it.
public struct ClaimProposal: Hashable, Sendable {
    /// The proposed category.
    public var category: ClaimCategory
    /// The outcome the statement speaks of, when one was recognised.
    public var outcome: Outcome?
    /// What the statement is about (substances, forms), as written or as the knowledge base
    /// names them.
    public var subjects: [String]

    /// Creates a proposal.
    public init(category: ClaimCategory, outcome: Outcome? = nil, subjects: [String] = []) {
        self.category = category
        self.outcome = outcome
        self.subjects = subjects
    }
}
