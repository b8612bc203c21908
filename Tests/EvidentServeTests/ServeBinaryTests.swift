import EvidentKit
import Foundation
import Testing

/// `evident serve` as a real process on a temporary copy of the knowledge base: what the
/// owners measure, end to end, with `evident report --format json` reading what the form wrote.
@Suite("evident serve: the real binary", .serialized)
struct ServeBinaryTests {
    /// The built `evident`: beside the test bundle, else `.build/debug/evident`.
    static var binary: URL? {
        var candidates: [URL] = []
        let bundle = Bundle.main.bundleURL
        candidates.append(bundle.appendingPathComponent("evident"))
        candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("evident"))
        if let executable = Bundle.main.executableURL {
            candidates.append(
                executable.deletingLastPathComponent().appendingPathComponent("evident"))
        }
        candidates.append(
            ServedKnowledgeBase.repoRoot.appendingPathComponent(".build/debug/evident"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `evident arguments…` to its end: status, standard output, standard error.
    static func run(_ arguments: [String]) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = try #require(binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.filter {
            $0.key != "EVIDENT_INDEX" && $0.key != "SOURCE_DATE_EPOCH"
        }
        // Output goes to files: a report larger than a pipe's buffer never blocks the child.
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (out, err) = (
            folder.appendingPathComponent("out"), folder.appendingPathComponent("err")
        )
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return (
            process.terminationStatus, try String(contentsOf: out, encoding: .utf8),
            try String(contentsOf: err, encoding: .utf8)
        )
    }

    @Test("serve lists the claims, signs one off through its form, and report shows the review")
    func endToEnd() async throws {
        let root = try ServedKnowledgeBase.copyOfKnowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let process = Process()
        process.executableURL = try #require(Self.binary)
        process.arguments = ["serve", "--port", "0", "--kb", root.path]
        process.environment = ProcessInfo.processInfo.environment.filter {
            $0.key != "EVIDENT_INDEX"
        }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        // The first line says where it listens: loopback, on the port the system chose.
        let line = try await Task.detached {
            var bytes = Data()
            while let byte = try out.fileHandleForReading.read(upToCount: 1), !byte.isEmpty,
                byte != Data("\n".utf8)
            {
                bytes.append(byte)
            }
            return String(decoding: bytes, as: UTF8.self)
        }.value
        let match = try #require(
            line.firstMatch(of: /^evident serve: http:\/\/127\.0\.0\.1:(\d+)\//))
        let port = try #require(Int(match.1))

        let (claims, _) = try Evident.loadKnowledgeBase(at: root)
        let index = try await HTTPTestClient.request("GET", "/", port: port)
        #expect(index.status == 200)
        let listed = claims.claims.filter {
            index.body.contains("<a href=\"/claims/\($0.id)\">")
        }
        #expect(listed.count == claims.claims.count)

        let path = "/claims/k2-increases-bone-density"
        let page = try await HTTPTestClient.request("GET", path, port: port)
        #expect(page.status == 200)
        #expect(page.body.contains("<mark>increases bone density</mark>"))
        let hidden = PageForm.hiddenFields(
            in: page.body, form: "action=\"\(path)/review\" class=\"review\"")
        let form =
            hidden + [
                ("reviewer", "Cleo Marsh"), ("decision", "approve"), ("verdict", ""),
                ("reason", "Checked against the trials."),
            ]
        let posted = try await HTTPTestClient.request(
            "POST", path + "/review", port: port, form: form)
        #expect(posted.status == 303)
        let yaml = try String(
            contentsOf: root.appendingPathComponent(
                "Claims/vitamin-k2-article/k2-increases-bone-density.yaml"), encoding: .utf8)
        #expect(yaml.contains("  - reviewer: Cleo Marsh\n"))

        let foreign = try await HTTPTestClient.request(
            "GET", "/", port: port, host: "attacker.example:\(port)")
        #expect((400..<500).contains(foreign.status))

        let (status, json, _) = try Self.run(["report", "--format", "json", "--kb", root.path])
        #expect(status == 0)
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entries = try #require(report["claims"] as? [[String: Any]])
        let entry = try #require(
            entries.first { $0["id"] as? String == "k2-increases-bone-density" })
        #expect("\(entry)".contains("Cleo Marsh"))

        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test("a bad port is bad usage (64); a folder without a knowledge base exits 2")
    func refusals() throws {
        let (port, _, portError) = try Self.run(["serve", "--port", "70000"])
        #expect(port == 64)
        #expect(portError.contains("--port '70000' is out of range (expected 0 to 65535)"))
        let empty = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-serve-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let (status, _, error) = try Self.run(["serve", "--port", "0", "--kb", empty.path])
        #expect(status == 2)
        #expect(
            error.contains(
                "\(empty.path): error: cannot read the knowledge base: no Claims/ or "
                    + "Sources-Refs/ folder"))
    }
}
