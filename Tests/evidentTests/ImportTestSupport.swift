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

    /// What a run printed and how it ended.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `evident` with `arguments`, `EVIDENT_INDEX` unset unless given.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "EVIDENT_INDEX")
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a chatty child never blocks on a full pipe.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// True once the real PubMed reader is implemented (the stub throws "not implemented yet").
    static var readerAvailable: Bool {
        do {
            _ = try PubMedReader().read(path: fixture("baseline.xml")) { _ in }
            return true
        } catch {
            return false
        }
    }

    /// `imported 1 file: … deleted in 0.01 s, 0.4 MB/s` without its timing.
    static func withoutTiming(_ summary: String) -> String {
        guard let range = summary.range(of: " in ", options: .backwards) else { return summary }
        return String(summary[..<range.lowerBound])
    }
}
