import EvidentModel
import EvidentStore
import EvidentTestSupport
import Foundation

/// The repository root (Tests/EvidentStoreTests/<file> → ../..).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// The shared research folder beside the repository.
let sharedFolder = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")

/// A fresh temporary folder, removed by the caller with `removeTemporaryFolder`.
func makeTemporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("evident-kb-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Removes a temporary folder.
func removeTemporaryFolder(_ url: URL) {
    try? FileManager.default.removeItem(at: url)
}

/// Writes `files` (relative path → text) into a fresh folder and validates it.
func validate(files: [String: String]) throws -> (KnowledgeBaseLoad, [Diagnostic]) {
    let root = try makeTemporaryFolder()
    defer { removeTemporaryFolder(root) }
    try KnowledgeBaseExample(files: files).write(to: root)
    return try KnowledgeBaseValidator().validate(root: root)
}

/// Copies the repository's Claims/ and Sources-Refs/ into a fresh folder.
func copyRealKnowledgeBase() throws -> URL {
    let root = try makeTemporaryFolder()
    for folder in ["Claims", "Sources-Refs"] {
        try FileManager.default.copyItem(
            at: repositoryRoot.appendingPathComponent(folder),
            to: root.appendingPathComponent(folder))
    }
    return root
}
