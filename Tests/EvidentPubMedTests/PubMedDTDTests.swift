import EvidentPubMed
import Foundation
import Testing

/// PubMed XML checked against NLM's DTD, bundled and never fetched.
@Suite("PubMed DTD validation")
struct PubMedDTDTests {
    static func write(_ xml: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-dtd-\(UUID().uuidString).xml")
        try Data(xml.utf8).write(to: url)
        return url
    }

    /// A complete record (as `xmllint --dtdvalid pubmed_250101.dtd` accepts it).
    static let valid = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">
        <PubmedArticleSet>
          <PubmedArticle>
            <MedlineCitation Status="PubMed-not-MEDLINE" Owner="NLM">
              <PMID Version="1">1</PMID>
              <Article PubModel="Print">
                <Journal>
                  <JournalIssue CitedMedium="Print"><PubDate><Year>2000</Year></PubDate></JournalIssue>
                  <Title>A journal</Title>
                </Journal>
                <ArticleTitle>A title.</ArticleTitle>
                <Pagination><MedlinePgn>1-2</MedlinePgn></Pagination>
                <Language>eng</Language>
                <PublicationTypeList>
                  <PublicationType UI="D016428">Journal Article</PublicationType>
                </PublicationTypeList>
              </Article>
              <MedlineJournalInfo><MedlineTA>J</MedlineTA></MedlineJournalInfo>
            </MedlineCitation>
            <PubmedData>
              <PublicationStatus>ppublish</PublicationStatus>
              <ArticleIdList><ArticleId IdType="pubmed">1</ArticleId></ArticleIdList>
            </PubmedData>
          </PubmedArticle>
        </PubmedArticleSet>
        """

    /// A complete record is valid, with its DOCTYPE naming NLM's https URL: the bundled DTD
    /// is used, nothing is fetched.
    @Test func aCompleteRecordIsValid() throws {
        let url = try Self.write(Self.valid)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try PubMedDTD.validate(path: url.path) == nil)
    }

    /// Real exports validate as they are: efetch answers and baseline heads (gzip), 2025 DTD.
    @Test(arguments: [
        "biopython__biopython/Entrez__pubmed1.xml", "tipplerow__pubmed/test__29355075.xml",
        "tipplerow__pubmed/test__pubmed20n0001.xml.gz",
        "Klortho__Eutils-JSON/samples__efetch.pubmedbook.xml",
    ])
    func realExportsAreValid(file: String) throws {
        #expect(
            try PubMedDTD.validate(path: TestSupport.corpus.appendingPathComponent(file).path)
                == nil)
    }

    /// A reconstruction without the parts nobody verified is named part by part.
    @Test func aPartialRecordNamesWhatItLacks() throws {
        var xml = Self.valid
        for (old, new) in [
            (" Status=\"PubMed-not-MEDLINE\" Owner=\"NLM\"", ""), (" Version=\"1\"", ""),
            ("<ArticleTitle>A title.</ArticleTitle>", ""),
            ("<Pagination><MedlinePgn>1-2</MedlinePgn></Pagination>", ""),
            ("<Language>eng</Language>", ""),
            ("<MedlineJournalInfo><MedlineTA>J</MedlineTA></MedlineJournalInfo>", ""),
            ("<PublicationStatus>ppublish</PublicationStatus>", ""),
        ] {
            xml = xml.replacingOccurrences(of: old, with: new)
        }
        let url = try Self.write(xml)
        defer { try? FileManager.default.removeItem(at: url) }
        let report = try #require(try PubMedDTD.validate(path: url.path))
        #expect(
            report.missing == [
                "ArticleTitle in Article", "Language in Article",
                "MedlineJournalInfo in MedlineCitation", "Pagination or ELocationID in Article",
                "PublicationStatus in PubmedData", "attribute Status of MedlineCitation",
                "attribute Version of PMID",
            ])
        #expect(report.other == [])
        #expect(report.line == 5)
    }

    /// An export of an older DTD (2013: DateCreated, since removed; no UI attributes yet) is
    /// named with what it lacks and libxml2's reason for the rest.
    @Test func anOlderExportIsNamedWithTheReason() throws {
        let path = TestSupport.corpus.appendingPathComponent(
            "Klortho__Eutils-JSON/samples__efetch.pubmed.xml"
        ).path
        let report = try #require(try PubMedDTD.validate(path: path))
        #expect(report.missing.contains("attribute UI of PublicationType"))
        #expect(
            report.other.first?.hasPrefix(
                "Element MedlineCitation content does not follow the DTD, expecting (PMID , ")
                == true)
        #expect(
            report.summary.hasPrefix(
                "missing attribute UI of DescriptorName, attribute UI of NameOfSubstance, "
                    + "attribute UI of PublicationType and attribute UI of QualifierName; Element "
                    + "MedlineCitation content does not follow the DTD"))
    }

    @Test func summaryListsTheParts() {
        #expect(
            PubMedDTDReport(
                missing: ["a", "b", "c"], other: [], line: nil
            ).summary == "missing a, b and c")
    }
}
