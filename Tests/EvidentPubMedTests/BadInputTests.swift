import EvidentPubMed
import EvidentTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Every kind of bad input ends in one `path:line:col: error: …`, quickly, in bounded memory.
@Suite struct BadInputTests {
    /// A fresh temporary folder for one test.
    static func folder() throws -> URL {
        try ScratchFolder.make("evident-pubmed")
    }

    static func write(_ text: String, _ name: String) throws -> String {
        let url = try folder().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func truncatedXML() throws {
        let xml = TestSupport.set(TestSupport.article(article: "<ArticleTitle>t</ArticleTitle>"))
        let cut = String(xml.prefix(xml.count - 40))
        let error = try #require(TestSupport.error(xml: cut, path: "cut.xml"))
        #expect(
            error.description
                == "cut.xml:3:245: error: unexpected end of file inside 'PubmedData' (the file is"
                + " truncated)")
    }

    @Test func nonXMLFile() {
        let error = TestSupport.error(xml: "hello world, not xml\n", path: "notes.txt")
        #expect(
            error?.description
                == "notes.txt:1:1: error: not XML: no root element found (expected a"
                + " PubmedArticleSet document)")
    }

    @Test func wrongRootElement() {
        let error = TestSupport.error(xml: "<?xml version=\"1.0\"?>\n<html><body/></html>\n")
        #expect(
            error?.description
                == "bad.xml:2:6: error: root element is 'html' (expected 'PubmedArticleSet')")
    }

    @Test func invalidUTF8() {
        var bytes = Array("<?xml version=\"1.0\"?>\n<PubmedArticleSet><X>caf".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("</X></PubmedArticleSet>\n".utf8)
        let error = TestSupport.error {
            try PubMedReader().read(bytes: bytes, path: "latin.xml") { _ in }
        }
        #expect(
            error?.description == "latin.xml:2:25: error: invalid UTF-8 (bytes 0xFF 0xFE 0x3C 0x2F)"
        )
    }

    @Test func emptyFile() throws {
        let path = try Self.write("", "empty.xml")
        let error = TestSupport.error(path: path)
        #expect(
            error?.description
                == "\(path): error: file is empty (expected a PubmedArticleSet document)")
    }

    @Test func missingPath() {
        let error = TestSupport.error(path: "/nonexistent/evident/pubmed.xml")
        #expect(
            error?.description
                == "/nonexistent/evident/pubmed.xml: error: no such file (expected a PubMed XML"
                + " file, .xml or .xml.gz)")
    }

    @Test func directory() throws {
        let path = try Self.folder().path
        let error = TestSupport.error(path: path)
        #expect(
            error?.description
                == "\(path): error: is a directory (expected a PubMed XML file, .xml or .xml.gz)")
    }

    @Test func xxeIsRefusedAndNothingIsRead() throws {
        let secret = try Self.write("SECRET-CONTENT", "secret.txt")
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE PubmedArticleSet [
            <!ENTITY xxe SYSTEM "file://\(secret)">
            ]>
            <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article>\
            <ArticleTitle>&xxe;</ArticleTitle></Article></MedlineCitation></PubmedArticle>\
            </PubmedArticleSet>
            """
        var titles: [String?] = []
        let error = TestSupport.error {
            try PubMedReader().read(bytes: Array(xml.utf8), path: "xxe.xml") { record in
                if case .article(let reference) = record { titles.append(reference.title) }
            }
        }
        #expect(titles.isEmpty)
        #expect(
            error?.description
                == "xxe.xml:3:\(30 + secret.count): error: entity declaration 'xxe' is not"
                + " allowed (PubMed XML declares no entities; external and nested entities are"
                + " refused)")
    }

    @Test func billionLaughsIsRefusedQuickly() {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
             <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
             <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
             <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
             <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
             <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <PubmedArticleSet>&lol9;</PubmedArticleSet>
            """
        let clock = ContinuousClock()
        let start = clock.now
        let error = TestSupport.error(xml: xml, path: "lol.xml")
        #expect(clock.now - start < .seconds(2))
        #expect(
            error?.description
                == "lol.xml:3:20: error: entity declaration 'lol' is not allowed (PubMed XML"
                + " declares no entities; external and nested entities are refused)")
    }

    @Test func undefinedEntityReference() {
        let xml = TestSupport.set(
            TestSupport.article(article: "<ArticleTitle>a &nbsp; b</ArticleTitle>"))
        let error = TestSupport.error(xml: xml, path: "nbsp.xml")
        #expect(
            error?.description
                == "nbsp.xml:3:187: error: undefined entity '&nbsp;' (expected only &amp; &lt;"
                + " &gt; &quot; &apos; and numeric character references)")
    }

    @Test func hundredMegabyteTextNodeFailsFastInBoundedMemory() throws {
        let url = try Self.folder().appendingPathComponent("huge.xml")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        handle.write(
            Data(
                ("<?xml version=\"1.0\"?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation>"
                    + "<PMID>1</PMID><Article><ArticleTitle>").utf8))
        let block = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        for _ in 0..<100 { handle.write(block) }
        handle.write(
            Data(
                "</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>\n"
                    .utf8))
        try handle.close()
        let before = Self.peakResidentBytes()
        let clock = ContinuousClock()
        let start = clock.now
        let error = TestSupport.error(path: url.path)
        #expect(clock.now - start < .seconds(5))
        #expect(Self.peakResidentBytes() - before < 64 << 20)
        #expect(error?.message == "text node longer than 10000000 bytes (refusing unbounded input)")
        #expect(error?.line == 2)
        try? FileManager.default.removeItem(at: url)
    }

    @Test func truncatedGzip() throws {
        let source = TestSupport.corpus
            .appendingPathComponent("tipplerow__pubmed/test__pubmed20n0001.xml.gz")
        let data = try Data(contentsOf: source)
        let url = try Self.folder().appendingPathComponent("cut.xml.gz")
        try data.prefix(2000).write(to: url)
        let error = try #require(TestSupport.error(path: url.path))
        #expect(error.message == "gzip data is corrupt or truncated (unexpected end of file)")
    }

    @Test func mismatchedTags() {
        let xml = "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n<a></b>\n</PubmedArticleSet>\n"
        let error = TestSupport.error(xml: xml, path: "tags.xml")
        #expect(
            error?.description
                == "tags.xml:3:8: error: malformed XML: opening and ending tag mismatch: a line 3"
                + " and b")
    }

    @Test func recordWithoutPMID() {
        let xml = TestSupport.set("<PubmedArticle><MedlineCitation/></PubmedArticle>")
        let error = TestSupport.error(xml: xml, path: "nopmid.xml")
        #expect(
            error?.description
                == "nopmid.xml:3:50: error: 'PubmedArticle' has no PMID (expected"
                + " 'MedlineCitation/PMID')")
    }

    @Test func recordsBeforeAnErrorAreStillDelivered() {
        let xml = TestSupport.set(TestSupport.article(pmid: "7") + "<oops>")
        var seen: [PubMedRecord] = []
        let error = TestSupport.error {
            try PubMedReader().read(bytes: Array(xml.utf8), path: "late.xml") { seen.append($0) }
        }
        #expect(seen.count == 1)
        #expect(error != nil)
    }

    static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss * 1024
    }
}
