import EvidentModel

/// One record under a `PubmedArticleSet` root.
public enum PubMedRecord: Hashable, Sendable {
    /// A `PubmedArticle`.
    case article(Reference)
    /// A `PubmedBookArticle`.
    case book(Reference)
    /// One PMID of a `DeleteCitation` block, with its `Version` (default 1): updates are keyed
    /// by PMID and Version, so a deletion removes that version of the record.
    case delete(PMID, version: Int)
}
