import Foundation

/// Runs the real `evident` binary built beside the tests.
enum EvidentBinary {
    /// The result of one run.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The repository root.
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The real PubMed corpus.
    static let corpus = repoRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/pubmed")

    /// The built executable: next to the test bundle, else `.build/debug/evident`.
    static var url: URL? {
        var candidates: [URL] = []
        let bundle = Bundle.main.bundleURL
        candidates.append(bundle.appendingPathComponent("evident"))
        candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("evident"))
        if let executable = Bundle.main.executableURL {
            candidates.append(
                executable.deletingLastPathComponent().appendingPathComponent("evident"))
        }
        candidates.append(repoRoot.appendingPathComponent(".build/debug/evident"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `evident arguments…` and collects its output.
    static func run(_ arguments: [String]) throws -> Run {
        guard let url else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
