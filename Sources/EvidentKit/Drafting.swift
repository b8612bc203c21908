import EvidentCheck
import EvidentGrading
import Foundation

extension Evident {
    /// `evident new`: registers the article at `article` as document `id` of the knowledge
    /// base under `root` and drafts a claim per checkable statement (see ``ArticleDrafter``).
    /// Proposals come from the checker's tagging (``StatementTagger``) and the knowledge base's
    /// own names: the forms of its grading policy and the subjects its claims use.
    public static func draft(
        article: URL, displayPath: String, id: String, title: String?, origin: String?,
        retrieved: String, root: URL
    ) throws -> DraftReport {
        let data: Data
        do {
            data = try Data(contentsOf: article)
        } catch {
            throw KnowledgeBaseEditError.io(path: displayPath, reason: "cannot read the article")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw KnowledgeBaseEditError.io(
                path: displayPath, reason: "cannot read the article (expected UTF-8 text)")
        }
        let tagger = try StatementTagger.bundled()
        var known: [(name: String, phrases: [String])] = []
        for form in try loadPolicy(knowledgeBase: root).forms {
            known.append((form.name, form.aliases))
        }
        if FileManager.default.fileExists(atPath: root.appendingPathComponent("Claims").path) {
            let load = try KnowledgeBaseLoader().load(root: root)
            var seen = Set(known.map { $0.name.lowercased() })
            for claim in load.knowledgeBase.claims {
                for subject in claim.subjects where seen.insert(subject.lowercased()).inserted {
                    known.append((subject, []))
                }
            }
        }
        let request = ArticleDrafter.Request(
            id: id, title: title, origin: origin ?? displayPath, retrieved: retrieved, text: text)
        return try ArticleDrafter(root: root).draft(request, idStopwords: tagger.idStopwords) {
            tagger.propose($0, knownSubjects: known)
        }
    }
}
