import EvidentKit
import Foundation
import Testing

/// The bundled knowledge base (`Claims/`, `Sources-Refs/`) loaded through the index equals the
/// one loaded from the files, and so does every report made from it.
@Suite("Knowledge base through the index", .serialized)
struct IndexKnowledgeBaseLoaderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func temporaryIndex() -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-kb-\(UUID().uuidString)/index.sqlite").path
    }

    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }

    static func same(_ a: KnowledgeBase, _ b: KnowledgeBase) -> Bool {
        a.documents == b.documents && a.claims == b.claims && a.references == b.references
            && a.fingerprint == b.fingerprint
    }

    @Test func theIndexGivesTheSameKnowledgeBaseAndReports() throws {
        let path = Self.temporaryIndex()
        defer { Self.remove(path) }
        let (files, fileDiagnostics) = try Evident.loadKnowledgeBase(at: Self.root)
        #expect(files.claims.count >= 35)

        let loader = IndexKnowledgeBaseLoader(
            root: Self.root.path, indexPath: path, createIndex: true)
        let first = try loader.load { try Evident.loadKnowledgeBase(at: Self.root) }
        #expect(first.origin == .files)
        let second = try loader.load {
            Issue.record("the fresh index should have been used")
            return try Evident.loadKnowledgeBase(at: Self.root)
        }
        #expect(second.origin == .index)
        #expect(Self.same(second.knowledgeBase, files))
        #expect(second.diagnostics == fileDiagnostics)
        // What `evident report` loads: only the references claims cite.
        let cited = try loader.load(citedReferencesOnly: true) {
            Issue.record("the fresh index should have been used")
            return try Evident.loadKnowledgeBase(at: Self.root)
        }
        #expect(cited.origin == .index)
        #expect(cited.knowledgeBase.claims == files.claims)
        #expect(cited.knowledgeBase.references.count < files.references.count)
        let policy = try Evident.loadPolicy(knowledgeBase: Self.root)
        // … and only the abstracts grading reads (a meta-analysis's): the others are left unread.
        let lean = try loader.load(
            citedReferencesOnly: true, abstracts: Evident.abstractsGradingReads(policy: policy)
        ) {
            Issue.record("the fresh index should have been used")
            return try Evident.loadKnowledgeBase(at: Self.root)
        }
        // Each reference keeps its abstract exactly when grading may read it.
        let reads = Evident.abstractsGradingReads(policy: policy)
        for (key, reference) in lean.knowledgeBase.references {
            let whole = try #require(files.references[key])
            #expect(reference.abstract == (reads(whole) ? whole.abstract : []), "\(key)")
        }
        // What `evident check` loads: no source documents either; every claim grades the same.
        let bare = try loader.load(
            citedReferencesOnly: true, abstracts: Evident.abstractsGradingReads(policy: policy),
            documents: false
        ) {
            Issue.record("the fresh index should have been used")
            return try Evident.loadKnowledgeBase(at: Self.root)
        }
        #expect(!files.documents.isEmpty)
        #expect(bare.knowledgeBase.documents.isEmpty)
        #expect(bare.knowledgeBase.claims == files.claims)
        #expect(bare.knowledgeBase.references == lean.knowledgeBase.references)
        let grader = Grader(policy: policy)
        for claim in files.claims {
            #expect(
                grader.assess(claim, references: bare.knowledgeBase.references)
                    == grader.assess(claim, references: files.references), "\(claim.id)")
        }
        for format in ReportFormat.allCases {
            let stamp = "2026-11-24T12:00:00Z"
            let options = ReportOptions(publisher: "Desk", baseURL: "https://example.org/r.html")
            let fromFiles = try Evident.render(
                Evident.report(kb: files, policy: policy, generatedAt: stamp), format: format,
                options: options)
            let fromIndex = try Evident.render(
                Evident.report(kb: second.knowledgeBase, policy: policy, generatedAt: stamp),
                format: format, options: options)
            #expect(fromFiles == fromIndex, "format \(format)")
            let fromCited = try Evident.render(
                Evident.report(kb: cited.knowledgeBase, policy: policy, generatedAt: stamp),
                format: format, options: options)
            #expect(fromFiles == fromCited, "format \(format), cited references only")
            let fromLean = try Evident.render(
                Evident.report(kb: lean.knowledgeBase, policy: policy, generatedAt: stamp),
                format: format, options: options)
            #expect(fromFiles == fromLean, "format \(format), only the abstracts grading reads")
        }
    }

    @Test func refreshStoresOnlyWhenTheFilesChanged() throws {
        let path = Self.temporaryIndex()
        defer { Self.remove(path) }
        let loader = IndexKnowledgeBaseLoader(root: Self.root.path, indexPath: path)
        #expect(try loader.refresh { try Evident.loadKnowledgeBase(at: Self.root) })
        #expect(
            try !loader.refresh {
                Issue.record("fresh: the files should not be read")
                return try Evident.loadKnowledgeBase(at: Self.root)
            })
        let claims = try IndexDatabase(path: path).counts()["claim"] ?? 0
        #expect(claims >= 35)
    }

    @Test func loadingWithAnIndexPathUsesItOnlyWhenItExists() throws {
        let path = Self.temporaryIndex()
        defer { Self.remove(path) }
        let (files, _) = try Evident.loadKnowledgeBase(at: Self.root)
        let (withoutIndex, _) = try Evident.loadKnowledgeBase(
            at: Self.root, indexPath: path, indexFallback: { Issue.record("\($0)") })
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(Self.same(withoutIndex, files))

        // Once an index exists, it is filled on the first load and read on the next.
        _ = try IndexDatabase(path: path)
        let (refreshed, _) = try Evident.loadKnowledgeBase(
            at: Self.root, indexPath: path, indexFallback: { Issue.record("\($0)") })
        #expect(Self.same(refreshed, files))
        #expect(try IndexKnowledgeBase(index: IndexDatabase(path: path)).hasKnowledgeBase())
        let (cached, _) = try Evident.loadKnowledgeBase(
            at: Self.root, indexPath: path, indexFallback: { Issue.record("\($0)") })
        #expect(Self.same(cached, files))
    }
}
