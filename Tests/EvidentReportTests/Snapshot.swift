import Foundation
import Testing

/// Compares output with `Snapshots/<name>.<ext>` beside this file; with
/// `EVIDENT_RECORD_SNAPSHOTS=1` it (re)writes the snapshot instead and fails the test, so a
/// recording run is never mistaken for a passing one.
func assertSnapshot(
    _ actual: String, named name: String, extension ext: String,
    filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots")
    let url = folder.appendingPathComponent("\(name).\(ext)")
    if ProcessInfo.processInfo.environment["EVIDENT_RECORD_SNAPSHOTS"] == "1" {
        try Data(actual.utf8).write(to: url)
        Issue.record(
            "recorded snapshot \(url.lastPathComponent); run again without EVIDENT_RECORD_SNAPSHOTS",
            sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record(
            "missing snapshot \(url.path) (record it with EVIDENT_RECORD_SNAPSHOTS=1)",
            sourceLocation: sourceLocation)
        return
    }
    #expect(
        actual == expected, "output differs from \(url.lastPathComponent)",
        sourceLocation: sourceLocation)
}
