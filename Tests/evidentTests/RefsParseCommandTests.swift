import Foundation
import Testing

/// `evident refs parse`, run as the real binary.
@Suite struct RefsParseCommandTests {
    static let sample = EvidentBinary.corpus
        .appendingPathComponent("tipplerow__pubmed/test__pubmed_sample.xml").path
    static let gzipped = EvidentBinary.corpus
        .appendingPathComponent("tipplerow__pubmed/test__pubmed20n1203.xml.gz").path

    static let keys = [
        "kind", "pmid", "version", "title", "vernacular_title", "abstract", "authors", "journal",
        "pages", "pub_date", "doi", "pmc", "publication_types", "mesh", "keywords", "languages",
        "comments_corrections", "retracted",
    ]

    static func objects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            return try #require(object as? [String: Any])
        }
    }

    @Test func jsonlHasOneObjectPerRecordWithExactlyTheDocumentedKeys() throws {
        let run = try EvidentBinary.run(["refs", "parse", Self.sample])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let objects = try Self.objects(run.stdout)
        #expect(objects.count == 10)
        for object in objects {
            #expect(Set(object.keys) == Set(Self.keys))
        }
        #expect(objects.map { $0["kind"] as? String }.filter { $0 == "delete" }.count == 3)
        // Keys come in the documented order.
        let first = try #require(run.stdout.split(separator: "\n").first)
        var position = first.startIndex
        for key in Self.keys {
            let range = try #require(first[position...].range(of: "\"\(key)\":"))
            position = range.upperBound
        }
    }

    @Test func jsonlValuesForARealRecord() throws {
        let run = try EvidentBinary.run(["refs", "parse", "--format", "jsonl", Self.sample])
        let object = try #require(try Self.objects(run.stdout).first)
        #expect(object["pmid"] as? String == "24451147")
        #expect(object["version"] as? Int == 1)
        #expect(object["vernacular_title"] is NSNull)
        #expect((object["retracted"] as? Bool) == false)
        let journal = try #require(object["journal"] as? [String: Any])
        #expect(Set(journal.keys) == ["title", "iso_abbreviation", "issn", "volume", "issue"])
        #expect(journal["iso_abbreviation"] as? String == "Carcinogenesis")
        let date = try #require(object["pub_date"] as? [String: Any])
        #expect(Set(date.keys) == ["year", "month", "day", "season", "medline_date"])
        #expect(date["year"] as? Int == 2014)
        let authors = try #require(object["authors"] as? [[String: Any]])
        #expect(
            Set(authors[0].keys)
                == ["last", "fore", "initials", "suffix", "collective", "orcid", "affiliations"])
        #expect(authors[0]["orcid"] as? String == "0000-0001-5534-7202")
        let mesh = try #require(object["mesh"] as? [[String: Any]])
        #expect(Set(mesh[0].keys) == ["descriptor", "ui", "major", "qualifiers"])
        let types = try #require(object["publication_types"] as? [[String: Any]])
        #expect(Set(types[0].keys) == ["ui", "name"])
        let abstract = try #require(object["abstract"] as? [[String: Any]])
        #expect(Set(abstract[0].keys) == ["label", "category", "text"])
    }

    @Test func deleteLinesCarryOnlyKindPMIDAndVersion() throws {
        let run = try EvidentBinary.run(["refs", "parse", Self.sample])
        let last = try #require(run.stdout.split(separator: "\n").last)
        let expected: String =
            #"{"kind":"delete","pmid":"30830055","version":1,"title":null,"#
            + #""vernacular_title":null,"abstract":[],"authors":[],"journal":null,"#
            + #""pages":null,"pub_date":null,"doi":null,"pmc":null,"#
            + #""publication_types":[],"mesh":[],"keywords":[],"languages":[],"#
            + #""comments_corrections":[],"retracted":false}"#
        #expect(String(last) == expected)
    }

    @Test func formatNonePrintsNothing() throws {
        let run = try EvidentBinary.run(["refs", "parse", "--format", "none", Self.gzipped])
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(run.stderr == "")
    }

    @Test func tableHasAHeaderAndOneLinePerRecord() throws {
        let run = try EvidentBinary.run(["refs", "parse", "--format", "table", Self.gzipped])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first == "kind\tpmid\tversion\tyear\tflags\tjournal\ttitle")
        #expect(lines.count == 1 + 10 + 23)
        #expect(lines.last?.hasPrefix("delete\t") == true)
    }

    @Test func statsGoToStandardError() throws {
        let run = try EvidentBinary.run([
            "refs", "parse", "--format", "none", "--stats", Self.sample,
        ])
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(
            run.stderr.hasPrefix(
                "evident: 1 file, 10 records (7 articles, 0 books, 3 deletes), 73280 bytes, "))
        #expect(run.stderr.contains(" MB/s, peak memory "))
        #expect(run.stderr.hasSuffix(" MiB\n"))
    }

    @Test func goodFilesAreReadAndTheExitCodeIsTwoWhenOneFails() throws {
        let missing = "/nonexistent/evident/missing.xml"
        let run = try EvidentBinary.run([
            "refs", "parse", "--format", "table", Self.sample, missing, Self.gzipped,
        ])
        #expect(run.status == 2)
        #expect(run.stdout.split(separator: "\n").count == 1 + 10 + 33)
        #expect(
            run.stderr
                == "\(missing): error: no such file (expected a PubMed XML file, .xml or .xml.gz)\n"
        )
    }

    /// A folder gives its files in NLM order: baseline files, then update files.
    @Test func aFolderIsReadInNLMOrder() throws {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, fixture) in [
            ("updatefiles/pubmed25n0001.xml", "update.xml"),
            ("baseline/pubmed25n0002.xml", "baseline.xml"),
        ] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                atPath: ImportTestSupport.fixture(fixture), toPath: url.path)
        }
        let run = try EvidentBinary.run(["refs", "parse", "--format", "table", root.path])
        #expect(run.status == 0)
        let rows = run.stdout.split(separator: "\n").dropFirst().map {
            $0.split(separator: "\t").prefix(3).joined(separator: " ")
        }
        #expect(
            rows == [
                "article 1001 1", "article 1002 1", "article 1003 1", "article 1001 1",
                "article 1002 2", "delete 1003 1",
            ])
    }

    @Test func malformedFileExitsTwoWithItsPosition() throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-cli-\(UUID().uuidString).xml")
        try Data("<?xml version=\"1.0\"?>\n<html/>\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let run = try EvidentBinary.run(["refs", "parse", url.path])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(
            run.stderr
                == "\(url.path):2:6: error: root element is 'html' (expected 'PubmedArticleSet')\n")
    }

    @Test func noFileIsAUsageError() throws {
        let run = try EvidentBinary.run(["refs", "parse"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("Missing expected argument '<file-or-folder> ...'"))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let run = try EvidentBinary.run(["refs", "parse", "--format", "xml", Self.sample])
        #expect(run.status == 64)
    }
}
