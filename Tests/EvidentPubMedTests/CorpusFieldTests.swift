import EvidentModel
import EvidentPubMed
import Testing

/// Field-level checks on real records of the corpus (`shared/corpus/pubmed`).
@Suite struct CorpusFieldTests {
    @Test func bookRecordGeneReviews() throws {
        let book = try #require(
            try TestSupport.corpusReference(
                "Klortho__Eutils-JSON/samples__efetch.pubmedbook.xml", pmid: 20_301_295))
        #expect(book.origin == .pubmedBook)
        #expect(book.title == "GeneReviews™")
        #expect(book.pubDate == PubDate(year: 1993))
        #expect(book.languages == ["eng"])
        #expect(book.authors.isEmpty)  // the book lists editors only
        #expect(book.abstract.first?.text.hasPrefix("GeneReviews are expert-authored") == true)
    }

    @Test func medlineDateIsKeptRawWithItsFirstYear() throws {
        let reference = try #require(
            try TestSupport.corpusReference(
                "net-synergy__pubmedparser/data__pubmed21n1000.xml.gz", pmid: 31_388_337))
        #expect(reference.pubDate == PubDate(year: 2019, medlineDate: "2019 Sep-Oct"))
        let old = try #require(
            try TestSupport.corpusReference(
                "tipplerow__pubmed/test__pubmed20n0002.xml.gz", pmid: 30978))
        #expect(old.pubDate == PubDate(year: 1978, medlineDate: "1978 Sep-OCT"))
    }

    @Test func seasonIsNotAYear() throws {
        let reference = try #require(
            try TestSupport.corpusReference(
                "biopython__biopython/Entrez__pubmed1.xml", pmid: 12_091_962))
        #expect(reference.pubDate == PubDate(year: 1990, season: "Spring"))
    }

    @Test func numericMonthsBecomeOneToTwelve() throws {
        let reference = try #require(
            try TestSupport.corpusReference(
                "biopython__biopython/Entrez__pubmed4.xml", pmid: 27_797_938))
        #expect(reference.pubDate?.year == 2017)
        #expect(reference.pubDate?.month == 6)
        let other = try #require(
            try TestSupport.corpusReference(
                "tipplerow__pubmed/test__30073290.xml", pmid: 30_073_290))
        #expect(other.pubDate == PubDate(year: 2018, month: 11, day: 1))
    }

    @Test func collectiveNameAuthorAndORCIDs() throws {
        let reference = try #require(
            try TestSupport.corpusReference(
                "biopython__biopython/Entrez__pubmed7.xml", pmid: 29_963_580))
        #expect(
            reference.authors.contains {
                $0.collective == "Canadian Respiratory Research Network" && $0.last == nil
            })
        // Written as https://orcid.org/0000-0002-4590-7461 in the file.
        #expect(
            reference.authors.compactMap(\.orcid) == ["0000-0002-4590-7461", "0000-0003-3525-2788"])
        #expect(reference.doi == "10.1117/1.JMI.5.2.026002")
        #expect(reference.pmc == "PMC6022861")
    }

    @Test func orcidSpellingsFromRealFiles() throws {
        let http = try #require(
            try TestSupport.corpusReference(
                "tipplerow__pubmed/test__pubmed_sample.xml", pmid: 24_451_147))
        #expect(http.authors.first?.orcid == "0000-0001-5534-7202")  // http://orcid.org/…
        let bare = try #require(
            try TestSupport.corpusReference(
                "tipplerow__pubmed/test__32260179.xml", pmid: 32_260_179))
        #expect(bare.authors.compactMap(\.orcid).contains("0000-0002-9887-7315"))
    }

    @Test func structuredAbstractWithLabelsWithoutCategories() throws {
        let reference = try #require(
            try TestSupport.corpusReference(
                "tipplerow__pubmed/test__30073290.xml", pmid: 30_073_290))
        #expect(
            reference.abstract.map(\.label) == [
                "Importance", "Objective", "Design, Setting, and Participants", "Interventions",
                "Main Outcomes and Measures", "Results", "Conclusions and Relevance",
                "Trial Registration",
            ])
        #expect(reference.abstract.allSatisfy { $0.category == nil && !$0.text.isEmpty })
    }

    @Test func retractedPublicationCarriesBothSignals() throws {
        let reference = try #require(
            try TestSupport.corpusReference(
                "net-synergy__pubmedparser/data__pubmed21n1005.xml.gz", pmid: 31_541_003))
        #expect(reference.isRetracted)
        #expect(
            reference.publicationTypes.contains(
                PublicationType(ui: "D016441", name: "Retracted Publication")))
        #expect(
            reference.commentsCorrections == [
                CommentsCorrection(
                    type: "RetractionIn", pmid: PMID(32_167_152),
                    source: "Biosci Rep. 2020 Mar 27;40(3):")
            ])
        #expect(
            reference.title
                == "MicroRNA-367 promotes progression of hepatocellular carcinoma through PTEN"
                + " /PI3K/AKT signaling pathway.")
        #expect(
            reference.keywords == [
                "Hepatocellular carcinoma", "MiR-367", "PI3K/AKT pathway", "PTEN",
            ])
        #expect(reference.doi == "10.1042/BSR20182466")
        #expect(reference.journal?.isoAbbreviation == "Biosci Rep")
        #expect(reference.journal?.issn == "1573-4935")
    }

    @Test func versionedPMIDsAreSeparateRecords() throws {
        let records = try TestSupport.corpusRecords("tipplerow__pubmed/test__pubmed_sample.xml")
        let keys = records.compactMap { record -> String? in
            guard case .article(let reference) = record else { return nil }
            return "\(reference.pmid?.value ?? 0)v\(reference.version)"
        }
        #expect(keys.contains("31383287v1"))
        #expect(keys.contains("31383287v2"))
        #expect(keys.contains("31383387v3"))
        #expect(
            records.suffix(3) == [
                .delete(PMID(30_830_050)!, version: 1), .delete(PMID(30_830_053)!, version: 1),
                .delete(PMID(30_830_055)!, version: 1),
            ])
    }

    @Test func recordLocationPointsAtTheRecord() throws {
        let reference = try #require(
            try TestSupport.corpusReference(
                "tipplerow__pubmed/test__pubmed_sample.xml", pmid: 24_451_147))
        #expect(reference.location?.path.hasSuffix("test__pubmed_sample.xml") == true)
        #expect(reference.location?.line == 4)  // the line of <PubmedArticle>
    }

    @Test func meshWithQualifiersAndMajorTopics() throws {
        let article = try #require(
            try TestSupport.corpusReference(
                "biopython__biopython/Entrez__pubmed4.xml", pmid: 27_797_938))
        #expect(
            article.mesh.first
                == MeshHeading(
                    descriptor: "Adenocarcinoma", ui: "D000230", major: false,
                    qualifiers: [
                        .init(name: "epidemiology", ui: "Q000453", major: true),
                        .init(name: "genetics", ui: "Q000235", major: true),
                    ]))
        #expect(article.mesh.contains(MeshHeading(descriptor: "Humans", ui: "D006801")))
        // "Cites" links of 2013–2018 records are CommentsCorrections too.
        #expect(
            article.commentsCorrections.contains {
                $0.type == "Cites" && $0.pmid == PMID(12_000_852)
            })
    }
}
