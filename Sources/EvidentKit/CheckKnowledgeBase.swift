import Foundation

extension Evident {
    /// The graded claims `evident check` matches copy against: the knowledge base at `kb` or,
    /// without `kb`, the current folder's when it holds `Claims/`; none otherwise.
    ///
    /// Loads the knowledge base — through the SQLite index when one exists (`indexPath`, else
    /// `$EVIDENT_INDEX`, else `<kb>/.evident/index.sqlite`; same answers as the files) —,
    /// grades it with its policy (`Claims/policy.yaml` or the default), and returns one
    /// assessment per claim. Throws when `kb` is not a readable knowledge base.
    public static func checkAssessments(
        kb: String?, indexPath: String? = nil
    ) throws -> [ClaimAssessment] {
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
            guard FileManager.default.fileExists(atPath: claims) else { return [] }
        }
        let (knowledgeBase, _) = try loadKnowledgeBase(at: root, indexPath: indexPath)
        let policy = try loadPolicy(knowledgeBase: root)
        return report(kb: knowledgeBase, policy: policy, generatedAt: "").claims
    }
}
