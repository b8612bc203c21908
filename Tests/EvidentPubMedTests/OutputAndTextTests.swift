import EvidentModel
import EvidentPubMed
import Foundation
import Testing

/// The jsonl/table renderings and the text normalisations behind them.
@Suite struct OutputAndTextTests {
    @Test func jsonLineEscapesQuotesBackslashesAndControlCharacters() throws {
        let pmid = try #require(PMID(9))
        let title = "A \"q\" \\ back\ttab\u{1} é 𝛼\u{2028}"
        let record = PubMedRecord.article(
            Reference(
                key: ReferenceKey(pmid: pmid), origin: .pubmedArticle, pmid: pmid, title: title))
        let line = record.jsonLine
        // U+2028 is valid in JSON strings: written as it is, like every non-control character.
        #expect(line.contains(#""title":"A \"q\" \\ back\ttab\u0001 é 𝛼"# + "\u{2028}\""))
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(object?["title"] as? String == title)
    }

    @Test func tabsAndLineBreaksInsideTextBecomeOneSpace() throws {
        let xml = TestSupport.set(
            TestSupport.article(article: "<ArticleTitle>back&#x9;tab\n   next  two</ArticleTitle>"))
        #expect(try TestSupport.reference(xml: xml)?.title == "back tab next  two")
    }

    @Test func jsonLineOfAnArticleIsValidJSONWithDocumentedKeyOrder() throws {
        let records = try Fixture.records("trap03-record-kinds.xml")
        let line = records[1].jsonLine
        #expect(
            line.hasPrefix(
                #"{"kind":"book","pmid":"302","version":1,"title":"Vitamin K Deficiency","#))
        #expect(line.hasSuffix(#","retracted":false}"#))
        #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
    }

    @Test func tableLineIsTabSeparatedWithRetractionFlag() throws {
        let records = try Fixture.records("trap10-retractions.xml")
        #expect(records[0].tableLine == "article\t1001\t1\t-\tR\tJ\tRetracted by type only.")
        #expect(
            PubMedRecord.delete(PMID(5)!, version: 2).tableLine == "delete\t5\t2\t-\t-\t-\t-")
    }

    @Test(
        arguments: [
            ("Jan", 1), ("01", 1), ("1", 1), ("12", 12), ("Dec", 12), ("OCT", 10), ("June", 6),
            ("Sept", 9), ("september", 9),
        ] as [(String, Int)])
    func monthsParse(_ text: String, _ month: Int) throws {
        let xml = TestSupport.set(
            TestSupport.article(
                article: "<ArticleTitle>t</ArticleTitle>",
                citation: ""
            ).replacingOccurrences(
                of: "<Journal><Title>Synthetic Journal</Title></Journal>",
                with: "<Journal><JournalIssue><PubDate><Year>2000</Year><Month>\(text)</Month>"
                    + "</PubDate></JournalIssue></Journal>"))
        let reference = try #require(try TestSupport.reference(xml: xml))
        #expect(reference.pubDate?.month == month)
    }

    @Test(arguments: ["13", "0", "Spring", "Ja", "Janx"])
    func nonMonthsAreNil(_ text: String) throws {
        let xml = TestSupport.set(
            TestSupport.article(article: "<ArticleTitle>t</ArticleTitle>").replacingOccurrences(
                of: "<Journal><Title>Synthetic Journal</Title></Journal>",
                with: "<Journal><JournalIssue><PubDate><Year>2000</Year><Month>\(text)</Month>"
                    + "</PubDate></JournalIssue></Journal>"))
        let reference = try #require(try TestSupport.reference(xml: xml))
        #expect(reference.pubDate == PubDate(year: 2000))
    }

    @Test(
        arguments: [
            ("2019 Sep-Oct", 2019), ("1998 Dec-1999 Jan", 1998), ("Summer 2001", 2001),
            ("12345 2002", 2002),
        ] as [(String, Int)])
    func medlineDateFirstYear(_ text: String, _ year: Int) throws {
        let xml = TestSupport.set(
            TestSupport.article(article: "<ArticleTitle>t</ArticleTitle>").replacingOccurrences(
                of: "<Journal><Title>Synthetic Journal</Title></Journal>",
                with: "<Journal><JournalIssue><PubDate><MedlineDate>\(text)</MedlineDate>"
                    + "</PubDate></JournalIssue></Journal>"))
        let reference = try #require(try TestSupport.reference(xml: xml))
        #expect(reference.pubDate == PubDate(year: year, medlineDate: text))
    }

    @Test func malformedORCIDIsKeptAsPrinted() throws {
        let xml = TestSupport.set(
            TestSupport.article(
                article: "<AuthorList><Author><LastName>L</LastName>"
                    + "<Identifier Source=\"ORCID\"> 0000-0002-18 </Identifier>"
                    + "</Author></AuthorList>"))
        let reference = try #require(try TestSupport.reference(xml: xml))
        #expect(reference.authors.first?.orcid == "0000-0002-18")
    }
}
