/// Where a claim stands in the editor's workflow.
public enum ClaimStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Proposed by `evident new` and not yet checked by an editor: the quote is exact, the
    /// statement, category, subjects and outcome are proposals.
    case draft
}
