import EvidentModel

/// What `evident new` did: the files it wrote and what it left alone.
public struct DraftReport: Sendable {
    /// What happened to `_document.yaml`.
    public enum DocumentChange: String, Sendable {
        /// Written for the first time.
        case created
        /// Its text was replaced (the article changed) and/or non-claims were added.
        case updated
        /// Left as it was.
        case unchanged
    }

    /// `Claims/<id>/_document.yaml`.
    public var documentPath: String
    /// What happened to it.
    public var document: DocumentChange
    /// Whether the document's text changed (an article re-read with new content).
    public var textChanged: Bool
    /// Non-claims added: text and reason.
    public var nonClaims: [(text: String, reason: String)]
    /// Draft claim files written: path and claim.
    public var drafts: [(path: String, claim: Claim)]
    /// Statements already covered by a claim or a non-claim (left alone).
    public var kept: Int
    /// Claim files whose computed `position` was rewritten (the text moved under the quote, or
    /// an editor changed the quote).
    public var moved: [String]
    /// Claims whose quote is no longer in the article (to edit or delete by hand).
    public var lost: [String]
}
