import Foundation
import Testing

@testable import EvidentStore

@Suite("Index file signature")
struct IndexFileSignatureTests {
    /// The listing as `FileManager` made it before the signature used `readdir` and `lstat`:
    /// the stat signatures stored in existing indexes must stay valid.
    static func foundationListing(root: String) -> [IndexFileSignature.File] {
        let root = URL(fileURLWithPath: root).standardizedFileURL.path
        var files: [IndexFileSignature.File] = []
        for folder in IndexFileSignature.folders {
            let base = (root as NSString).appendingPathComponent(folder)
            guard let enumerator = FileManager.default.enumerator(atPath: base) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory {
                        enumerator.skipDescendants()
                    }
                    continue
                }
                let attributes = enumerator.fileAttributes
                guard attributes?[.type] as? FileAttributeType == .typeRegular else { continue }
                let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
                let date = attributes?[.modificationDate] as? Date
                let modified = Int64(((date?.timeIntervalSince1970 ?? 0) * 1e9).rounded())
                files.append(.init(path: folder + "/" + relative, size: size, modified: modified))
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    @Test func listsWhatFileManagerListed() throws {
        let root = try IndexTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        let files = [
            "Claims/doc/_document.yaml", "Claims/doc/a-claim.yaml", "Claims/doc/deep/er/b.yaml",
            "Claims/.hidden.yaml", "Claims/.git/config", "Sources-Refs/pubmed.xml",
            "Sources-Refs/refs.json", "Other/ignored.yaml", "top.yaml",
        ]
        for (n, file) in files.enumerated() {
            let url = root.appendingPathComponent(file)
            try manager.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(repeating: UInt8(n), count: n * 7).write(to: url)
        }
        // Many fresh files: nanosecond modification times must convert exactly as before.
        try manager.createDirectory(
            at: root.appendingPathComponent("Sources-Refs/many"), withIntermediateDirectories: true)
        for n in 0..<300 {
            try Data([UInt8(n % 256)]).write(
                to: root.appendingPathComponent("Sources-Refs/many/\(n).xml"))
        }
        try manager.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_700_000_000.123456789)],
            ofItemAtPath: root.appendingPathComponent("Claims/doc/a-claim.yaml").path)
        try manager.createSymbolicLink(
            atPath: root.appendingPathComponent("Claims/linked").path,
            withDestinationPath: root.appendingPathComponent("Other").path)
        try manager.createSymbolicLink(
            atPath: root.appendingPathComponent("Claims/doc/link.yaml").path,
            withDestinationPath: root.appendingPathComponent("top.yaml").path)
        let signature = IndexFileSignature(root: root.path)
        #expect(
            signature.files.filter { !$0.path.contains("/many/") }.map(\.path) == [
                "Claims/doc/_document.yaml", "Claims/doc/a-claim.yaml", "Claims/doc/deep/er/b.yaml",
                "Sources-Refs/pubmed.xml", "Sources-Refs/refs.json",
            ])
        #expect(signature.files == Self.foundationListing(root: root.path))
    }

    /// Files come in the order of `String`'s `<` on their paths (the order stat keys stored in
    /// existing indexes were made in), whether the paths are ASCII (compared as bytes) or not.
    @Test func filesAreInTheOrderOfTheirPathsAsStrings() throws {
        let ascii = [
            "Claims/a/x.yaml", "Claims/a-b.yaml", "Claims/a b.yaml", "Claims/A.yaml", "Claims/a",
            "Claims/a/x.yam", "Sources-Refs/z", "Claims/~", "Claims/a/x.yaml0",
        ]
        let accented = ascii + ["Claims/\u{E9}.yaml", "Claims/e\u{301}z.yaml", "Claims/\u{DF}"]
        for paths in [ascii, accented] {
            let files = paths.shuffled().map {
                IndexFileSignature.File(path: $0, size: 0, modified: 0)
            }
            #expect(IndexFileSignature.sortedByPath(files).map(\.path) == paths.sorted())
        }
        let root = try IndexTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        for file in [
            "Claims/caf\u{E9}.yaml", "Claims/cafe.yaml", "Claims/caf/e.yaml", "Claims/caf-e",
        ] {
            let url = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.utf8).write(to: url)
        }
        let signature = IndexFileSignature(root: root.path)
        #expect(signature.files.count == 4)
        #expect(signature.files == Self.foundationListing(root: root.path))
    }

    @Test func theRepositoryKnowledgeBaseListsAsBefore() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../..").standardizedFileURL
        let signature = IndexFileSignature(root: root.path)
        #expect(!signature.files.isEmpty)
        #expect(signature.files == Self.foundationListing(root: root.path))
    }
}
