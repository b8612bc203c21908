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

    /// Runs `evident arguments…` and collects its output. `environment` adds to (or
    /// overrides) the test's own environment, less `SOURCE_DATE_EPOCH` so that runs are
    /// hermetic; `input` is written to standard input; `directory` is the working directory.
    /// `fileSizeLimit` (in the shell's `ulimit -f` blocks) makes every write of a regular file
    /// beyond it fail with `EFBIG`, as on a full disk. `executable` runs another program (a
    /// script of the repository) the same way.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], input: String? = nil,
        in directory: URL? = nil, fileSizeLimit: Int? = nil, executable: URL? = nil
    ) throws -> Run {
        guard let url = executable ?? url else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        if let fileSizeLimit {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments =
                ["-c", "trap '' XFSZ; ulimit -f \(fileSizeLimit); exec \"$0\" \"$@\"", url.path]
                + arguments
        } else {
            process.executableURL = url
            process.arguments = arguments
        }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SOURCE_DATE_EPOCH")
        env.removeValue(forKey: "EVIDENT_INDEX")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        // Read both pipes at once, so a chatty child never blocks on a full pipe.
        let group = DispatchGroup()
        nonisolated(unsafe) var stderr = Data()
        group.enter()
        DispatchQueue.global().async {
            stderr = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
