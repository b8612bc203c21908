import EvidentKit
import Foundation

/// The knowledge base behind the app, one request at a time: every page reads the files
/// (through the index when it is fresh) and grades them as `evident report` does, and every
/// action writes through the code of `evident review` and `evident cite`. Serialising them
/// means a page never sees half of another request's write.
actor KnowledgeBaseService {
    /// The knowledge-base root.
    let root: URL
    /// `--index`, else `$EVIDENT_INDEX`, else `<root>/.evident/index.sqlite`.
    let indexPath: String?
    /// For `SOURCE_DATE_EPOCH`.
    let environment: [String: String]

    /// Creates the service.
    init(root: URL, indexPath: String?, environment: [String: String]) {
        self.root = root
        self.indexPath = indexPath
        self.environment = environment
    }

    /// The knowledge base graded now.
    func graded() throws -> Evident.GradedKnowledgeBase {
        let now = ReportTimestamp.resolve(argument: nil, environment: environment)
        return try Evident.grade(
            knowledgeBaseAt: root, indexPath: indexPath,
            generatedAt: now ?? ReportTimestamp.format(Date()))
    }

    /// The version of a claim file (`path` relative to the root): what a form carries back.
    func version(ofFile path: String) throws -> String {
        do {
            return ClaimFileEditor.version(
                of: try Data(contentsOf: root.appendingPathComponent(path)))
        } catch {
            throw KnowledgeBaseEditError.io(path: path, reason: "cannot read the file")
        }
    }

    /// The date a review is signed on: `SOURCE_DATE_EPOCH`'s day, else today (UTC).
    func today() -> String {
        let now = ReportTimestamp.resolve(argument: nil, environment: environment)
        return String((now ?? ReportTimestamp.format(Date())).prefix(10))
    }

    /// `evident review`, against the version the editor saw.
    func review(_ form: ReviewForm, claim id: String) throws -> ClaimFileEditor.Edit {
        try Evident.review(
            claim: id, reviewer: form.reviewer, decision: form.decision, verdict: form.verdict,
            reason: form.reason, date: today(), root: root, indexPath: indexPath,
            expectedVersion: form.version)
    }

    /// `evident edit --status`, against the version the editor saw.
    func status(_ form: StatusForm, claim id: String) throws -> ClaimFileEditor.Edit {
        try Evident.edit(
            claim: id, change: ClaimFileEditor.Change(draft: form.draft), root: root,
            expectedVersion: form.version)
    }

    /// `evident cite`, against the version the editor saw.
    func cite(_ form: CiteForm, claim id: String) throws -> ClaimFileEditor.Edit {
        try Evident.cite(
            claim: id, reference: form.reference, stance: form.stance, note: form.note,
            appraisal: form.appraisal, root: root, expectedVersion: form.version)
    }

    /// `evident suggest`: candidate references for `claim` from the index (built from the
    /// knowledge base when there is none yet), best first.
    func suggestions(for claim: Claim, limit: Int = 8) throws -> [IndexSearchHit] {
        let path = IndexLocation.path(option: indexPath, root: root.path)
        try IndexKnowledgeBaseLoader(root: root.path, indexPath: path)
            .refresh { try Evident.loadKnowledgeBase(at: root) }
        return try IndexSearch(index: IndexDatabase(path: path)).suggest(for: claim, limit: limit)
    }
}
