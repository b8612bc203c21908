import ArgumentParser
import EvidentKit
import EvidentStore
import Foundation

/// `evident suggest`: candidate references for a claim from the index.
struct SuggestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Suggest candidate references for a claim from the index.",
        discussion: """
            Claims come from the knowledge base (--kb), whose copy in the index is refreshed \
            when its files changed. Searches the index for any word of the claim's statement, \
            keywords, subjects and outcome; ranks by bm25 weighted by design (meta-analyses and trials first); leaves \
            out retracted references; marks the ones the claim already cites.
            """)

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @OptionGroup var index: IndexOptions

    @Option(help: "At most this many suggestions (1 to \(IndexSearch.maximumLimit)).")
    var limit = 10

    @Option(
        help: """
            Output format: \(SuggestFormat.valueList) (text with the `evident cite` line of \
            each; keys: one reference key per line; cite: a file for `evident cite CLAIM \
            --from FILE`, a `REF --stance STANCE` line per citable candidate).
            """)
    var format: SuggestFormat = .text

    @Argument(help: ArgumentHelp("The claim's id.", valueName: "claim-id"))
    var claimID: String

    func validate() throws {
        try OptionRange.check(limit, in: 1...IndexSearch.maximumLimit, option: "--limit")
    }

    func run() async throws {
        let path = knowledgeBase.indexPath(index)
        let search = try IndexCommandSupport.openSearch(path, knowledgeBase: knowledgeBase.path)
        let claim: Claim
        do {
            // Bring the index's copy of the knowledge base up to date (a no-op when fresh).
            let root = knowledgeBase.root
            let claims = root.appendingPathComponent("Claims").path
            if FileManager.default.fileExists(atPath: claims) {
                try IndexKnowledgeBaseLoader(root: root.path, indexPath: path)
                    .refresh { try Evident.loadKnowledgeBase(at: root) }
            }
            guard let found = try IndexKnowledgeBase(index: search.index).claim(claimID) else {
                throw IndexError.unknownClaim(claimID)
            }
            claim = found
        } catch {
            IndexCommandSupport.printError("\(error)")
            throw ExitCode(2)
        }
        let hits: [IndexSearchHit]
        do {
            hits = try search.suggest(for: claim, limit: limit)
        } catch {
            IndexCommandSupport.printError("\(error)")
            throw ExitCode(2)
        }
        switch format {
        case .text:
            print("\(claim.id): \(claim.statement)")
            if hits.isEmpty { print("no candidate reference in the index") }
            for (rank, hit) in hits.enumerated() {
                print(IndexCommandSupport.line(hit, rank: rank + 1))
                guard hit.cited != true else { continue }
                if hit.source == IndexKnowledgeBase.source {
                    let option = knowledgeBase.kb.map { $0 == "." ? "" : " --kb \($0)" } ?? ""
                    print("   evident cite\(option) \(claim.id) \(hit.key) --stance STANCE")
                } else {
                    print(
                        "   (imported, not in Sources-Refs/: add its PubMed record there to cite it)"
                    )
                }
            }
            if hits.contains(where: { $0.cited != true }) {
                print("STANCE: supports, contradicts, null, mixed or background")
            }
        case .json:
            try IndexCommandSupport.printJSON(
                IndexSearchOutput(
                    claim: claim.id.rawValue, query: claim.statement, results: hits))
        case .keys:
            for hit in hits { print(hit.key) }
        case .cite:
            let option = knowledgeBase.kb.map { $0 == "." ? "" : " --kb \($0)" } ?? ""
            print("# \(claim.id): \(claim.statement)")
            print(
                "# Choose each STANCE (supports, contradicts, null, mixed, background), delete the "
                    + "lines not to cite, then: evident cite\(option) \(claim.id) --from FILE")
            for (rank, hit) in hits.enumerated() {
                var title = (hit.title ?? "(no title)").split(whereSeparator: \.isNewline)
                    .joined(separator: " ")
                if let year = hit.year { title += " (\(year))" }
                let about = "\(rank + 1). \(hit.design.rawValue): \(title)"
                if hit.cited == true {
                    print("# \(hit.key): cited already. \(about)")
                } else if hit.source != IndexKnowledgeBase.source {
                    print("# \(hit.key): imported, not in Sources-Refs/. \(about)")
                } else {
                    print("\(hit.key) --stance STANCE  # \(about)")
                }
            }
        }
    }
}
