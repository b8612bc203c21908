import Foundation
import Testing

/// `evident check` reads the knowledge base through the SQLite index when one exists, with the
/// same findings as from the files.
struct CheckIndexTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A copy of the repository's knowledge base in a temporary folder.
    static func knowledgeBaseCopy() throws -> URL {
        let folder = try CheckCommandTests.temporaryFolder()
        for name in ["Claims", "Sources-Refs"] {
            try FileManager.default.copyItem(
                at: repository.appendingPathComponent(name),
                to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test func findingsAreIdenticalWithAndWithoutTheIndex() throws {
        let kb = try Self.knowledgeBaseCopy()
        let index = kb.appendingPathComponent("index.sqlite").path
        let check = [
            "check", CheckCommandTests.article, "--kb", kb.path, "--format", "json", "--index",
            index,
        ]
        // No index file yet: read from the files (check never creates an index).
        let fromFiles = try CheckCommandTests.run(check)
        #expect(fromFiles.status == 1)
        #expect(!FileManager.default.fileExists(atPath: index))
        #expect(fromFiles.stdout.contains("\"claim_id\" : \"k2-treats-parkinsons\""))

        // `evident import` creates the index; `evident suggest` stores the knowledge base in it.
        let record = kb.appendingPathComponent("Sources-Refs/pubmed-1060074.xml").path
        let imported = try CheckCommandTests.run(
            ["import", "--index", index, "--progress", "never", record])
        #expect(imported.status == 0, "\(imported.stderr)")
        let suggest = try CheckCommandTests.run(
            ["suggest", "k2-diuretic", "--kb", kb.path, "--index", index])
        #expect(suggest.status == 0, "\(suggest.stderr)")
        #expect(FileManager.default.fileExists(atPath: index))

        // A claim file touched (same content, new time): the check that consults the index
        // finds it still fresh by content and records the new file times in it.
        let claim = kb.appendingPathComponent("Claims/vitamin-k2-article/k2-treats-parkinsons.yaml")
        func indexModified() throws -> Date? {
            try FileManager.default.attributesOfItem(atPath: index)[.modificationDate] as? Date
        }
        let before = try indexModified()
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: 5)], ofItemAtPath: claim.path)

        let fromIndex = try CheckCommandTests.run(check)
        #expect(fromIndex.status == fromFiles.status)
        #expect(fromIndex.stdout == fromFiles.stdout)
        #expect(try indexModified() != before)
    }
}

extension CheckIndexTests {
    /// Matching sums term weights in a fixed order: every run links the same claims (a Set's
    /// order changes between processes, and near-ties once flipped from run to run).
    @Test func repeatedRunsGiveIdenticalFindings() throws {
        let check = [
            "check", CheckCommandTests.article, "--kb", Self.repository.path, "--format", "json",
            "--index", "/nonexistent/index.sqlite",
        ]
        let outputs = try (0..<4).map { _ in try CheckCommandTests.run(check).stdout }
        #expect(Set(outputs).count == 1)
    }
}
