import ArgumentParser
import EvidentKit
import EvidentStore
import Foundation

/// `evident refs search`: full-text search over the reference index.
struct RefsSearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search over the reference index (titles, abstracts, MeSH).",
        discussion: """
            Every word must match (stemmed: 'fractures' finds 'fracture'); results are ranked \
            by bm25, title matches weighing most. The design comes from publication types and \
            MeSH study-type headings.
            """)

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @OptionGroup var index: IndexOptions

    @Option(
        help: ArgumentHelp(
            "Only this design: \(StudyDesign.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "design"))
    var design: String?

    @Flag(help: "Only references with the MeSH check tag Humans.")
    var humans = false

    @Option(help: "At most this many results (1 to \(IndexSearch.maximumLimit)).")
    var limit = 20

    @Option(
        help: "Output format: \(IndexOutputFormat.valueList) (keys: one reference key per line).")
    var format: IndexOutputFormat = .text

    @Argument(help: ArgumentHelp("Words to search for.", valueName: "query"))
    var query: [String]

    func validate() throws {
        if let design, StudyDesign(rawValue: design) == nil {
            let expected = StudyDesign.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("unknown design '\(design)' (expected one of: \(expected))")
        }
        try OptionRange.check(limit, in: 1...IndexSearch.maximumLimit, option: "--limit")
        let words = IndexSearch.words(query.joined(separator: " ")).count
        if words > IndexSearch.maximumQueryWords {
            throw ValidationError(
                "the query has \(words) words (expected at most \(IndexSearch.maximumQueryWords))")
        }
        if words == 0 {
            throw ValidationError(
                "the query '\(query.joined(separator: " "))' has no word to "
                    + "search for")
        }
    }

    func run() async throws {
        let text = query.joined(separator: " ")
        let search = try IndexCommandSupport.openSearch(
            knowledgeBase.indexPath(index), knowledgeBase: knowledgeBase.path)
        let hits: [IndexSearchHit]
        do {
            hits = try search.search(
                text, design: design.flatMap(StudyDesign.init(rawValue:)), humansOnly: humans,
                limit: limit)
        } catch {
            IndexCommandSupport.printError("\(error)")
            throw ExitCode(2)
        }
        switch format {
        case .text:
            if hits.isEmpty { print("no reference matches '\(text)'") }
            for (rank, hit) in hits.enumerated() {
                print(IndexCommandSupport.line(hit, rank: rank + 1))
            }
        case .json:
            try IndexCommandSupport.printJSON(
                IndexSearchOutput(query: text, results: hits))
        case .keys:
            for hit in hits { print(hit.key) }
        }
    }
}
