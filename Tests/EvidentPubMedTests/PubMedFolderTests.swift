import EvidentPubMed
import Foundation
import Testing

/// Folders of PubMed files are read in NLM's order.
@Suite struct PubMedFolderTests {
    /// A temporary folder holding `files` (relative paths), each with `content`.
    static func folder(_ files: [String], content: String = "<PubmedArticleSet/>") throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-folder-\(UUID().uuidString)")
        for file in files {
            let url = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
        return root
    }

    static func relative(_ paths: [String], to root: URL) -> [String] {
        paths.map { String($0.dropFirst(root.path.count + 1)) }
    }

    @Test func baselineByNumberThenUpdatesByNumber() throws {
        let root = try Self.folder([
            "updatefiles/pubmed25n1276.xml.gz", "updatefiles/pubmed25n1275.xml",
            "baseline/pubmed25n10.xml", "baseline/pubmed25n2.xml.gz", "baseline/pubmed25n0001.xml",
            "baseline/pubmed25n0001.xml.gz.md5", "baseline/README.txt", "baseline/.hidden.xml",
            ".cache/pubmed25n0000.xml", "updatefiles/pubmed25n0003.xml",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let files = try PubMedFolder.files(in: root.path)
        #expect(
            Self.relative(files, to: root) == [
                "baseline/pubmed25n0001.xml", "baseline/pubmed25n2.xml.gz",
                "baseline/pubmed25n10.xml", "updatefiles/pubmed25n0003.xml",
                "updatefiles/pubmed25n1275.xml", "updatefiles/pubmed25n1276.xml.gz",
            ])
    }

    @Test func filesOutsideUpdateFoldersAreBaselineAndSubfoldersAreSearched() throws {
        let root = try Self.folder(["b/x3.XML", "a/x20.xml", "x1.xml", "deep/er/x10.xml.gz"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(
            Self.relative(try PubMedFolder.files(in: root.path), to: root) == [
                "x1.xml", "b/x3.XML", "deep/er/x10.xml.gz", "a/x20.xml",
            ])
    }

    @Test func aLinkToAFileIsFollowedALinkToAFolderIsNot() throws {
        let root = try Self.folder(["real/pubmed25n0001.xml"])
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        try manager.createSymbolicLink(
            atPath: root.appendingPathComponent("pubmed25n0002.xml").path,
            withDestinationPath: root.appendingPathComponent("real/pubmed25n0001.xml").path)
        try manager.createSymbolicLink(
            atPath: root.appendingPathComponent("loop").path, withDestinationPath: root.path)
        #expect(
            Self.relative(try PubMedFolder.files(in: root.path), to: root) == [
                "real/pubmed25n0001.xml", "pubmed25n0002.xml",
            ])
    }

    @Test func aFolderWithoutPubMedFilesIsAnError() throws {
        let root = try Self.folder(["notes.txt"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(
            TestSupport.error { _ = try PubMedFolder.files(in: root.path) }?.description
                == "\(root.path): error: no PubMed XML file in this folder (expected .xml or "
                + ".xml.gz files)")
        #expect(PubMedFolder.isFolder(root.path))
        #expect(!PubMedFolder.isFolder(root.appendingPathComponent("notes.txt").path))
    }

    @Test(arguments: [
        ("a2", "a10", true), ("a10", "a2", false), ("a01", "a1", false), ("a1", "a01", true),
        ("a", "a1", true), ("pubmed24n1300", "pubmed25n0001", true), ("b", "a", false),
        ("x007y", "x7z", false),
    ])
    func namesCompareWithNumbersAsNumbers(_ a: String, _ b: String, _ before: Bool) {
        #expect(PubMedFolder.precedes(a, b) == before)
    }
}
