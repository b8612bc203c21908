import EvidentModel
import EvidentPubMed
import Testing

/// One synthetic fixture per trap of `shared/research/pubmed-format.md` §0 and §10.
@Suite struct TrapFixtureTests {
    // Trap 1: inline markup.

    @Test func inlineMarkupInTitleIsKeptAsTextWithNothingDropped() throws {
        let reference = try #require(try Fixture.reference("trap01-inline-markup.xml", pmid: 101))
        #expect(
            reference.title
                == "Vitamin D3 effects on eGFR per 1.73 m2: A \"Blood Relationship\" Between bone"
                + " and vessels.")
        #expect(reference.vernacularTitle == "Vitamin D3 und Knochen")
    }

    @Test func escapedMarkupStaysDataAndMathMLIsText() throws {
        let reference = try #require(try Fixture.reference("trap01-inline-markup.xml", pmid: 101))
        #expect(
            reference.abstract.map(\.text)
                == ["Risk fell (P<0.001; < threshold) with K2 & D3; area πr2 grew."])
    }

    @Test func inlineMarkupInKeywordsAffiliationsAndCollectiveNames() throws {
        let reference = try #require(try Fixture.reference("trap01-inline-markup.xml", pmid: 101))
        #expect(reference.keywords == ["menaquinone-7"])
        #expect(reference.authors.first?.collective == "The VITAL Study Group")
        #expect(reference.authors.last?.affiliations == ["Dept of In Vitro Studies, Town."])
    }

    @Test func characterReferencesAndCDATAInTextAndAttributes() throws {
        // Current efetch answers escape every non-ASCII character as a numeric reference.
        let xml = TestSupport.set(
            TestSupport.article(
                article: "<ArticleTitle>a &#38; b &#x26; c <![CDATA[<d> & e]]> f&#xe9;"
                    + "</ArticleTitle><Abstract><AbstractText Label=\"R&#xe9;sum&#xe9; &#x2013; x\">"
                    + "y</AbstractText></Abstract>"))
        let reference = try #require(try TestSupport.reference(xml: xml))
        #expect(reference.title == "a & b & c <d> & e fé")
        #expect(reference.abstract.first?.label == "Résumé – x")
    }

    @Test func prettyPrintedMathMLCollapsesLayoutWhiteSpace() throws {
        let reference = try #require(try Fixture.reference("trap01-inline-markup.xml", pmid: 102))
        #expect(reference.title == "Pretty-printed MathML: x + y done.")
    }

    // Trap 2: dates.

    @Test(
        arguments: [
            (UInt64(201), PubDate(year: 2019, month: 1, day: 5)),
            (UInt64(202), PubDate(year: 2018, month: 12)),
            (UInt64(203), PubDate(year: 2017, month: 10)),
            (UInt64(204), PubDate(year: 1990, season: "Winter-Spring")),
            (UInt64(205), PubDate(year: 1998, medlineDate: "1998 Dec-1999 Jan")),
            (UInt64(206), PubDate(year: 2019, medlineDate: "2019 May/June")),
        ] as [(UInt64, PubDate)])
    func pubDateShapes(_ pmid: UInt64, _ expected: PubDate) throws {
        let reference = try #require(try Fixture.reference("trap02-dates.xml", pmid: pmid))
        #expect(reference.pubDate == expected)
    }

    // Trap 3: three record kinds.

    @Test func allThreeRecordKindsInDocumentOrder() throws {
        let records = try Fixture.records("trap03-record-kinds.xml")
        let kinds = records.map { record -> String in
            switch record {
            case .article(let reference): return "article \(reference.pmid?.value ?? 0)"
            case .book(let reference): return "book \(reference.pmid?.value ?? 0)"
            case .delete(let pmid, _): return "delete \(pmid.value)"
            }
        }
        #expect(kinds == ["article 301", "book 302", "book 303", "delete 304", "delete 305"])
    }

    @Test func bookChapterHasChapterTitleBookAsContainerAndAuthorsNotEditors() throws {
        let book = try #require(try Fixture.reference("trap03-record-kinds.xml", pmid: 302))
        #expect(book.origin == .pubmedBook)
        #expect(book.title == "Vitamin K Deficiency")
        #expect(book.journal == Journal(title: "GeneReviews®", volume: "2"))
        #expect(book.authors.map(\.last) == ["Writer"])
        #expect(book.pubDate == PubDate(year: 1993))
        #expect(book.doi == "10.1000/book.302")
        #expect(book.publicationTypes == [PublicationType(ui: "D016454", name: "Review")])
        #expect(book.abstract == [AbstractSection(label: "SUMMARY", text: "Chapter text.")])
        #expect(book.keywords == ["vitamin K"])
    }

    @Test func wholeBookTakesBookTitleAndBookAuthorsButNotEditors() throws {
        let book = try #require(try Fixture.reference("trap03-record-kinds.xml", pmid: 303))
        #expect(book.title == "A Whole Book")
        #expect(book.journal == nil)
        #expect(book.authors.map(\.last) == ["Bookwriter"])
        #expect(book.pubDate == PubDate(year: 2001, month: 3))
    }

    @Test func emptySetIsValidAndHasNoRecords() throws {
        let summary = try PubMedReader().read(path: Fixture.path("trap03-empty-set.xml")) { _ in
            Issue.record("no record expected")
        }
        #expect(summary.records == 0)
    }

    // Trap 4: PMID and Version.

    @Test func recordPMIDIsTheCitationsOwnAndVersionIsKept() throws {
        let references = try Fixture.references("trap04-pmid-version.xml")
        #expect(
            references.map { "\($0.pmid?.value ?? 0)v\($0.version)" } == [
                "401v2", "401v3", "402v1",
            ])
        #expect(references.map(\.key) == references.map { ReferenceKey(pmid: $0.pmid!) })
        #expect(
            references[0].commentsCorrections == [
                CommentsCorrection(type: "CommentOn", pmid: PMID(999), source: "Other J. 2019;1:1")
            ])
    }

    @Test func referenceListIdentifiersDoNotLeakIntoTheRecord() throws {
        let references = try Fixture.references("trap04-pmid-version.xml")
        #expect(references[0].doi == nil)
        #expect(references[0].pmc == nil)
        #expect(references[1].doi == "10.1000/ELOC.401")
        #expect(references[1].pmc == "PMC401.1")
        #expect(references[1].pii == "S0000-401")
        #expect(references[2].doi == "10.1000/own.402")
    }

    // Trap 5: update files.

    @Test func updateFileYieldsRecordsThenEachDeletedPMID() throws {
        let records = try Fixture.records("trap05-update-file.xml")
        #expect(records.count == 5)
        #expect(
            records[2...] == [
                .delete(PMID(503)!, version: 1), .delete(PMID(504)!, version: 1),
                .delete(PMID(501)!, version: 1),
            ])
    }

    @Test func deletedPMIDsKeepTheirVersion() throws {
        let xml = TestSupport.set(
            "<DeleteCitation><PMID Version=\"2\">7</PMID><PMID Version=\"1\">7</PMID>"
                + "<PMID>8</PMID></DeleteCitation>")
        #expect(
            try TestSupport.records(xml: xml) == [
                .delete(PMID(7)!, version: 2), .delete(PMID(7)!, version: 1),
                .delete(PMID(8)!, version: 1),
            ])
    }

    // Trap 6: authors.

    @Test func collectiveNameLastNameOnlySuffixAndFlags() throws {
        let authors = try #require(try Fixture.reference("trap06-authors.xml", pmid: 601)).authors
        #expect(authors.count == 6)
        #expect(
            authors[0]
                == Author(
                    last: "Smith", fore: "Anna R", initials: "AR", suffix: "Jr",
                    orcid: "0000-0002-1825-0097", affiliations: ["First Univ.", "Second Inst."],
                    equalContrib: true, valid: true))
        #expect(authors[1] == Author(last: "Jones", orcid: "0000-0001-5109-3700"))
        #expect(authors[4] == Author(collective: "Vitamin K Trialists' Collaboration"))
        #expect(authors[5].valid == false)
        #expect(!authors.contains { $0.last == "Investigator" })
    }

    @Test func orcidInAllFourSpellingsIsNormalised() throws {
        let authors = try #require(try Fixture.reference("trap06-authors.xml", pmid: 601)).authors
        #expect(
            authors.compactMap(\.orcid) == [
                "0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-1694-233X",
                "0000-0002-1825-009X",
            ])
    }

    // Trap 7: structured abstracts.

    @Test func structuredAbstractKeepsLabelsCategoriesAndEverySection() throws {
        let reference = try #require(try Fixture.reference("trap07-abstracts.xml", pmid: 701))
        #expect(
            reference.abstract == [
                AbstractSection(label: "BACKGROUND", category: "BACKGROUND", text: "Why."),
                AbstractSection(label: "Methods and Design", text: "How."),
                AbstractSection(category: "UNASSIGNED", text: "Empty label."),
                AbstractSection(text: "Bold only section."),
                AbstractSection(label: "AIMS & SCOPE", category: "OBJECTIVE", text: "Aims."),
                AbstractSection(label: "CONCLUSIONS", category: "CONCLUSIONS", text: "So."),
                AbstractSection(text: "Zusammenfassung.", otherType: "Publisher", language: "ger"),
                AbstractSection(
                    label: "WHAT", text: "Plain words.", otherType: "plain-language-summary",
                    language: "eng"),
            ])
    }

    // Trap 8: DTD never loaded, defaults applied.

    @Test func dtdDefaultsAreAppliedWithoutReadingTheDTD() throws {
        let reference = try #require(
            try Fixture.reference("trap08-doctype-defaults.xml", pmid: 801))
        #expect(reference.doi == "10.1000/defaults")
        #expect(reference.authors.first?.valid == true)
        #expect(
            reference.mesh == [
                MeshHeading(descriptor: "Humans", ui: "D006801"),
                MeshHeading(
                    descriptor: "Vitamin K 2", ui: "D024483", major: true,
                    qualifiers: [
                        .init(name: "therapeutic use", ui: "Q000627"),
                        .init(name: "pharmacology", ui: "Q000494"),
                    ]),
                MeshHeading(
                    descriptor: "Bone Density", ui: "D001851",
                    qualifiers: [.init(name: "drug effects", ui: "Q000187", major: true)]),
            ])
        #expect(reference.abstract.last?.language == "eng")
    }

    @Test func entityFromTheExternalDTDIsNotLoaded() {
        let error = TestSupport.error(path: Fixture.path("trap08-dtd-entity-not-loaded.xml"))
        #expect(
            error?.message
                == "undefined entity '&planted;' (expected only &amp; &lt; &gt; &quot; &apos;"
                + " and numeric character references)")
        #expect(error?.line == 6)
    }

    // Trap 9: size and memory — streaming (records arrive before the end of the input).

    @Test func recordsArriveBeforeTheEndOfALargeDocument() throws {
        let record = TestSupport.article(pmid: "PMIDX", article: "<ArticleTitle>t</ArticleTitle>")
        var body = ""
        for index in 1...3000 {
            body += record.replacingOccurrences(of: "PMIDX", with: String(index)) + "\n"
        }
        // No closing root: the reader must have delivered records before it meets the end.
        let xml = "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n" + body
        var seen = 0
        let error = TestSupport.error {
            try PubMedReader().read(bytes: Array(xml.utf8), path: "big.xml") { _ in seen += 1 }
        }
        #expect(seen == 3000)
        #expect(
            error?.message
                == "unexpected end of file inside 'PubmedArticleSet' (the file is truncated)")
    }

    // Trap 10: retractions and other notices.

    @Test func retractionFromEitherSignal() throws {
        let references = try Fixture.references("trap10-retractions.xml")
        // The fourth was retracted and republished: the version cited is a retracted one.
        #expect(references.map(\.isRetracted) == [true, true, false, true])
        #expect(references[2].isNotice)
        #expect(references[3].hasErratum)
        #expect(references[3].hasExpressionOfConcern)
        #expect(
            references[3].commentsCorrections.map(\.type) == [
                "ErratumIn", "ExpressionOfConcernIn", "RetractedandRepublishedIn",
            ])
        #expect(
            references[1].commentsCorrections == [
                CommentsCorrection(type: "RetractionIn", pmid: PMID(1003), source: "J. 2020;1:2")
            ])
    }

    // §10: shapes not in the corpus.

    @Test func notAvailableTitleFallsBackToVernacularTitle() throws {
        let references = try Fixture.references("section10-not-in-corpus.xml")
        #expect(references.map(\.title) == ["Titre original.", nil, "Только оригинал."])
    }

    @Test func section10ShapesParse() throws {
        let reference = try #require(
            try Fixture.reference("section10-not-in-corpus.xml", pmid: 1101))
        #expect(reference.abstract.map(\.text) == ["Dose D = ke × C held."])
        #expect(reference.authors == [Author(last: "Wrnog", fore: "Spelt", valid: false)])
        #expect(reference.pubDate == PubDate(year: 1998, medlineDate: "1998 Dec-1999 Jan"))
        #expect(reference.commentsCorrections.map(\.type) == ["RetractedandRepublishedIn"])
        #expect(reference.keywords.isEmpty)
        #expect(reference.languages == ["fre"])
    }

    // Pagination and identifiers.

    @Test func paginationFallsBackFromMedlinePgnToStartEndToELocator() throws {
        let references = try Fixture.references("pages-and-ids.xml")
        #expect(references.map(\.pages) == ["113-25", "e12-e19", "e0275083"])
        #expect(references[2].doi == "10.1371/journal.pone.0275083")
        #expect(references[0].languages == ["eng", "ger"])
        #expect(
            references[0].journal
                == Journal(
                    title: "Food & Nutrition Research", isoAbbreviation: "Food Nutr Res",
                    issn: "0000-0001", volume: "145 ( Pt 2)", issue: "Suppl 3"))
    }
}
