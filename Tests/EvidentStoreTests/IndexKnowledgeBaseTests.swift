import EvidentModel
import EvidentTestSupport
import Foundation
import Testing

@testable import EvidentStore

@Suite("Index knowledge base")
struct IndexKnowledgeBaseTests {
    typealias S = IndexTestSupport

    /// A small knowledge base with a reference reachable under two keys, a CSL reference, a
    /// review and a document.
    static func knowledgeBase() -> KnowledgeBase {
        var trial = S.article(
            22_489_217, title: "MK-7 and bone density",
            types: ["Randomized Controlled Trial"], mesh: ["Humans"], doi: "10.1/k2")
        trial.location = SourceLocation(path: "Sources-Refs/pubmed.xml", line: 3, column: 5)
        let efsa = Reference(
            key: ReferenceKey.literal("efsa2009"), origin: .csl,
            title: "EFSA opinion on vitamin K2",
            cslType: "report", url: "https://example.org/efsa", publisher: "EFSA",
            declaredDesign: .regulatory, declaredPopulation: .humans)
        let claim = Claim(
            id: ClaimID.literal("k2-bone-density"), document: "vitamin-k2-article",
            quote: "K2 increases bone density", statement: "Vitamin K2 increases bone density",
            category: .efficacy, subjects: ["vitamin K2"],
            outcome: Outcome(name: "bone mineral density", kind: .surrogate),
            citations: [
                Citation(
                    reference: ReferenceKey.literal("pmid:22489217"), stance: .supports, note: "n"),
                Citation(reference: ReferenceKey.literal("efsa2009"), stance: .background),
            ],
            reviews: [
                Review(
                    reviewer: "A. Editor", date: "2026-11-24", decision: .override,
                    verdict: .weak, reason: "surrogate outcome")
            ],
            location: SourceLocation(path: "Claims/vitamin-k2-article/k2-bone-density.yaml"))
        let other = Claim(
            id: ClaimID.literal("k2-approved-2001"), document: "vitamin-k2-article", quote: "Japan",
            statement: "Japan approved MK-4 in 2001", category: .regulatory)
        return KnowledgeBase(
            documents: [
                "vitamin-k2-article": SourceDocument(
                    id: "vitamin-k2-article", title: "Vitamin K2", origin: "seed",
                    retrieved: "2026-11-24", text: "K2 increases bone density. Japan")
            ],
            claims: [other, claim],
            references: [
                ReferenceKey.literal("pmid:22489217"): trial,
                ReferenceKey.literal("doi:10.1/k2"): trial,
                ReferenceKey.literal("efsa2009"): efsa,
            ],
            fingerprint: "abc123")
    }

    static func equal(_ a: KnowledgeBase, _ b: KnowledgeBase) -> Bool {
        a.documents == b.documents && a.claims == b.claims && a.references == b.references
            && a.fingerprint == b.fingerprint
    }

    @Test func aStoredKnowledgeBaseLoadsBackEqual() throws {
        let root = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let index = try IndexDatabase()
        let store = IndexKnowledgeBase(index: index)
        #expect(try store.load() == nil)
        let kb = Self.knowledgeBase()
        try store.store(kb, signature: IndexFileSignature(root: root.path))
        let loaded = try #require(try store.load())
        #expect(Self.equal(loaded, kb))
        #expect(loaded.claims.map(\.id.rawValue) == ["k2-approved-2001", "k2-bone-density"])
        #expect(try index.counts()["reference"] == 2)
        #expect(try index.counts()["citation"] == 2)
        #expect(try index.counts()["review"] == 1)
        // Storing again replaces, it does not duplicate.
        try store.store(kb, signature: IndexFileSignature(root: root.path))
        #expect(try index.counts()["reference"] == 2)
        try index.checkFullTextIntegrity()
    }

    @Test func knowledgeBaseReferencesAreSearchableAndSuggestKnowsTheirKeys() throws {
        let root = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let index = try IndexDatabase()
        let grader = try S.graderDesign()
        try IndexKnowledgeBase(index: index, classify: grader).store(
            Self.knowledgeBase(), signature: IndexFileSignature(root: root.path))
        // The same PMID imported from PubMed shows once.
        _ = try IndexImporter(index: index, classify: grader).importRecords(
            [
                .article(S.article(22_489_217, title: "MK-7 and bone density", doi: "10.1/k2"))
            ] + S.filler())
        let hits = try IndexSearch(index: index).search("bone density")
        #expect(hits.map(\.key) == ["pmid:22489217"])
        let suggestions = try IndexSearch(index: index).suggest(claimID: "k2-bone-density")
        #expect(suggestions.first?.key == "pmid:22489217")
        #expect(suggestions.first?.cited == true)
    }

    @Test func freshnessUsesStatsThenContents() throws {
        let root = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let claims = root.appendingPathComponent("Claims/doc")
        try FileManager.default.createDirectory(at: claims, withIntermediateDirectories: true)
        let file = claims.appendingPathComponent("a.yaml")
        try Data("id: a\n".utf8).write(to: file)
        let index = try IndexDatabase()
        let store = IndexKnowledgeBase(index: index)
        #expect(try !store.isFresh(for: IndexFileSignature(root: root.path)))
        try store.store(Self.knowledgeBase(), signature: IndexFileSignature(root: root.path))
        #expect(try store.isFresh(for: IndexFileSignature(root: root.path)))

        // Same content, new modification time: the content hash says fresh.
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: file.path)
        let touched = IndexFileSignature(root: root.path)
        #expect(try index.meta("kb.stat") != touched.statKey)
        #expect(try store.isFresh(for: touched))
        #expect(try index.meta("kb.stat") == touched.statKey)

        // Changed content (same size): stale.
        try Data("id: b\n".utf8).write(to: file)
        #expect(try !store.isFresh(for: IndexFileSignature(root: root.path)))
        // A new file: stale.
        try Data("id: a\n".utf8).write(to: file)
        try Data("x".utf8).write(to: root.appendingPathComponent("Claims/doc/b.yaml"))
        #expect(try !store.isFresh(for: IndexFileSignature(root: root.path)))
    }

    @Test func hiddenFilesAndOtherFoldersAreIgnored() throws {
        let root = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        try fm.createDirectory(
            at: root.appendingPathComponent("Sources-Refs/.git"),
            withIntermediateDirectories: true)
        try fm.createDirectory(
            at: root.appendingPathComponent("Other"),
            withIntermediateDirectories: true)
        try Data("x".utf8).write(to: root.appendingPathComponent("Sources-Refs/a.json"))
        try Data("x".utf8).write(to: root.appendingPathComponent("Sources-Refs/.DS_Store"))
        try Data("x".utf8).write(to: root.appendingPathComponent("Sources-Refs/.git/HEAD"))
        try Data("x".utf8).write(to: root.appendingPathComponent("Other/b.json"))
        #expect(IndexFileSignature(root: root.path).files.map(\.path) == ["Sources-Refs/a.json"])
    }
}
