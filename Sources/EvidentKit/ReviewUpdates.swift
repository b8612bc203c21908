import Foundation

extension Evident {
    /// What the index's imported PubMed files say now about the PubMed references that
    /// reviewed claims cite (a newer version, a retraction, a correction, an expression of
    /// concern); empty when there is no index at `indexPath` (else `$EVIDENT_INDEX`, else
    /// `<root>/.evident/index.sqlite`) or no claim has a review.
    public static func referenceUpdates(
        for kb: KnowledgeBase, root: URL, indexPath: String?
    ) throws -> [PMID: ReferenceUpdate] {
        var pmids: Set<PMID> = []
        for claim in kb.claims where !claim.reviews.isEmpty {
            for citation in claim.citations {
                if let pmid = kb.references[citation.reference]?.pmid { pmids.insert(pmid) }
            }
        }
        return try referenceUpdates(for: pmids, root: root, indexPath: indexPath)
    }

    /// What the index's imported PubMed files say now about `pmids` (empty without an index).
    public static func referenceUpdates(
        for pmids: Set<PMID>, root: URL, indexPath: String?
    ) throws -> [PMID: ReferenceUpdate] {
        let path = IndexLocation.path(option: indexPath, root: root.path)
        guard !pmids.isEmpty, IndexLocation.exists(path) else { return [:] }
        return try IndexReferenceUpdates.updates(for: pmids, in: IndexDatabase(path: path))
    }
}
