import EvidentModel
import EvidentPubMed
import EvidentStore
import Foundation

/// Runs the real `evident` binary and builds the files its index commands need.
enum ImportTestSupport {
    /// The built `evident` executable, beside the test bundle (`.build/<config>/evident`).
    static var executable: URL {
        let bundle = Bundle.main.bundleURL
        let candidates = [
            bundle.deletingLastPathComponent().appendingPathComponent("evident"),
            bundle.appendingPathComponent("evident"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
                .appendingPathComponent("evident"),
            repositoryRoot.appendingPathComponent(".build/debug/evident"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? candidates[candidates.count - 1]
    }

    /// The repository root, from this file's path.
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// `Tests/EvidentStoreTests/Fixtures/index/<name>`.
    static func fixture(_ name: String) -> String {
        repositoryRoot.appendingPathComponent("Tests/EvidentStoreTests/Fixtures/index/\(name)").path
    }

    /// Runs `evident` with `arguments` (see `EvidentBinary`, which unsets `EVIDENT_INDEX`).
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws
        -> EvidentBinary.Run
    {
        try EvidentBinary.run(arguments, environment: environment)
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `imported 1 file: … deleted in 0.01 s, 0.4 MB/s` without its timing.
    static func withoutTiming(_ summary: String) -> String {
        guard let range = summary.range(of: " in ", options: .backwards) else { return summary }
        return String(summary[..<range.lowerBound])
    }
}
