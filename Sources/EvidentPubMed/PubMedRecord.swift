import EvidentModel

/// One record under a `PubmedArticleSet` root.
public enum PubMedRecord: Hashable, Sendable {
    /// A `PubmedArticle`.
    case article(Reference)
    /// A `PubmedBookArticle`.
    case book(Reference)
    /// One PMID of a `DeleteCitation` block.
    case delete(PMID)
}
