import EvidentModel
import EvidentTestSupport
import Foundation
import Testing

@testable import EvidentStore

@Suite("Index reference codec")
struct IndexReferenceCodecTests {
    /// A reference with every field set, non-ASCII text and empty strings included.
    static let full = Reference(
        key: ReferenceKey.literal("doi:10.1/ä"), origin: .pubmedBook, pmid: PMID(123_456_789),
        version: 3, title: "Vitamin K₂ <i>in vivo</i>",
        vernacularTitle: "Vitamin K₂ in vivo (de)",
        abstract: [
            AbstractSection(label: "BACKGROUND", category: "BACKGROUND", text: "Why."),
            AbstractSection(text: "", otherType: "plain-language-summary", language: "eng"),
        ],
        authors: [
            Author(
                last: "Müller", fore: "Jörg", initials: "J", suffix: "Jr",
                orcid: "0000-0002-1825-0097", affiliations: ["A", "B"], equalContrib: true,
                valid: false),
            Author(collective: "K2 Study Group"),
        ],
        journal: Journal(
            title: "T", isoAbbreviation: "I", issn: "1234-5678", volume: "145 ( Pt 2)",
            issue: "Suppl 3"),
        pages: "e0275083",
        pubDate: PubDate(
            year: 1998, month: 12, day: -1, season: "Winter",
            medlineDate: "1998 Dec-1999 Jan"),
        doi: "10.1/ä", pmc: "PMC1", pii: "S0",
        publicationTypes: [PublicationType(ui: "D016449", name: "Randomized Controlled Trial")],
        mesh: [
            MeshHeading(
                descriptor: "Humans", ui: "D006801", major: true,
                qualifiers: [.init(name: "drug therapy", ui: "Q000188", major: true)])
        ],
        keywords: ["menaquinone", ""], languages: ["eng", "ger"],
        commentsCorrections: [
            CommentsCorrection(
                type: "RetractionIn", pmid: PMID(42),
                source: "J 2020")
        ],
        cslType: "article-journal", url: "https://example.org", publisher: "P",
        declaredDesign: .rct, declaredPopulation: .mixed, note: "n",
        location: SourceLocation(path: "Sources-Refs/a.xml", line: 7, column: 3))

    @Test func everyFieldSurvivesARoundTrip() throws {
        let bytes = IndexReferenceCodec.encode(Self.full)
        let decoded = try bytes.withUnsafeBytes { try IndexReferenceCodec.decode($0) }
        #expect(decoded == Self.full)
        let minimal = Reference(key: ReferenceKey.literal("efsa2009"), origin: .csl)
        let again = try IndexReferenceCodec.encode(minimal).withUnsafeBytes {
            try IndexReferenceCodec.decode($0)
        }
        #expect(again == minimal)
    }

    @Test func theCodecKnowsEveryStoredProperty() {
        // A new model field must be added to the codec (and to this count).
        #expect(Mirror(reflecting: Self.full).children.count == 26)
        #expect(Mirror(reflecting: Self.full.authors[0]).children.count == 9)
        #expect(Mirror(reflecting: Self.full.abstract[0]).children.count == 5)
        #expect(Mirror(reflecting: Self.full.journal!).children.count == 5)
        #expect(Mirror(reflecting: Self.full.pubDate!).children.count == 5)
        #expect(Mirror(reflecting: Self.full.mesh[0]).children.count == 4)
        #expect(Mirror(reflecting: Self.full.commentsCorrections[0]).children.count == 3)
    }

    @Test func anAbstractIsDecodedOnlyWhenAsked() throws {
        let bytes = IndexReferenceCodec.encode(Self.full)
        var without = Self.full
        without.abstract = []
        var asked: [Reference] = []
        let lean = try bytes.withUnsafeBytes {
            try IndexReferenceCodec.decode(
                $0,
                abstract: {
                    asked.append($0); return false
                })
        }
        #expect(lean == without)
        // Asked once, with every other field decoded.
        #expect(asked == [without])
        let whole = try bytes.withUnsafeBytes {
            try IndexReferenceCodec.decode($0, abstract: { _ in true })
        }
        #expect(whole == Self.full)
        // The bytes of an abstract left unread are still checked.
        for cut in [bytes.count / 4, bytes.count / 3] {
            #expect(throws: IndexReferenceCodec.Malformed.self) {
                try Array(bytes.prefix(cut)).withUnsafeBytes {
                    try IndexReferenceCodec.decode($0, abstract: { _ in false })
                }
            }
        }
    }

    @Test func truncatedOrForeignBytesAreRejected() {
        let bytes = IndexReferenceCodec.encode(Self.full)
        for cut in [0, 1, bytes.count / 2, bytes.count - 1] {
            #expect(throws: IndexReferenceCodec.Malformed.self) {
                try Array(bytes.prefix(cut)).withUnsafeBytes {
                    try IndexReferenceCodec.decode($0)
                }
            }
        }
        #expect(throws: IndexReferenceCodec.Malformed.self) {
            try Array("{\"key\":1}".utf8).withUnsafeBytes { try IndexReferenceCodec.decode($0) }
        }
    }
}
