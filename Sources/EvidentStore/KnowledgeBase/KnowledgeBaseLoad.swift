import EvidentModel

/// Everything read from a knowledge-base folder: the model, the problems found while reading,
/// and the records the checks need.
public struct KnowledgeBaseLoad: Sendable {
    /// The knowledge base.
    public var knowledgeBase: KnowledgeBase
    /// Problems found while reading (syntax, schema, unreadable references), in file order.
    public var diagnostics: [Diagnostic]
    /// Every claim read, in file order (duplicates kept, so that a check can report them).
    public var claimRecords: [ClaimRecord]
    /// Source documents by id.
    public var documentRecords: [String: DocumentRecord]
}
