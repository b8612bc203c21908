import EvidentModel
import EvidentTestSupport
import Foundation
import Testing

@testable import EvidentStore

@Suite("Index knowledge base: claim codec and cited references")
struct IndexKnowledgeBaseClaimCodecTests {
    typealias S = IndexTestSupport

    /// Claims that between them set and leave out every field.
    static let claims: [Claim] =
        IndexKnowledgeBaseTests.knowledgeBase().claims + [
            Claim(
                id: ClaimID.literal("k2-everything"), document: "doc",
                quote: "“Quoted” — é 😀\nline",
                position: QuotePosition(section: "Q: Why?", line: 3, start: 0, end: 17),
                statement: "", category: .safety, subjects: ["a", "", "b"],
                outcome: Outcome(name: "", kind: .none), population: "adults",
                keywords: ["x"],
                citations: [
                    Citation(
                        reference: ReferenceKey.literal("doi:10.1/ABC"), stance: .mixed, note: "",
                        location: SourceLocation(path: "Claims/doc/x.yaml", line: 9, column: 5)),
                    Citation(
                        reference: ReferenceKey.literal("pmid:1"), stance: .null,
                        location: SourceLocation(path: "p", line: 2)),
                    Citation(
                        reference: ReferenceKey(doi: "10.1/appraised"), stance: .supports,
                        appraisal: Appraisal(
                            riskOfBias: .some, outcome: .surrogate, funding: .industry,
                            fit: .partial, forms: ["MK-7", ""], doseResponse: false,
                            largeEffect: true, participants: 244, pools: .observational)),
                    Citation(
                        reference: ReferenceKey(doi: "10.1/empty"), stance: .contradicts,
                        appraisal: Appraisal()),
                ],
                status: .draft,
                reviews: [
                    Review(
                        reviewer: "", date: "2026-01-01", decision: .override,
                        verdict: .unsupported, reason: "r"),
                    Review(
                        reviewer: "B", date: "2026-01-02", decision: .approve, reason: "ok",
                        fingerprint: String(repeating: "0", count: 64),
                        evidence: ["pmid:1 v2 retracted"],
                        location: SourceLocation(path: "Claims/doc/x.yaml", line: 20, column: 5)),
                ],
                location: SourceLocation(path: "Claims/doc/x.yaml", line: -1, column: 0)),
            Claim(
                id: ClaimID.literal("k2-bare"), document: "", quote: "", statement: "s",
                category: .definition),
        ]

    @Test(arguments: claims)
    func aClaimDecodesBackEqual(_ claim: Claim) throws {
        let bytes = IndexKnowledgeBaseClaimCodec.encode(claim)
        let decoded = try bytes.withUnsafeBytes { try IndexKnowledgeBaseClaimCodec.decode($0) }
        #expect(decoded == claim)
    }

    @Test func claimsStoredInAnotherLayoutAreRefused() throws {
        // Older layouts are not read: a new layout comes with a new knowledge-base format
        // (IndexKnowledgeBase.format), so the index re-stores the claims from the files.
        let claim = Claim(
            id: ClaimID.literal("k2-old"), document: "doc", quote: "q", statement: "s",
            category: .efficacy)
        var bytes = IndexKnowledgeBaseClaimCodec.encode(claim)
        #expect(bytes.first == 4)
        for layout: UInt8 in [1, 2, 3, 5] {
            bytes[0] = layout
            #expect(throws: IndexReferenceCodec.Malformed.self) {
                try bytes.withUnsafeBytes { try IndexKnowledgeBaseClaimCodec.decode($0) }
            }
        }
    }

    @Test func foreignOrTruncatedBytesAreRejected() throws {
        let bytes = IndexKnowledgeBaseClaimCodec.encode(Self.claims[2])
        for cut in [0, 1, bytes.count / 2, bytes.count - 1] {
            let prefix = Array(bytes.prefix(cut))
            #expect(throws: IndexReferenceCodec.Malformed.self) {
                try prefix.withUnsafeBytes { try IndexKnowledgeBaseClaimCodec.decode($0) }
            }
        }
        let json = Array(#"{"id":"k2-bare"}"#.utf8)
        #expect(throws: IndexReferenceCodec.Malformed.self) {
            try json.withUnsafeBytes { try IndexKnowledgeBaseClaimCodec.decode($0) }
        }
    }

    @Test func citedReferencesOnlyKeepsWhatClaimsCiteUnderTheirKeys() throws {
        let root = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let index = try IndexDatabase()
        let store = IndexKnowledgeBase(index: index)
        var kb = IndexKnowledgeBaseTests.knowledgeBase()
        let uncited = S.article(11_111_111, title: "Nobody cites this")
        kb.references[ReferenceKey.literal("pmid:11111111")] = uncited
        try store.store(kb, signature: IndexFileSignature(root: root.path))
        let all = try #require(try store.load())
        #expect(IndexKnowledgeBaseTests.equal(all, kb))
        let cited = try #require(try store.load(citedReferencesOnly: true))
        #expect(cited.claims == kb.claims)
        #expect(cited.documents == kb.documents)
        #expect(cited.fingerprint == kb.fingerprint)
        #expect(
            Set(cited.references.keys.map(\.description)) == ["pmid:22489217", "efsa2009"])
        for (key, reference) in cited.references { #expect(kb.references[key] == reference) }
    }

    @Test func aReferenceCitedUnderTwoKeysIsLoadedUnderBoth() throws {
        let root = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let index = try IndexDatabase()
        let store = IndexKnowledgeBase(index: index)
        var kb = IndexKnowledgeBaseTests.knowledgeBase()
        // The trial is stored once, under its PMID and its DOI; a second claim cites the DOI.
        var byDOI = kb.claims[0]
        byDOI.id = ClaimID.literal("k2-by-doi")
        byDOI.citations = [Citation(reference: ReferenceKey.literal("doi:10.1/k2"), stance: .null)]
        kb.claims.append(byDOI)
        try store.store(kb, signature: IndexFileSignature(root: root.path))
        let cited = try #require(try store.load(citedReferencesOnly: true))
        #expect(
            Set(cited.references.keys.map(\.description))
                == ["pmid:22489217", "doi:10.1/k2", "efsa2009"])
        let trial = try #require(kb.references[ReferenceKey.literal("pmid:22489217")])
        #expect(cited.references[ReferenceKey.literal("pmid:22489217")] == trial)
        #expect(cited.references[ReferenceKey.literal("doi:10.1/k2")] == trial)
        // The read's small page cache is not left on the connection.
        let cacheSize = try index.queue.read { db in
            try Int.fetchOne(db, sql: "PRAGMA cache_size")
        }
        #expect(cacheSize == IndexDatabase.cacheSize)
    }
}
