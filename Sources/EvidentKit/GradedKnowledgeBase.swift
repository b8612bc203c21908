import Foundation

extension Evident {
    /// A knowledge base graded the way `evident report` grades it, with the problems it has.
    public struct GradedKnowledgeBase: Sendable {
        /// The knowledge base as loaded (through the index when one is fresh; references
        /// limited to the cited ones then).
        public var knowledgeBase: KnowledgeBase
        /// The graded report, reviews checked against the evidence now.
        public var report: EvidenceReport
        /// Why the index could not be used (if so), the loader's errors, then the reviews'
        /// problems (`path:line:col: error: …`).
        public var problems: [String]
    }

    /// Loads the knowledge base under `root`, its policy and the index's news about cited
    /// PubMed records (`indexPath`, see ``IndexLocation``), and grades it — what
    /// `evident report` and `evident serve` show. Throws when the knowledge base, its policy or
    /// its index cannot be read.
    public static func grade(
        knowledgeBaseAt root: URL, indexPath: String?, generatedAt: String
    ) throws -> GradedKnowledgeBase {
        // Through the SQLite index when one exists (same answers, faster on large bases).
        var fallbacks: [String] = []
        let (knowledgeBase, diagnostics) = try loadKnowledgeBase(
            at: root, indexPath: indexPath, citedReferencesOnly: true,
            indexFallback: { fallbacks.append($0) })
        var problems = fallbacks
        problems += diagnostics.filter { $0.severity == .error }.map { $0.description }
        let policy = try loadPolicy(knowledgeBase: root)
        problems += Grader(policy: policy).reviewProblems(in: knowledgeBase).map {
            $0.description
        }
        // Retractions and new versions imported into the index make reviews stale.
        let updates = try referenceUpdates(for: knowledgeBase, root: root, indexPath: indexPath)
        let report = report(
            kb: knowledgeBase, policy: policy, generatedAt: generatedAt, updates: updates)
        return GradedKnowledgeBase(knowledgeBase: knowledgeBase, report: report, problems: problems)
    }
}
