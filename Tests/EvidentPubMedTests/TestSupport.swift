import EvidentModel
import EvidentPubMed
import Foundation

/// Paths and helpers shared by the PubMed tests.
enum TestSupport {
    /// The repository root (two levels above this file's folder).
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `<repo>/../shared`.
    static let shared = repoRoot.deletingLastPathComponent().appendingPathComponent("shared")
    /// The real PubMed corpus.
    static let corpus = shared.appendingPathComponent("corpus/pubmed")
    /// This target's fixtures.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// All records of a file.
    static func records(_ path: String) throws -> [PubMedRecord] {
        var records: [PubMedRecord] = []
        try PubMedReader().read(path: path) { records.append($0) }
        return records
    }

    /// All records of a corpus file (`dir/file` as in MANIFEST.tsv).
    static func corpusRecords(_ file: String) throws -> [PubMedRecord] {
        try records(corpus.appendingPathComponent(file).path)
    }

    /// All records of an in-memory document.
    static func records(xml: String, path: String = "fixture.xml") throws -> [PubMedRecord] {
        var records: [PubMedRecord] = []
        try PubMedReader().read(bytes: Array(xml.utf8), path: path) { records.append($0) }
        return records
    }

    /// The error an in-memory document raises, if any.
    static func error(xml: String, path: String = "bad.xml") -> PubMedError? {
        error { try PubMedReader().read(bytes: Array(xml.utf8), path: path) { _ in } }
    }

    /// The error a file raises, if any.
    static func error(path: String) -> PubMedError? {
        error { try PubMedReader().read(path: path) { _ in } }
    }

    /// The PubMedError `body` throws, if any.
    static func error(_ body: () throws -> Void) -> PubMedError? {
        do {
            try body()
            return nil
        } catch let error as PubMedError {
            return error
        } catch {
            return PubMedError(path: "?", line: nil, column: nil, message: "\(error)")
        }
    }

    /// The single article/book reference of a document.
    static func reference(xml: String) throws -> Reference? {
        for record in try records(xml: xml) {
            switch record {
            case .article(let reference), .book(let reference): return reference
            case .delete: continue
            }
        }
        return nil
    }

    /// The reference with `pmid` in a corpus file.
    static func corpusReference(_ file: String, pmid: UInt64) throws -> Reference? {
        for record in try corpusRecords(file) {
            switch record {
            case .article(let reference), .book(let reference):
                if reference.pmid?.value == pmid { return reference }
            case .delete: continue
            }
        }
        return nil
    }

    /// Wraps record XML in a PubmedArticleSet (synthetic fixtures).
    static func set(_ body: String) -> String {
        "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n\(body)\n</PubmedArticleSet>\n"
    }

    /// A minimal synthetic PubmedArticle with `article` inside Article and `citation` inside
    /// MedlineCitation after Article, `data` inside PubmedData.
    static func article(
        pmid: String = "1", article: String = "", citation: String = "", data: String = ""
    ) -> String {
        """
        <PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM">\
        <PMID Version="1">\(pmid)</PMID>\
        <Article PubModel="Print"><Journal><Title>Synthetic Journal</Title></Journal>\
        \(article)</Article>\(citation)</MedlineCitation>\
        <PubmedData>\(data)</PubmedData></PubmedArticle>
        """
    }
}
