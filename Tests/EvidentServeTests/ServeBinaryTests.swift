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

    /// Starts `evident serve --port 0 --kb root` (through `/bin/sh -c`, with `setup` run first
    /// and the binary run by `wrapper`, when given) and reads the port from the first line it prints, which must say it listens on
    /// loopback.
    static func serve(
        _ root: URL, setup: String = "", wrapper: String = ""
    ) async throws -> (Process, Int) {
        let process = Process()
        let binary = try #require(Self.binary)
        if !setup.isEmpty || !wrapper.isEmpty {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = [
                "-c", "\(setup) exec \(wrapper) \"$0\" serve --port 0 --kb \"$1\"", binary.path,
                root.path,
            ]
        } else {
            process.executableURL = binary
            process.arguments = ["serve", "--port", "0", "--kb", root.path]
        }
        process.environment = ProcessInfo.processInfo.environment.filter {
            $0.key != "EVIDENT_INDEX"
        }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
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
        guard let match = line.firstMatch(of: /^evident serve: http:\/\/127\.0\.0\.1:(\d+)\//),
            let port = Int(match.1)
        else {
            if process.isRunning { process.terminate() }
            throw HTTPTestClient.Failure(description: "serve printed '\(line)'")
        }
        return (process, port)
    }

    /// The local addresses (hexadecimal, as `/proc/net/tcp` writes them) of the sockets
    /// listening on `port` in the kernel's socket tables.
    static func listening(on port: Int, _ table: String) -> [String] {
        let suffix = ":" + String(format: "%04X", port)
        return table.split(separator: "\n").compactMap { line in
            let columns = line.split(separator: " ")
            guard columns.count > 3, columns[3] == "0A", columns[1].hasSuffix(suffix) else {
                return nil
            }
            return String(columns[1].dropLast(suffix.count))
        }
    }

    @Test("serve lists the claims, signs one off through its form, and report shows the review")
    func endToEnd() async throws {
        let root = try ServedKnowledgeBase.copyOfKnowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let (process, port) = try await Self.serve(root)
        defer { if process.isRunning { process.terminate() } }
        // The kernel's table of listening sockets: this port is bound to 127.0.0.1 only.
        if let table = try? String(contentsOfFile: "/proc/net/tcp", encoding: .utf8) {
            let ipv6 = (try? String(contentsOfFile: "/proc/net/tcp6", encoding: .utf8)) ?? ""
            let listening = Self.listening(on: port, table + ipv6)
            #expect(listening == ["0100007F"])
        }

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

    /// `prlimit`: runs a command with a limit on the size of files it writes.
    static let prlimit = "/usr/bin/prlimit"

    @Test(
        "a write that fails leaves the claim file as it was, and no other file behind",
        .enabled(if: FileManager.default.isExecutableFile(atPath: prlimit)))
    func failedWrite() async throws {
        let root = try ServedKnowledgeBase.copyOfKnowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        // The claim file grows to 64 KiB (a comment at its end) and the server may write
        // files of at most that size: the review fits in memory, never on disk.
        let limit = 65536
        let folder = root.appendingPathComponent("Claims/vitamin-k2-article")
        let file = folder.appendingPathComponent("k2-increases-bone-density.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        let line = "# " + String(repeating: "x", count: 61) + "\n"
        while text.utf8.count + line.utf8.count <= limit { text += line }
        text += "#" + String(repeating: "x", count: limit - text.utf8.count - 2) + "\n"
        try text.write(to: file, atomically: false, encoding: .utf8)
        let before = try Data(contentsOf: file)
        #expect(before.count == limit)
        // The index is built beforehand, without the limit.
        let (built, _, _) = try Self.run(
            ["suggest", "--kb", root.path, "k2-increases-bone-density"])
        #expect(built == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        // SIGXFSZ ignored: a write past the limit fails (EFBIG) instead of killing the server.
        let (process, port) = try await Self.serve(
            root, setup: "trap '' XFSZ;", wrapper: "\(Self.prlimit) --fsize=\(limit)")
        defer { if process.isRunning { process.terminate() } }

        let path = "/claims/k2-increases-bone-density"
        let page = try await HTTPTestClient.request("GET", path, port: port)
        #expect(page.status == 200)
        let form =
            PageForm.hiddenFields(in: page.body, form: "action=\"\(path)/review\" class=\"review\"")
            + [("reviewer", "Cleo Marsh"), ("decision", "approve"), ("reason", "Checked.")]
        let posted = try await HTTPTestClient.request(
            "POST", path + "/review", port: port, form: form)
        #expect(posted.status == 500)
        #expect(
            posted.body.contains(
                "Claims/vitamin-k2-article/k2-increases-bone-density.yaml: error: cannot write "
                    + "the file (file too large). Nothing was written."))
        #expect(try Data(contentsOf: file) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == names)
        // The page still shows the claim as the file has it, unreviewed.
        #expect(posted.body.contains("<span class=\"state unreviewed\">unreviewed</span>"))

        process.interrupt()
        process.waitUntilExit()
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
