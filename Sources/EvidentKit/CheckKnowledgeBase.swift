import Foundation

extension Evident {
    /// The graded claims `evident check` matches copy against: the knowledge base at `kb` or,
    /// without `kb`, the current folder's when it holds `Claims/`; none otherwise.
    ///
    /// Loads the knowledge base — through the SQLite index when one exists (`indexPath`, else
    /// `$EVIDENT_INDEX`, else `<kb>/.evident/index.sqlite`; same answers as the files) — and
    /// returns its claims (in id order), each graded with the knowledge base's policy
    /// (`Claims/policy.yaml` or the default) when a sentence first matches it, with the
    /// knowledge base's diagnostics (for the caller to show). An index that cannot be used is
    /// said through `indexFallback`. Throws when `kb` is not a readable knowledge base.
    public static func checkClaims(
        kb: String?, indexPath: String? = nil, indexFallback: (String) -> Void
    ) throws -> (claims: GradedClaims, diagnostics: [Diagnostic]) {
        let root: URL
        if let kb {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: kb, isDirectory: &isDirectory),
                isDirectory.boolValue
            else {
                throw KnowledgeBaseError.unreadable(path: kb, reason: "no such folder")
            }
            root = URL(fileURLWithPath: kb, isDirectory: true)
        } else {
            root = currentDirectory
            let claims = root.appendingPathComponent("Claims").path
            guard FileManager.default.fileExists(atPath: claims) else {
                return (GradedClaims([]), [])
            }
        }
        // The policy first (its error still comes after the knowledge base's): it says which
        // abstracts grading reads. From the index, as for `evident report`, only what grading
        // reads is loaded: the references claims cite, the abstracts it may read, no source
        // documents (the same grades, faster on a knowledge base with many imported records).
        // Kept as decoded in `<kb>/.evident/policy.cache` (a knowledge base with `Claims/`).
        let cache =
            FileManager.default.fileExists(atPath: root.appendingPathComponent("Claims").path)
            ? root.appendingPathComponent(".evident", isDirectory: true) : nil
        let policyRead = Result { try loadPolicy(knowledgeBase: root, cache: cache) }
        let (knowledgeBase, diagnostics) = try loadKnowledgeBase(
            at: root, indexPath: indexPath, citedReferencesOnly: true,
            abstracts: (try? policyRead.get()).map(abstractsGradingReads), documents: false,
            indexFallback: indexFallback)
        let grader = Grader(policy: try policyRead.get())
        let references = knowledgeBase.references
        // The order and the grading of `report(kb:policy:generatedAt:)`, claim by claim.
        let claims = GradedClaims(claims: knowledgeBase.claims.sorted { $0.id < $1.id }) {
            grader.assess($0, references: references)
        }
        return (claims, diagnostics)
    }

    /// Where `evident check` keeps the claim index of the knowledge base at `kb` (else the
    /// current folder's) between runs: `<kb>/.evident/claim-index.cache`.
    public static func claimIndexCache(kb: String?) -> ClaimIndexCache {
        ClaimIndexCache.knowledgeBase(
            kb.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? currentDirectory)
    }
}
