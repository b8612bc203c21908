import EvidentStore
import EvidentTestSupport
import Foundation
import Testing

/// The knowledge-base fingerprint: SHA-256 (swift-crypto) over path, length and bytes of each
/// data file. Its value must not change with the hashing library: indexes and signed reviews
/// store it.
struct KnowledgeBaseFingerprintTests {
    /// Files spanning several SHA-256 blocks, a non-ASCII path and an empty file.
    static let files: [String: String] = [
        "Claims/doc/_document.yaml": "schema: evident-document/1\n",
        "Claims/doc/claim-é.yaml": String(
            repeating: "statement: Vitamin K2 – “MK-7”\n", count: 40),
        "Sources-Refs/refs.json": "[]\n",
        "Claims/policy.yaml": "",
    ]

    static func write(_ files: [String: String], to root: URL) throws {
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// The value the hand-written SHA-256 gave before swift-crypto replaced it (and Python's
    /// hashlib over the same byte stream).
    @Test func valueIsTheOneComputedBeforeTheLibraryChange() throws {
        let root = try makeTemporaryFolder()
        defer { removeTemporaryFolder(root) }
        try Self.write(Self.files, to: root)
        let fingerprint = try KnowledgeBaseFingerprint.compute(
            root: root, paths: Array(Self.files.keys))
        #expect(
            fingerprint == "d1848d5f63ae1a2f4f486dd9575d8d68722d9a635b8b129f4fd2ac5936893f1e")
    }

    /// A file that cannot be read is an error naming it, never hashed as if it were empty.
    @Test func unreadableFileIsAnError() throws {
        let root = try makeTemporaryFolder()
        defer { removeTemporaryFolder(root) }
        try Self.write(Self.files, to: root)
        // A folder where a file is expected cannot be read as a file (even by root).
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("Claims/doc/broken.yaml"),
            withIntermediateDirectories: true)
        #expect(
            throws: KnowledgeBaseError.unreadable(
                path: "Claims/doc/broken.yaml",
                reason: "cannot read the file to fingerprint the knowledge base")
        ) {
            try KnowledgeBaseFingerprint.compute(
                root: root, paths: Array(Self.files.keys) + ["Claims/doc/broken.yaml"])
        }
    }

    /// Loading a knowledge base with an unreadable claim file fails as a whole (exit 2 in the
    /// CLI) instead of fingerprinting what could be read.
    @Test func loaderReportsTheUnreadableFile() throws {
        let root = try makeTemporaryFolder()
        defer { removeTemporaryFolder(root) }
        try KnowledgeBaseExample().write(to: root)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("Claims/doc/broken.yaml"),
            withIntermediateDirectories: true)
        #expect(
            throws: KnowledgeBaseError.unreadable(
                path: "Claims/doc/broken.yaml",
                reason: "cannot read the file to fingerprint the knowledge base")
        ) {
            try KnowledgeBaseLoader().load(root: root)
        }
    }
}
