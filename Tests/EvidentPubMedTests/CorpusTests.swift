import EvidentModel
import EvidentPubMed
import Foundation
import Testing

/// One row of the corpus MANIFEST.tsv.
struct ManifestRow: CustomStringConvertible, Sendable {
    let file: String
    let articles: Int
    let books: Int
    let deletes: Int
    var description: String { file }

    /// The XML rows of MANIFEST.tsv (DTD and entity rows skipped).
    static func all() -> [ManifestRow] {
        let url = TestSupport.corpus.appendingPathComponent("MANIFEST.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var rows: [ManifestRow] = []
        // The manifest has CRLF line ends ("\r\n" is one Character in Swift).
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard columns.count > 10, columns[10] != "dtd",
                let articles = Int(columns[4]), let books = Int(columns[5]),
                let deletes = Int(columns[6])
            else { continue }
            rows.append(
                ManifestRow(
                    file: columns[0], articles: articles, books: books, deletes: deletes))
        }
        return rows
    }
}

@Test func manifestListsTheTwentySevenXMLFiles() {
    #expect(ManifestRow.all().count == 27)
}

@Test(arguments: ManifestRow.all())
func corpusFileParsesWithManifestCounts(_ row: ManifestRow) throws {
    var articles = 0
    var books = 0
    var deletes = 0
    let path = TestSupport.corpus.appendingPathComponent(row.file).path
    let summary = try PubMedReader().read(path: path) { record in
        switch record {
        case .article(let reference):
            articles += 1
            #expect(reference.origin == .pubmedArticle)
            #expect(reference.key == reference.pmid.map { ReferenceKey(pmid: $0) })
        case .book(let reference):
            books += 1
            #expect(reference.origin == .pubmedBook)
        case .delete: deletes += 1
        }
    }
    #expect(articles == row.articles)
    #expect(books == row.books)
    #expect(deletes == row.deletes)
    #expect(summary.articles == row.articles)
    #expect(summary.books == row.books)
    #expect(summary.deletes == row.deletes)
    #expect(summary.compressed == row.file.hasSuffix(".gz"))
}
