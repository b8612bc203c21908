import Testing

@testable import EvidentPubMed

/// Types that own raw buffers cannot be copied: a copy would free the buffers twice (or use
/// them after the original freed them). Checked by overload resolution: the unconstrained
/// overload is the only one a non-copyable type can pick.
struct OwnershipTests {
    static func isCopyable<T>(_: T.Type) -> Bool { true }
    static func isCopyable<T: ~Copyable>(_: T.Type) -> Bool { false }

    @Test func bufferOwnersAreNotCopyable() {
        #expect(!Self.isCopyable(PubMedSAXState.self))
        #expect(!Self.isCopyable(InternedNameTable.self))
        #expect(Self.isCopyable(PubMedRecord.self))
    }

    /// The state frees its buffers once, also after growing its text buffer: many records
    /// with long text fields read without a crash.
    @Test func stateFreesItsBuffersOnce() throws {
        let long = String(repeating: "word ", count: 40_000)
        var xml = "<PubmedArticleSet>"
        for pmid in 1...3 {
            xml += "<PubmedArticle><MedlineCitation><PMID Version=\"1\">\(pmid)</PMID><Article>"
            xml += "<ArticleTitle>\(long)</ArticleTitle></Article></MedlineCitation>"
            xml += "</PubmedArticle>"
        }
        xml += "</PubmedArticleSet>"
        for _ in 0..<3 {
            var count = 0
            try PubMedReader().read(bytes: Array(xml.utf8), path: "long.xml") { _ in count += 1 }
            #expect(count == 3)
        }
    }
}
