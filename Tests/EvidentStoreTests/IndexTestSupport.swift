import EvidentGrading
import EvidentModel
import EvidentPubMed
import EvidentTestSupport
import Foundation

@testable import EvidentStore

/// Builders and helpers shared by the index tests.
enum IndexTestSupport {
    /// A PubMed article record.
    static func article(
        _ pmid: UInt64, version: Int = 1, title: String, abstract: String = "",
        types: [String] = ["Journal Article"], mesh: [String] = [], doi: String? = nil,
        year: Int = 2020, links: [CommentsCorrection] = []
    ) -> Reference {
        let id = PMID.literal(pmid)
        return Reference(
            key: ReferenceKey(pmid: id), origin: .pubmedArticle, pmid: id, version: version,
            title: title, abstract: abstract.isEmpty ? [] : [AbstractSection(text: abstract)],
            authors: [Author(last: "Knapen", fore: "Marjo", initials: "MH")],
            journal: Journal(
                title: "Osteoporosis International", isoAbbreviation: "Osteoporos Int"),
            pubDate: PubDate(year: year), doi: doi,
            publicationTypes: types.map { PublicationType(name: $0) },
            mesh: mesh.map {
                MeshHeading(descriptor: $0, qualifiers: [.init(name: "drug therapy")])
            },
            commentsCorrections: links)
    }

    /// The grader's design classification with the bundled policy: what the CLI hands the index.
    static func graderDesign() throws -> IndexDesignClassifier.Classify {
        let classifier = ReferenceClassifier(policy: try Policy.bundled())
        return { classifier.classify($0).design }
    }

    /// Unrelated articles (PMIDs from 900 on), so that bm25's document frequencies resemble a
    /// real corpus: a term found in most documents of a tiny index scores nothing.
    static func filler(_ count: Int = 20) -> [PubMedRecord] {
        let topics = [
            "asthma inhaler", "migraine aura", "sepsis lactate", "gout urate",
            "acne isotretinoin",
        ]
        return (0..<count).map {
            .article(
                article(
                    UInt64(900 + $0), title: "Study of \(topics[$0 % topics.count])",
                    abstract: "Outcomes of \(topics[$0 % topics.count]) in clinic \($0)."))
        }
    }

    /// A temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// An importer whose "files" are named record lists; a name in `failing` throws a
    /// `PubMedError` after handing over its records (a file truncated at the end).
    static func importer(
        _ index: IndexDatabase, files: [String: [PubMedRecord]], failing: Set<String> = []
    ) -> IndexImporter {
        IndexImporter(index: index) { path, body in
            guard let records = files[path] else {
                throw PubMedError(
                    path: path, line: nil, column: nil,
                    message: "no such file")
            }
            for record in records { try body(record) }
            if failing.contains(path) {
                throw PubMedError(
                    path: path, line: 9, column: 1,
                    message: "premature end of data in tag 'PubmedArticleSet'")
            }
        }
    }

    /// `<repo root>/Tests/EvidentStoreTests/Fixtures/index/<name>`.
    static func fixture(_ name: String, file: String = #filePath) -> String {
        URL(fileURLWithPath: file).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/index/\(name)").path
    }

}
